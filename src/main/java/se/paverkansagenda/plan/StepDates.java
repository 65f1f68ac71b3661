package se.paverkansagenda.plan;

import java.time.LocalDate;

/** A step's planned dates; a step on a single day has the same start and end. */
public record StepDates(LocalDate start, LocalDate end) {

    public static StepDates on(LocalDate day) {
        return new StepDates(day, day);
    }

    public boolean singleDay() {
        return start.equals(end);
    }
}
