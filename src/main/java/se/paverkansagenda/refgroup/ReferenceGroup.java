package se.paverkansagenda.refgroup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A reference group of a cycle (seed 002: "Gruppen samlar relevant kompetens för sakfrågorna"): its
 * name, the issue areas (the plan's RUS areas) whose proposals it advises on, its meeting, and its members.
 * {@code sequence} is the iCalendar sequence of the meeting, raised by each change the members are sent.
 */
public record ReferenceGroup(String id, String cycleKey, int position, String name, List<String> rusAreas,
                             LocalDate meetingDay, LocalTime meetingTime, String meetingPlace, boolean cancelled,
                             int sequence, List<Member> members) {

    public ReferenceGroup {
        rusAreas = List.copyOf(rusAreas);
        members = List.copyOf(members);
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
