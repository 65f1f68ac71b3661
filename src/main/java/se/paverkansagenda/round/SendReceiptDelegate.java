package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.RequestRoundProcess;

/** The answer was recorded: send the recipient a receipt with a copy of it. */
@Component("sendReceiptDelegate")
public class SendReceiptDelegate implements JavaDelegate {

    private final RequestMessages messages;

    public SendReceiptDelegate(RequestMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.sendReceipt(RequestRoundProcess.REQUEST_ID.from(execution).get());
    }
}
