package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.paverkansagenda.plan.Step;

/**
 * One step of a cycle, planned against actual: the plan's first and last day, when the engine's
 * history says its work started and ended, and how late it is. A step is late once its planned last
 * day has ended without it being done, or when it was done after that day; {@code daysLate} counts
 * calendar days, {@code businessDaysLate} Swedish business days. {@code timesRun} is more than one
 * for a step that was sent back and done again; {@code incidents} are the open incidents of its work.
 */
public record Stage(
        int number,
        Step step,
        String name,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        OffsetDateTime actualStart,
        OffsetDateTime actualEnd,
        StageState state,
        String stateName,
        boolean late,
        int daysLate,
        int businessDaysLate,
        int timesRun,
        int incidents) {
}
