package se.paverkansagenda.agenda;

import se.paverkansagenda.web.NotFoundException;

/** A section, version or statement the cycle's agenda does not have. */
public class UnknownSectionException extends NotFoundException {

    public UnknownSectionException(String message) {
        super(message);
    }
}
