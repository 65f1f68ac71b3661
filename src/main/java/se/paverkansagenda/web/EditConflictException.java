package se.paverkansagenda.web;

/**
 * A change that would overwrite or alter what others rely on: someone saved after the version the
 * change was made from, or the document is closed to changes. Answered with 409; nothing was saved.
 */
public class EditConflictException extends ConflictException {

    public EditConflictException(String message) {
        super(message);
    }
}
