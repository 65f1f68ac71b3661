package se.paverkansagenda.sharing;

import se.paverkansagenda.web.NotFoundException;

/** No offer with the id, or one between regions the user works in neither of: 404, the same words for both. */
public class UnknownSharedIssueException extends NotFoundException {

    UnknownSharedIssueException(String id) {
        super("Det finns ingen delad fråga med id " + id + ".");
    }
}
