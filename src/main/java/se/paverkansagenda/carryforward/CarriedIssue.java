package se.paverkansagenda.carryforward;

import java.time.OffsetDateTime;

/**
 * An issue of the followed cycle's adopted agenda (a section of its adopted version) and its follow-up in
 * the cycle that follows: what was done, the result, the responsible organisation and the decision. The
 * follow-up's fields are null until it is recorded.
 */
public record CarriedIssue(
        String id,
        String cycleKey,
        String previousCycleKey,
        int previousVersion,
        String sectionKey,
        String previousIssueId,
        /** The RUS area of the followed cycle's workshop issue the section came from; null for a section the officials added. */
        String rusArea,
        int position,
        String title,
        String text,
        String done,
        String result,
        String responsible,
        FollowUpDecision decision,
        String newWording,
        String closeReason,
        String recordedBy,
        OffsetDateTime recordedAt) {

    public boolean recorded() {
        return decision != null;
    }

    /** Kept or reworded: it appears in the workshop beside the new proposals. */
    public boolean carriedForward() {
        return decision != null && decision.carriedForward();
    }

    /** The issue's words from now on: the new wording when reworded. */
    public String wording() {
        return decision == FollowUpDecision.REWORD ? newWording : text;
    }

    /** The year of the followed cycle, from its business key {@code PA-JH-2026}. */
    public String previousYear() {
        return previousCycleKey.substring(previousCycleKey.lastIndexOf('-') + 1);
    }

    /** How the workshop marks it: {@code Överförd från 2026}. */
    public String carriedLabel() {
        return "Överförd från " + previousYear();
    }
}
