package se.paverkansagenda.cycle;

import se.paverkansagenda.web.NotFoundException;

public class UnknownCycleException extends NotFoundException {

    public UnknownCycleException(String businessKey) {
        super("Det finns ingen cykel med affärsnyckeln " + businessKey);
    }
}
