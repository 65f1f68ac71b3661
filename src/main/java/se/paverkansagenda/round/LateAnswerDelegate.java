package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.RequestRoundProcess;

/** The deadline passed without an answer: tell the process owner. */
@Component("lateAnswerDelegate")
public class LateAnswerDelegate implements JavaDelegate {

    private final RequestMessages messages;

    public LateAnswerDelegate(RequestMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.notifyLateAnswer(RequestRoundProcess.REQUEST_ID.from(execution).get());
    }
}
