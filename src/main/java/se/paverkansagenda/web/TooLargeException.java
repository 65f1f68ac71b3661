package se.paverkansagenda.web;

/** A request body beyond its limit, refused before it is read to its end: 413 with the message. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
