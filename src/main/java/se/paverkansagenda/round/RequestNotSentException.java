package se.paverkansagenda.round;

import se.paverkansagenda.web.ConflictException;

/** The request exists but has not been sent yet, so there is nothing to answer. */
public class RequestNotSentException extends ConflictException {

    public RequestNotSentException(RoundRequest request) {
        super("Förfrågan till " + request.recipientName() + " har inte skickats ännu");
    }
}
