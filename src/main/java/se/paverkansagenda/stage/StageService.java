package se.paverkansagenda.stage;

import java.time.OffsetDateTime;
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

    /** Marks the step late and tells the process owner, once per planned end. */
    @Transactional
    public void markLate(String cycleKey, Step step) {
        Plan plan = cycles.planOf(cycleKey);
        OffsetDateTime due = OffsetDateTime.ofInstant(deadlines.endOfDay(plan.datesOf(step).end()).toInstant(),
                deadlines.zone());
        if (lateSteps.insertIfAbsent(cycleKey, step, due, OffsetDateTime.now(deadlines.clock()))) {
            notifyLate(plan, step, due);
        }
    }

    /** Tells the process owner that a step passed its planned end, and by how much. */
    private void notifyLate(Plan plan, Step step, OffsetDateTime due) {
        Map<String, Object> model = Notifications.model(plan);
        model.put("stepNumber", step.number());
        model.put("stepName", step.swedishName());
        model.put("plannedEnd", SwedishDates.day(due.atZoneSameInstant(deadlines.zone()).toLocalDate()));
        model.put("lateness", deadlines.lateness(due.toInstant(), deadlines.clock().instant()).inSwedish());
        String owner = plan.contacts().processOwner();
        NotificationType type = NotificationType.LATE_STEP;
        notifications.deliver(new Notifications.Message(Notifications.key(plan, type, owner) + "/" + step.name() + "/"
                + due.toInstant(), plan, step, type, owner, model));
    }

    public List<Step> lateSteps(String cycleKey) {
        return lateSteps.lateSteps(cycleKey);
    }
}
