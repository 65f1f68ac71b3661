package se.paverkansagenda.round;

import se.paverkansagenda.cycle.Step;

/** The two rounds where people outside the region answer: municipal input and consultation. */
public enum RoundKind {
    INPUT(Step.INPUT_ROUND),
    CONSULTATION(Step.CONSULTATION);

    private final Step step;

    RoundKind(Step step) {
        this.step = step;
    }

    public Step step() {
        return step;
    }
}
