package se.paverkansagenda.stage;

/** Where a step of a cycle stands, with its Swedish name for the pages and reports. */
public enum StageState {
    /** Its date has not come, or the steps before it are not done. */
    NOT_STARTED("Ej påbörjat"),
    IN_PROGRESS("Pågår"),
    /** Done once, then a decision sent the work back to an earlier step; it runs again after that. */
    RETURNED("Återsänt"),
    DONE("Klart"),
    /** The cycle ended without it. */
    NOT_DONE("Inte genomfört");

    private final String swedishName;

    StageState(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
