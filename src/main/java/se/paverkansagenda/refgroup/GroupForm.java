package se.paverkansagenda.refgroup;

import java.util.ArrayList;
import java.util.List;

/** The group form of the officials' page: the group's fields and a fixed number of member rows. */
public class GroupForm {

    /** Blank member rows the form offers beyond the group's members. */
    static final int BLANK_ROWS = 3;
    /** The most member rows a form may send. */
    static final int MAX_ROWS = 40;

    private String name = "";
    private List<String> rusAreas = new ArrayList<>();
    private List<String> proposalIds = new ArrayList<>();
    private String meetingDay = "";
    private String meetingTime = "";
    private String meetingPlace = "";
    private List<MemberRow> members = new ArrayList<>();

    static GroupForm of(ReferenceGroup group) {
        GroupForm form = new GroupForm();
        form.name = group.name();
        form.rusAreas = new ArrayList<>(group.rusAreas());
        form.proposalIds = new ArrayList<>(group.proposalIds());
        form.meetingDay = group.meetingDay().toString();
        form.meetingTime = group.meetingTime().toString();
        form.meetingPlace = group.meetingPlace();
        for (ReferenceGroup.Member member : group.activeMembers()) {
            form.members.add(new MemberRow(member.id(), member.name(), member.organisation(), member.email(),
                    member.competence()));
        }
        return form.withBlankRows();
    }

    GroupForm withBlankRows() {
        members.removeIf(row -> row == null);
        for (int i = 0; i < BLANK_ROWS && members.size() < MAX_ROWS; i++) {
            members.add(new MemberRow());
        }
        return this;
    }

    GroupDraft draft() {
        return new GroupDraft(name, rusAreas, proposalIds, meetingDay, meetingTime, meetingPlace, members.stream()
                .filter(row -> row != null)
                .map(row -> new GroupDraft.MemberDraft(row.getId(), row.getName(), row.getOrganisation(), row.getEmail(),
                        row.getCompetence()))
                .toList());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRusAreas() {
        return rusAreas;
    }

    public void setRusAreas(List<String> rusAreas) {
        this.rusAreas = rusAreas == null ? new ArrayList<>() : rusAreas;
    }

    /** The compiled proposals, by id, the group advises on beside its areas. */
    public List<String> getProposalIds() {
        return proposalIds;
    }

    public void setProposalIds(List<String> proposalIds) {
        this.proposalIds = proposalIds == null ? new ArrayList<>() : proposalIds;
    }

    public String getMeetingDay() {
        return meetingDay;
    }

    public void setMeetingDay(String meetingDay) {
        this.meetingDay = meetingDay;
    }

    public String getMeetingTime() {
        return meetingTime;
    }

    public void setMeetingTime(String meetingTime) {
        this.meetingTime = meetingTime;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    /** One member row: empty for a new member, with the member's id for one the group has. */
    public static class MemberRow {
        private String id = "";
        private String name = "";
        private String organisation = "";
        private String email = "";
        private String competence = "";

        public MemberRow() {
        }

        MemberRow(String id, String name, String organisation, String email, String competence) {
            this.id = id;
            this.name = name;
            this.organisation = organisation;
            this.email = email;
            this.competence = competence;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getCompetence() {
            return competence;
        }

        public void setCompetence(String competence) {
            this.competence = competence;
        }
    }
}
