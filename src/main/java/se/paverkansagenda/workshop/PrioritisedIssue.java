package se.paverkansagenda.workshop;

import java.util.List;

/**
 * One issue of the workshop's list: its rank, its text, the municipal proposals merged into it, and the
 * issues of last year's agenda it carries forward, and the issues other regions shared with the cycle it takes in.
 */
public record PrioritisedIssue(String id, int rank, String title, String description, String rusArea,
                               List<String> proposalIds, List<String> carriedIssueIds, List<String> sharedIssueIds) {

    public PrioritisedIssue(String id, int rank, String title, String description, String rusArea,
                            List<String> proposalIds, List<String> carriedIssueIds) {
        this(id, rank, title, description, rusArea, proposalIds, carriedIssueIds, List.of());
    }

    public boolean carried() {
        return !carriedIssueIds.isEmpty();
    }
}
