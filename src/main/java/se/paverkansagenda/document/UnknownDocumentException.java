package se.paverkansagenda.document;

import se.paverkansagenda.web.NotFoundException;

public class UnknownDocumentException extends NotFoundException {

    public UnknownDocumentException(String id) {
        super("Dokumentet " + id + " finns inte");
    }
}
