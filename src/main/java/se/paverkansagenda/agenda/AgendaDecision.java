package se.paverkansagenda.agenda;

import java.time.LocalDate;

/**
 * Where the agenda stands before the political decision: open to edit, under decision (the version
 * before the decision-makers does not change under them) or adopted for good, with the decision.
 */
public record AgendaDecision(State state, Integer version, AdoptionBody body, LocalDate decidedOn, String paragraph) {

    public static final AgendaDecision OPEN = new AgendaDecision(State.OPEN, null, null, null, null);

    public enum State { OPEN, UNDER_DECISION, ADOPTED }

    public boolean editable() {
        return state == State.OPEN;
    }

    /** Why the agenda cannot be edited now, for the person trying. */
    public String whyLocked() {
        return state == State.ADOPTED
                ? "Agendan är fastställd (version " + version + ") och kan inte ändras."
                : "Agendan ligger för beslut om fastställande (version " + version + ") och kan inte ändras "
                        + "om den inte återsänds.";
    }
}
