package se.paverkansagenda.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.MessageRetryProcess;

/** The retry job of a message that could not be sent at once: sends the recorded message, unless it went out. */
@Component("sendMessageAgain")
public class SendMessageAgainDelegate implements JavaDelegate {

    private final Notifications notifications;

    public SendMessageAgainDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.sendRecorded(MessageRetryProcess.NOTIFICATION_ID.from(execution).get());
    }
}
