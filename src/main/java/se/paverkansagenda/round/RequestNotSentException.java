package se.paverkansagenda.round;

/** The request exists but has not been sent yet, so there is nothing to answer. */
public class RequestNotSentException extends RuntimeException {

    public RequestNotSentException(RoundRequest request) {
        super("Förfrågan till " + request.recipientName() + " har inte skickats ännu");
    }
}
