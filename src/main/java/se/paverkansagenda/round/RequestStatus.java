package se.paverkansagenda.round;

/** Where one request stands. Only a sent request can be answered; answered and unanswered are final. */
public enum RequestStatus {
    CREATED, SENT, ANSWERED, UNANSWERED
}
