package se.paverkansagenda.workshop;

import java.util.List;

/**
 * An issue as the officials save it; its place in the saved list is its rank. Its sources are municipal
 * proposals and, in a cycle that follows another, issues of last year's agenda carried forward (by the id of
 * their follow-up), and issues another region shared with the cycle (by the id of the offer both agreed on).
 */
public record IssueDraft(String title, String description, String rusArea, List<String> proposalIds,
                         List<String> carriedIssueIds, List<String> sharedIssueIds) {

    public IssueDraft {
        proposalIds = proposalIds == null ? List.of() : proposalIds;
        carriedIssueIds = carriedIssueIds == null ? List.of() : carriedIssueIds;
        sharedIssueIds = sharedIssueIds == null ? List.of() : sharedIssueIds;
    }

    /** An issue of municipal proposals and carried issues. */
    public IssueDraft(String title, String description, String rusArea, List<String> proposalIds,
                      List<String> carriedIssueIds) {
        this(title, description, rusArea, proposalIds, carriedIssueIds, List.of());
    }

    /** An issue of municipal proposals only. */
    public IssueDraft(String title, String description, String rusArea, List<String> proposalIds) {
        this(title, description, rusArea, proposalIds, List.of());
    }
}
