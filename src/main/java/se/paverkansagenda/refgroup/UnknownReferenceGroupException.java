package se.paverkansagenda.refgroup;

import se.paverkansagenda.web.NotFoundException;

/** No such group in the cycle, or a link that opens no group: answered 404. */
public class UnknownReferenceGroupException extends NotFoundException {

    public UnknownReferenceGroupException() {
        super("Referensgruppen finns inte i cykeln.");
    }
}
