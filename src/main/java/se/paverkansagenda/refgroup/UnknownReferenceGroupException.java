package se.paverkansagenda.refgroup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such group in the cycle, or a link that opens no group: answered 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownReferenceGroupException extends RuntimeException {

    public UnknownReferenceGroupException() {
        super("Referensgruppen finns inte.");
    }
}
