package se.paverkansagenda.sharing;

/** Where an offer of an issue to another region's cycle stands. Only {@link #ACCEPTED} shares the issue. */
public enum ShareState {
    OFFERED("Erbjuden, väntar på svar"),
    ACCEPTED("Delad: båda regionerna är överens"),
    DECLINED("Avböjd"),
    WITHDRAWN("Återtagen");

    private final String swedishName;

    ShareState(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
