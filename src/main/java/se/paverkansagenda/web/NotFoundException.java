package se.paverkansagenda.web;

/** Something asked for by its id or key does not exist: 404 with the Swedish message. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
