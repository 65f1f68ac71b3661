package se.paverkansagenda.carryforward;

import se.paverkansagenda.web.NotFoundException;

/** No such issue in the cycle's follow-up: answered 404. */
public class UnknownCarriedIssueException extends NotFoundException {

    public UnknownCarriedIssueException() {
        super("Frågan finns inte i cykelns uppföljning.");
    }
}
