package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.paverkansagenda.plan.Step;

/**
 * One step of a cycle, planned against actual: the plan's first and last day, when the engine's
 * history says its work first started and (once done) last ended, and how late it is. A step is late
 * once its planned last day has ended without it being done, or when it was done after that day;
 * {@code daysLate} counts calendar days, {@code businessDaysLate} Swedish business days. A step that
 * was sent back runs more than once: {@code passes} has each run with its own dates, send-back and
 * lateness, and the step's state and lateness are those of its latest pass. {@code timesRun} is the
 * number of passes begun; {@code incidents} are the open incidents of its work. The reference groups'
 * work between steps 7 and 8 is a stage too, when the plan forms groups: it has no {@code step}, its
 * {@code key} is {@code REFERENCE_GROUPS}, its {@code number} that of step 7 which it follows and its
 * {@code label} {@code 7–8}; a step's key is its {@link Step#name()} and its label its number.
 */
public record Stage(
        int number,
        String label,
        Step step,
        String key,
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
        int incidents,
        List<StagePass> passes) {
}
