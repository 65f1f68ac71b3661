package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.RequestRoundProcess;

/** Sends one recipient its request and plans its reminders; from then on the request can be answered. */
@Component("sendRequestDelegate")
public class SendRequestDelegate implements JavaDelegate {

    private final RoundService rounds;
    private final RequestMessages messages;
    private final RequestReminders reminders;

    public SendRequestDelegate(RoundService rounds, RequestMessages messages, RequestReminders reminders) {
        this.rounds = rounds;
        this.messages = messages;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = RequestRoundProcess.REQUEST_ID.from(execution).get();
        rounds.markSent(requestId, execution.getProcessInstanceId());
        messages.sendRequest(requestId);
        reminders.schedule(requestId);
    }
}
