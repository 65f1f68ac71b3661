package se.paverkansagenda.stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One pass of a step: the step runs once, and once more each time a decision sends the work back to
 * it (steps 1 and 9) or asks for the decision again (steps 3 and 12). Each pass has its own start and
 * end and is judged against its own planned days: the first pass against the plan, a later pass
 * against the plan moved by the send-back before it (see {@link StageProgress}). {@code actualEnd} is
 * the moment the pass's work ended, whatever its state; {@code sentBack} says who sent the pass's work
 * back, when and why, and is null for a pass that was not sent back.
 */
public record StagePass(
        int number,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        OffsetDateTime actualStart,
        OffsetDateTime actualEnd,
        StageState state,
        String stateName,
        boolean late,
        int daysLate,
        int businessDaysLate,
        SendBack sentBack) {

    /**
     * A decision that sent the work back: the deciding step ({@code fromStep}, its number and name), the
     * moment, the user who registered it (null when the history does not say) and the comment.
     */
    public record SendBack(int fromStep, String fromStepName, int toStep, String toStepName, OffsetDateTime at,
                           String by, String comment) {
    }
}
