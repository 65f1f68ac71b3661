package se.paverkansagenda.workshop;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The cycle's prioritised list as last saved. Revision 0 is the list nobody has saved yet; each save
 * makes the next revision. A closed list is the one the workshop's task was completed with.
 */
public record PrioritisedList(String cycleKey, int revision, String savedBy, OffsetDateTime savedAt, boolean closed,
                              List<PrioritisedIssue> issues) {

    public static PrioritisedList unsaved(String cycleKey) {
        return new PrioritisedList(cycleKey, 0, null, null, false, List.of());
    }

    public Optional<PrioritisedIssue> issue(String issueId) {
        return issues.stream().filter(issue -> issue.id().equals(issueId)).findFirst();
    }

    /** The issue a proposal was merged into, if any. */
    public Optional<PrioritisedIssue> issueOf(String proposalId) {
        return issues.stream().filter(issue -> issue.proposalIds().contains(proposalId)).findFirst();
    }
}
