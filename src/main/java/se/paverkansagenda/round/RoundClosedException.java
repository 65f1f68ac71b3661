package se.paverkansagenda.round;

/** The request's deadline has passed and the round closed it without an answer. */
public class RoundClosedException extends RuntimeException {

    public RoundClosedException(RoundRequest request) {
        super("Förfrågan till " + request.recipientName() + " stängdes när svarstiden gick ut "
                + request.deadline() + "; svaret kan inte tas emot");
    }
}
