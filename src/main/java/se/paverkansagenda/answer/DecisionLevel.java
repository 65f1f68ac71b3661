package se.paverkansagenda.answer;

/** Where an issue is decided, which tells at whom the advocacy is aimed. */
public enum DecisionLevel {
    EU("EU"),
    NATIONAL("Nationell nivå"),
    REGIONAL("Regional nivå");

    private final String label;

    DecisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static boolean isOne(String value) {
        for (DecisionLevel level : values()) {
            if (level.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
