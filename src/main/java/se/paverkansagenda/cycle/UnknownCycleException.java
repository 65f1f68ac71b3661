package se.paverkansagenda.cycle;

public class UnknownCycleException extends RuntimeException {

    public UnknownCycleException(String businessKey) {
        super("Det finns ingen cykel med affärsnyckeln " + businessKey);
    }
}
