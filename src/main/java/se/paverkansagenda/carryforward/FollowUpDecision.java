package se.paverkansagenda.carryforward;

import java.util.Arrays;
import java.util.Optional;

/** What becomes of an issue of the followed agenda. */
public enum FollowUpDecision {
    /** Kept as it was: carried forward to the workshop. */
    KEEP("Behålls"),
    /** Kept with a new wording: carried forward in its new words. */
    REWORD("Omformuleras"),
    /** Closed, with the reason: not carried forward. */
    CLOSE("Avslutas");

    private final String swedishName;

    FollowUpDecision(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    public boolean carriedForward() {
        return this != CLOSE;
    }

    public static Optional<FollowUpDecision> of(String value) {
        return Arrays.stream(values()).filter(decision -> decision.name().equals(value)).findFirst();
    }
}
