package se.paverkansagenda.document;

public class UnknownDocumentException extends RuntimeException {

    public UnknownDocumentException(String id) {
        super("Dokumentet " + id + " finns inte");
    }
}
