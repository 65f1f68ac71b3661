package se.paverkansagenda.round;

/**
 * Work that belongs to opening a round and is done by another part of the application, in the same
 * transaction, before the round's requests are created and sent: opening the consultation freezes the
 * agenda's current version as its draft. Implementations must do nothing on a retry that found their
 * work done.
 */
public interface RoundOpening {

    void opening(String cycleKey, RoundKind kind);
}
