package se.paverkansagenda.round;

public class UnknownRequestException extends RuntimeException {

    public UnknownRequestException(String requestId) {
        super("Det finns ingen förfrågan med id " + requestId);
    }
}
