package se.paverkansagenda.process;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The stand-in for {@code ${sendReminderDelegate}}: records the reminder and sets the next reminder
 * moment a test planned for the request, or none when no moment is left.
 */
final class TestReminders extends RecordingBean {

    static final String BEAN = "sendReminderDelegate";

    private final Map<String, Deque<Date>> planned = new HashMap<>();

    TestReminders(Calls calls) {
        super(BEAN, calls);
    }

    /** The moments after the first, which the request process starts with. */
    synchronized void plan(String requestId, List<Date> laterMoments) {
        planned.put(requestId, new ArrayDeque<>(laterMoments));
    }

    @Override
    public synchronized void execute(DelegateExecution execution) {
        record(execution, "execute");
        Deque<Date> moments = planned.get(RequestRemindersProcess.REQUEST_ID.from(execution).get());
        RequestRemindersProcess.NEXT_REMINDER_AT.set(execution, moments == null ? null : moments.poll());
    }
}
