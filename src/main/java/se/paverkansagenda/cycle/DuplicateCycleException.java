package se.paverkansagenda.cycle;

/** A cycle with the plan's business key has already been started. */
public class DuplicateCycleException extends RuntimeException {

    public DuplicateCycleException(String businessKey) {
        super("Det finns redan en cykel med affärsnyckeln " + businessKey
                + "; en ny cykel behöver en plan för ett annat år eller en annan region");
    }
}
