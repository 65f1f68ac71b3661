package se.paverkansagenda.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/** Sends the message of a notification step (the plan to RSR, the compilation, information to LPS, ...). */
@Component("stepNotificationDelegate")
public class StepNotificationDelegate implements JavaDelegate {

    private final NotificationService notifications;

    public StepNotificationDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notifyStep(AgendaProcess.CYCLE_KEY.from(execution).get(),
                NotificationType.valueOf(AgendaProcess.NOTIFICATION_TYPE.from(execution).get()));
    }
}
