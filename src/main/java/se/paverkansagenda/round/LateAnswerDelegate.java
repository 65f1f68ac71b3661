package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.NotificationService;
import se.paverkansagenda.process.RequestRoundProcess;

/** The deadline passed without an answer: tell the process owner. */
@Component("lateAnswerDelegate")
public class LateAnswerDelegate implements JavaDelegate {

    private final NotificationService notifications;

    public LateAnswerDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notifyLateAnswer(RequestRoundProcess.REQUEST_ID.from(execution).get());
    }
}
