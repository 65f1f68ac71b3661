package se.paverkansagenda.workshop;

import java.util.List;

/**
 * One issue of the workshop's list: its rank, its text, the municipal proposals merged into it, and the
 * issues of last year's agenda it carries forward.
 */
public record PrioritisedIssue(String id, int rank, String title, String description, String rusArea,
                               List<String> proposalIds, List<String> carriedIssueIds) {

    public boolean carried() {
        return !carriedIssueIds.isEmpty();
    }
}
