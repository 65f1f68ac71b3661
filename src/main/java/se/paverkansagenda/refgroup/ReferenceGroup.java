package se.paverkansagenda.refgroup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A reference group of a cycle (seed 002: "Gruppen samlar relevant kompetens för sakfrågorna"): its
 * name, the issue areas it advises on (the plan's RUS areas, whose compiled proposals it gets, and single
 * compiled proposals by id, the issues the workshop will merge them into not existing yet when the groups
 * are formed), its meeting, and its members.
 * {@code sequence} is the iCalendar sequence of the meeting, raised by each change the members are sent.
 */
public record ReferenceGroup(String id, String cycleKey, int position, String name, List<String> rusAreas,
                             List<String> proposalIds, LocalDate meetingDay, LocalTime meetingTime, String meetingPlace,
                             boolean cancelled, int sequence, List<Member> members) {

    public ReferenceGroup {
        rusAreas = List.copyOf(rusAreas);
        proposalIds = List.copyOf(proposalIds);
        members = List.copyOf(members);
    }

    /** The keys of the issues it gives advice on: its areas' codes, then its proposals' ids. */
    public List<String> issues() {
        return Stream.concat(rusAreas.stream(), proposalIds.stream()).toList();
    }

    /** The same group with other details (name, issues, meeting), cancelled or not, at a sequence, without members. */
    ReferenceGroup with(String name, List<String> areas, List<String> proposals, LocalDate day, LocalTime time,
                        String place, boolean cancelled, int sequence) {
        return new ReferenceGroup(id, cycleKey, position, name, areas, proposals, day, time, place, cancelled, sequence,
                List.of());
    }

    /** The members who are in the group now. */
    public List<Member> activeMembers() {
        return members.stream().filter(member -> !member.removed()).toList();
    }

    /** One member: who, from where, how to reach them, and the competence they bring. */
    public record Member(String id, String name, String organisation, String email, String competence,
                         boolean removed, Integer sentSequence, String sentMethod) {
    }
}
