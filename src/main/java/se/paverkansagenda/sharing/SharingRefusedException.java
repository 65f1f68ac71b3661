package se.paverkansagenda.sharing;

import se.paverkansagenda.web.BadRequestException;

/** An offer or an answer whose content is wrong (no message, no reason, an issue or cycle that cannot be chosen): 400. */
public class SharingRefusedException extends BadRequestException {

    SharingRefusedException(String message) {
        super(message);
    }
}
