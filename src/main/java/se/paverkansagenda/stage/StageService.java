package se.paverkansagenda.stage;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.NotificationService;
import se.paverkansagenda.plan.Step;

/** Follows the steps of a cycle against the plan: which are late. */
@Service
public class StageService {

    private final LateStepRepository lateSteps;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final NotificationService notifications;

    public StageService(LateStepRepository lateSteps, CycleService cycles, DeadlineService deadlines,
                        NotificationService notifications) {
        this.lateSteps = lateSteps;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    /** Marks the step late and tells the process owner, once per planned end. */
    @Transactional
    public void markLate(String cycleKey, Step step) {
        OffsetDateTime due = OffsetDateTime.ofInstant(
                deadlines.endOfDay(cycles.planOf(cycleKey).datesOf(step).end()).toInstant(), deadlines.zone());
        if (lateSteps.insertIfAbsent(cycleKey, step, due, OffsetDateTime.now(deadlines.clock()))) {
            notifications.notifyLateStep(cycleKey, step, due);
        }
    }

    public List<Step> lateSteps(String cycleKey) {
        return lateSteps.lateSteps(cycleKey);
    }
}
