package se.paverkansagenda.agenda;

/** A section, version or statement the cycle's agenda does not have. */
public class UnknownSectionException extends RuntimeException {

    public UnknownSectionException(String message) {
        super(message);
    }
}
