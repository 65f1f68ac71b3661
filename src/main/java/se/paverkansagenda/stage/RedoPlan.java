package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;

/**
 * The planned days of a pass after a send-back: the plan moved by the days from the planned first day
 * of the step the work went back to, to the day it was sent back (never earlier than the plan). The
 * step sent back to thus has its planned length again from the day of the send-back, and the deciding
 * step keeps the distance the plan gives it after that step. The stage views judge a later pass
 * against these days, and the redo's tasks are due on them.
 */
public final class RedoPlan {

    private RedoPlan() {
    }

    /** The days the plan moves for work sent back to {@code target} on {@code sentBackOn}. */
    public static long shift(Plan plan, Step target, LocalDate sentBackOn) {
        return Math.max(0, ChronoUnit.DAYS.between(plan.datesOf(target).start(), sentBackOn));
    }

    public static StepDates moved(Plan plan, Step step, long shift) {
        StepDates dates = plan.datesOf(step);
        return new StepDates(dates.start().plusDays(shift), dates.end().plusDays(shift));
    }
}
