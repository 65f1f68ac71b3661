package se.paverkansagenda.round;

/** How an answer came in: from the recipient's link, or registered by an official on its behalf. */
public enum AnswerChannel {
    LINK("Via länken"),
    EMAIL("Per e-post, registrerat av tjänsteperson"),
    PAPER("På papper, registrerat av tjänsteperson"),
    OFFICIAL("Registrerat av tjänsteperson");

    private final String swedishName;

    AnswerChannel(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }

    /** An official registered the answer for the recipient. */
    public boolean onBehalf() {
        return this != LINK;
    }
}
