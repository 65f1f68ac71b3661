package se.paverkansagenda.round;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.process.RequestRemindersProcess;

/**
 * The plan's reminder rule for one request ("10 and 3 business days before the deadline"): a
 * {@code requestReminders} process per sent request waits for each moment, and each moment reminds
 * the recipient only if the request is still unanswered.
 */
@Service
public class RequestReminders {

    private final RoundService rounds;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final RequestMessages messages;
    private final RuntimeService runtimeService;

    public RequestReminders(RoundService rounds, CycleService cycles, DeadlineService deadlines,
                            RequestMessages messages, RuntimeService runtimeService) {
        this.rounds = rounds;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.messages = messages;
        this.runtimeService = runtimeService;
    }

    /** Starts the reminders of a request that was just sent; none when no reminder moment lies ahead. */
    public void schedule(String requestId) {
        RoundRequest request = rounds.request(requestId);
        momentsAfter(request, now()).stream().findFirst().ifPresent(first -> {
            VariableMap variables = Variables.createVariables();
            RequestRemindersProcess.REQUEST_ID.putIn(variables, requestId);
            RequestRemindersProcess.CYCLE_KEY.putIn(variables, request.cycleKey());
            RequestRemindersProcess.NEXT_REMINDER_AT.putIn(variables, Date.from(first));
            runtimeService.startProcessInstanceByKey(RequestRemindersProcess.KEY, request.cycleKey(), variables);
        });
    }

    /**
     * Sends the reminder due at the moment (if the request is still open) and gives the next moment
     * after now, or empty when none is left or the request no longer waits for an answer.
     */
    public Optional<Date> remindAndPlanNext(String requestId, Date dueAt) {
        RoundRequest request = rounds.request(requestId);
        List<Integer> rule = cycles.planOf(request.cycleKey()).reminders().businessDaysBeforeDeadline();
        rule.stream()
                .filter(days -> deadlines.reminderMoment(request.deadline(), days).equals(dueAt.toInstant()))
                .findFirst()
                .ifPresent(days -> messages.sendReminder(requestId, days));
        if (request.status() != RequestStatus.SENT) {
            return Optional.empty();
        }
        return momentsAfter(request, now()).stream().findFirst().map(Date::from);
    }

    private List<Instant> momentsAfter(RoundRequest request, Instant after) {
        List<Integer> rule = cycles.planOf(request.cycleKey()).reminders().businessDaysBeforeDeadline();
        return deadlines.reminderMoments(request.deadline(), rule, after);
    }

    private Instant now() {
        return deadlines.clock().instant();
    }
}
