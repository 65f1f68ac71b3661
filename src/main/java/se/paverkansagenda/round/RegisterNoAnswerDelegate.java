package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.RequestRoundProcess;

/** Closes a request whose deadline passed without an answer. */
@Component("registerNoAnswerDelegate")
public class RegisterNoAnswerDelegate implements JavaDelegate {

    private final RoundService rounds;

    public RegisterNoAnswerDelegate(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.markUnanswered(RequestRoundProcess.REQUEST_ID.from(execution).get());
    }
}
