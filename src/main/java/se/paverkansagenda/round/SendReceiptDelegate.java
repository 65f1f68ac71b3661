package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.NotificationService;
import se.paverkansagenda.process.RequestRoundProcess;

/** The answer was recorded: send the recipient a receipt with a copy of it. */
@Component("sendReceiptDelegate")
public class SendReceiptDelegate implements JavaDelegate {

    private final NotificationService notifications;

    public SendReceiptDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.sendReceipt(RequestRoundProcess.REQUEST_ID.from(execution).get());
    }
}
