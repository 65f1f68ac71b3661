package se.paverkansagenda.revision;

import se.paverkansagenda.web.NotFoundException;

/** A plan version the cycle does not have. */
public class UnknownVersionException extends NotFoundException {

    public UnknownVersionException(String cycleKey, int version) {
        super("Cykeln " + cycleKey + " har ingen version " + version + " av planen");
    }
}
