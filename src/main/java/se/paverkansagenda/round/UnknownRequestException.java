package se.paverkansagenda.round;

import se.paverkansagenda.web.NotFoundException;

public class UnknownRequestException extends NotFoundException {

    public UnknownRequestException(String requestId) {
        super("Det finns ingen förfrågan med id " + requestId);
    }
}
