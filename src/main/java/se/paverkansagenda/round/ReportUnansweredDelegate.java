package se.paverkansagenda.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * After a round, in a job of the main process of its own: one message to the process owner listing
 * the requests that went unanswered, instead of one per request.
 */
@Component("reportUnansweredDelegate")
public class ReportUnansweredDelegate implements JavaDelegate {

    private final RequestMessages messages;

    public ReportUnansweredDelegate(RequestMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.notifyUnanswered(AgendaProcess.CYCLE_KEY.from(execution).get(),
                RoundKind.valueOf(AgendaProcess.ROUND_KIND.from(execution).get()));
    }
}
