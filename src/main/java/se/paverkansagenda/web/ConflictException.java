package se.paverkansagenda.web;

/** A change refused because of the state of what it would change: 409 with the Swedish message. */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
