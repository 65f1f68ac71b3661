package se.paverkansagenda.stage;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/** Follows the steps of a cycle against the plan: which are late. */
@Service
public class StageService {

    private final LateStepRepository lateSteps;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final Notifications notifications;

    public StageService(LateStepRepository lateSteps, CycleService cycles, DeadlineService deadlines,
                        Notifications notifications) {
        this.lateSteps = lateSteps;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    /**
     * Marks the step late and tells the process owner, once per planned end: the plan's, or for a pass
     * after a send-back the moved one its task is due on ({@code due}, null for the plan's).
     */
    @Transactional
    public void markLate(String cycleKey, Step step, Date due) {
        Plan plan = cycles.planOf(cycleKey);
        markLate(plan, cycleKey, step, OffsetDateTime.ofInstant(due != null ? due.toInstant()
                : deadlines.endOfDay(plan.datesOf(step).end()).toInstant(), deadlines.zone()));
    }

    /**
     * When the redo after a send-back today is due, for the step sent back to and the deciding step:
     * the end of the last day of the plan moved by the send-back ({@link RedoPlan}).
     */
    public Map<Step, Date> redoDues(String cycleKey, Step decider) {
        Plan plan = cycles.planOf(cycleKey);
        Step target = AgendaProcess.sendsBackTo(decider).orElseThrow();
        long shift = RedoPlan.shift(plan, target, deadlines.today());
        Map<Step, Date> dues = new EnumMap<>(Step.class);
        for (Step step : List.of(target, decider)) {
            dues.put(step, deadlines.endOfDay(RedoPlan.moved(plan, step, shift).end()));
        }
        return dues;
    }

    /**
     * Marks the reference groups' forming late and tells the process owner, once: its task passed the end
     * of the plan's period for the groups ({@code due}, the task's due date).
     */
    @Transactional
    public void markReferenceGroupsLate(String cycleKey, Date due) {
        Plan plan = cycles.planOf(cycleKey);
        OffsetDateTime at = OffsetDateTime.ofInstant(due != null ? due.toInstant()
                : deadlines.endOfDay(plan.referenceGroups().end()).toInstant(), deadlines.zone());
        if (lateSteps.insertIfAbsent(cycleKey, AgendaProcess.LATE_REFERENCE_GROUPS, at,
                OffsetDateTime.now(deadlines.clock()))) {
            notifyLate(plan, null, StageProgress.REFERENCE_GROUPS_LABEL, StageProgress.REFERENCE_GROUPS_NAME,
                    AgendaProcess.LATE_REFERENCE_GROUPS, at);
        }
    }

    private void markLate(Plan plan, String cycleKey, Step step, OffsetDateTime due) {
        if (lateSteps.insertIfAbsent(cycleKey, step.name(), due, OffsetDateTime.now(deadlines.clock()))) {
            notifyLate(plan, step, String.valueOf(step.number()), step.swedishName(), step.name(), due);
        }
    }

    /** Tells the process owner that a step (or the reference groups' work, with no step) passed its planned end, and by how much. */
    private void notifyLate(Plan plan, Step step, String number, String name, String key, OffsetDateTime due) {
        Map<String, Object> model = Notifications.model(plan);
        model.put("stepNumber", number);
        model.put("stepName", name);
        model.put("plannedEnd", SwedishDates.day(due.atZoneSameInstant(deadlines.zone()).toLocalDate()));
        model.put("lateness", deadlines.lateness(due.toInstant(), deadlines.clock().instant()).inSwedish());
        String owner = plan.contacts().processOwner();
        NotificationType type = NotificationType.LATE_STEP;
        notifications.deliver(new Notifications.Message(Notifications.key(plan, type, owner) + "/" + key + "/"
                + due.toInstant(), plan, step, type, owner, model));
    }

    public List<Step> lateSteps(String cycleKey) {
        return lateSteps.lateSteps(cycleKey);
    }
}
