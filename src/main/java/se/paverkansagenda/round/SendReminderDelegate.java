package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.RequestRemindersProcess;

/** A reminder moment came: remind the recipient if it has not answered, and plan the next moment. */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

    private final RequestReminders reminders;

    public SendReminderDelegate(RequestReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestRemindersProcess.NEXT_REMINDER_AT.set(execution, reminders.remindAndPlanNext(
                RequestRemindersProcess.REQUEST_ID.from(execution).get(),
                RequestRemindersProcess.NEXT_REMINDER_AT.from(execution).get()).orElse(null));
    }
}
