package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.RequestRoundProcess;

/** Sends one recipient its request; from then on the request can be answered. */
@Component("sendRequestDelegate")
public class SendRequestDelegate implements JavaDelegate {

    private final RoundService rounds;

    public SendRequestDelegate(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.markSent(RequestRoundProcess.REQUEST_ID.from(execution).get());
    }
}
