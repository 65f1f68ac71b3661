package se.paverkansagenda.sharing;

import se.paverkansagenda.web.ConflictException;

/** An offer refused because of where it stands (answered, withdrawn, offered already): 409. */
public class SharingConflictException extends ConflictException {

    SharingConflictException(String message) {
        super(message);
    }
}
