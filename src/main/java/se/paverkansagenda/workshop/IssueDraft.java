package se.paverkansagenda.workshop;

import java.util.List;

/**
 * An issue as the officials save it; its place in the saved list is its rank. Its sources are municipal
 * proposals and, in a cycle that follows another, issues of last year's agenda carried forward (by the id of
 * their follow-up).
 */
public record IssueDraft(String title, String description, String rusArea, List<String> proposalIds,
                         List<String> carriedIssueIds) {

    public IssueDraft {
        proposalIds = proposalIds == null ? List.of() : proposalIds;
        carriedIssueIds = carriedIssueIds == null ? List.of() : carriedIssueIds;
    }

    /** An issue of municipal proposals only. */
    public IssueDraft(String title, String description, String rusArea, List<String> proposalIds) {
        this(title, description, rusArea, proposalIds, List.of());
    }
}
