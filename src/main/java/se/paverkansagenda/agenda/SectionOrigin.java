package se.paverkansagenda.agenda;

/** Where an agenda section comes from. */
public enum SectionOrigin {
    ISSUE("Prioriterad i workshopen"),
    ADDED("Tillagd av tjänstepersonerna");

    private final String swedishName;

    SectionOrigin(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
