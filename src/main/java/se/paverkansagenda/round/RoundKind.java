package se.paverkansagenda.round;

import se.paverkansagenda.plan.Step;

/** The two rounds where people outside the region answer: municipal input and consultation. */
public enum RoundKind {
    INPUT(Step.INPUT_ROUND, Step.COMPILE_INPUT, "inspel", "Inspel från kommunerna"),
    CONSULTATION(Step.CONSULTATION, Step.ADOPTION, "samrad", "Samråd med organisationerna");

    private final Step step;
    private final Step nextStep;
    private final String slug;
    private final String swedishName;

    RoundKind(Step step, Step nextStep, String slug, String swedishName) {
        this.step = step;
        this.nextStep = nextStep;
        this.slug = slug;
        this.swedishName = swedishName;
    }

    public Step step() {
        return step;
    }

    /** The step that works with the round's answers: late answers are taken in until it starts. */
    public Step nextStep() {
        return nextStep;
    }

    /** The round's name in the officials' page addresses: {@code inspel}, {@code samrad}. */
    public String slug() {
        return slug;
    }

    public String swedishName() {
        return swedishName;
    }

    public static RoundKind ofSlug(String slug) {
        for (RoundKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new UnknownRoundException(slug);
    }
}
