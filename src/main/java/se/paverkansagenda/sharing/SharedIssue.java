package se.paverkansagenda.sharing;

import java.time.OffsetDateTime;

/**
 * An issue of one region's agenda (a section of its cycle's agenda, as worded when offered) offered to a cycle of
 * another region, and what became of the offer: who offered it and when, with what message; who accepted or
 * declined it (and why) or withdrew it, and when. The receiving region sees the wording and the origin, nothing
 * else of the offering cycle.
 */
public record SharedIssue(
        String id,
        String sourceCycleKey,
        String sourceRegionCode,
        String sourceRegionName,
        String sourceSectionKey,
        int sourceVersion,
        String title,
        String text,
        String targetCycleKey,
        String targetRegionCode,
        String targetRegionName,
        String message,
        ShareState state,
        String offeredBy,
        OffsetDateTime offeredAt,
        String answeredBy,
        OffsetDateTime answeredAt,
        String declineReason,
        String withdrawnBy,
        OffsetDateTime withdrawnAt) {

    public boolean shared() {
        return state == ShareState.ACCEPTED;
    }

    public boolean open() {
        return state == ShareState.OFFERED;
    }

    public String sourceYear() {
        return yearOf(sourceCycleKey);
    }

    public String targetYear() {
        return yearOf(targetCycleKey);
    }

    /** How the receiving cycle marks it: {@code Delad från Region Jämtland Härjedalen (PA-JH-2026)}. */
    public String sharedFromLabel() {
        return "Delad från " + sourceRegionName + " (" + sourceCycleKey + ")";
    }

    /** How the offering cycle marks it: {@code Delad med Region Västernorrland (PA-VN-2027)}. */
    public String sharedWithLabel() {
        return "Delad med " + targetRegionName + " (" + targetCycleKey + ")";
    }

    static String yearOf(String cycleKey) {
        return cycleKey.substring(cycleKey.lastIndexOf('-') + 1);
    }
}
