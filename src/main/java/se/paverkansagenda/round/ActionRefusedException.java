package se.paverkansagenda.round;

/** An official's action on a request that cannot be done, with the reason for the form's field. */
public class ActionRefusedException extends RuntimeException {

    private final String field;

    public ActionRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the reason belongs next to. */
    public String field() {
        return field;
    }
}
