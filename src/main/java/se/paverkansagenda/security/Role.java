package se.paverkansagenda.security;

import se.paverkansagenda.process.AgendaProcess.Groups;

/** The roles of the lifecycle: a Camunda group each, and a demo user each in the demo. */
public enum Role {
    PROCESS_OWNER(Groups.PROCESS_OWNERS, "Processägare", "processagare", "Processägare"),
    OFFICIAL(Groups.OFFICIALS, "Tjänstepersoner", "tjansteperson", "Tjänsteperson"),
    PRESIDIUM(Groups.PRESIDIUM, "RUN:s presidium", "presidiet", "Presidiet"),
    RSR_SECRETARY(Groups.RSR_SECRETARIES, "RSR:s sekreterare", "rsrsekreterare", "RSR-sekreterare");

    private final String groupId;
    private final String groupName;
    private final String demoUserId;
    private final String demoFirstName;

    Role(String groupId, String groupName, String demoUserId, String demoFirstName) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.demoUserId = demoUserId;
        this.demoFirstName = demoFirstName;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public String demoUserId() {
        return demoUserId;
    }

    public String demoFirstName() {
        return demoFirstName;
    }
}
