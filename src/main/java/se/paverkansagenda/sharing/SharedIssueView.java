package se.paverkansagenda.sharing;

import java.time.OffsetDateTime;

/**
 * An offer as both regions see it: the issue's wording, its origin (region, cycle, year), where it was offered,
 * the message, and each side's decision with who and when. Nothing else of either cycle.
 */
public record SharedIssueView(String id, String state, String stateName, String title, String text, Side origin,
                              Side offeredTo, String message, String offeredBy, OffsetDateTime offeredAt,
                              String answeredBy, OffsetDateTime answeredAt, String declineReason, String withdrawnBy,
                              OffsetDateTime withdrawnAt, String sharedFromLabel, String sharedWithLabel) {

    /** A region's cycle: the region's name and code, the cycle's key and year. */
    public record Side(String region, String regionCode, String cycleKey, String year) {
    }

    public static SharedIssueView of(SharedIssue issue) {
        return new SharedIssueView(issue.id(), issue.state().name(), issue.state().swedishName(), issue.title(),
                issue.text(),
                new Side(issue.sourceRegionName(), issue.sourceRegionCode(), issue.sourceCycleKey(), issue.sourceYear()),
                new Side(issue.targetRegionName(), issue.targetRegionCode(), issue.targetCycleKey(), issue.targetYear()),
                issue.message(), issue.offeredBy(), issue.offeredAt(), issue.answeredBy(), issue.answeredAt(),
                issue.declineReason(), issue.withdrawnBy(), issue.withdrawnAt(), issue.sharedFromLabel(),
                issue.sharedWithLabel());
    }
}
