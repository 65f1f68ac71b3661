package se.paverkansagenda.round;

public class UnknownRoundException extends RuntimeException {

    public UnknownRoundException(String slug) {
        super("Det finns ingen omgång som heter '" + slug + "'; omgångarna är inspel och samrad");
    }
}
