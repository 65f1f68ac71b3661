package se.paverkansagenda.cycle;

import se.paverkansagenda.web.ConflictException;

/** A cycle with the plan's business key has already been started. */
public class DuplicateCycleException extends ConflictException {

    public DuplicateCycleException(String businessKey) {
        super("Det finns redan en cykel med affärsnyckeln " + businessKey
                + "; en ny cykel behöver en plan för ett annat år eller en annan region");
    }
}
