package se.paverkansagenda.revision;

import se.paverkansagenda.web.ConflictException;

/** A revision that cannot be made now: another one came first, a timer it moves is firing, or the cycle has ended. */
public class RevisionConflictException extends ConflictException {

    public RevisionConflictException(String message) {
        super(message);
    }
}
