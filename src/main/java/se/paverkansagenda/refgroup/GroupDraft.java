package se.paverkansagenda.refgroup;

import java.util.List;

/**
 * A group as an official enters it: texts as typed, the RUS areas and the compiled proposals (by id) it
 * advises on, the meeting's day ({@code ÅÅÅÅ-MM-DD}) and time
 * ({@code TT:MM}), and the member rows; a row with an id is a member the group has, a blank row is none.
 */
public record GroupDraft(String name, List<String> rusAreas, List<String> proposalIds, String meetingDay,
                         String meetingTime, String meetingPlace, List<MemberDraft> members) {

    public GroupDraft {
        rusAreas = rusAreas == null ? List.of() : List.copyOf(rusAreas);
        proposalIds = proposalIds == null ? List.of() : List.copyOf(proposalIds);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A group by RUS areas only. */
    public GroupDraft(String name, List<String> rusAreas, String meetingDay, String meetingTime, String meetingPlace,
                      List<MemberDraft> members) {
        this(name, rusAreas, List.of(), meetingDay, meetingTime, meetingPlace, members);
    }

    public record MemberDraft(String id, String name, String organisation, String email, String competence) {

        boolean blank() {
            return isBlank(name) && isBlank(organisation) && isBlank(email) && isBlank(competence);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
