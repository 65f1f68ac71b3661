package se.paverkansagenda.cycle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.process.AgendaProcess;

/** Sends the message of a notification step, named by the task's {@code notificationType} input. */
@Component("stepNotificationDelegate")
public class StepNotificationDelegate implements JavaDelegate {

    private final Map<NotificationType, StepMessage> messages = new EnumMap<>(NotificationType.class);

    public StepNotificationDelegate(List<StepMessage> messages) {
        messages.forEach(message -> this.messages.put(message.type(), message));
    }

    @Override
    public void execute(DelegateExecution execution) {
        NotificationType type = NotificationType.valueOf(AgendaProcess.NOTIFICATION_TYPE.from(execution).get());
        StepMessage message = messages.get(type);
        if (message == null) {
            throw new IllegalStateException(type + " is not the message of a notification step");
        }
        message.send(AgendaProcess.CYCLE_KEY.from(execution).get(), execution);
    }
}
