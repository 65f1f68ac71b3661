package se.paverkansagenda.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Writes the adopted agenda as PDF and Word once the decision is recorded. A step of its own, so a
 * failure to write is retried by the job executor and shows in Cockpit instead of refusing the decision.
 */
@Component("adoptedAgendaDelegate")
public class AdoptedAgendaDelegate implements JavaDelegate {

    private final AdoptedAgendaDocuments documents;

    public AdoptedAgendaDelegate(AdoptedAgendaDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.produce(AgendaProcess.CYCLE_KEY.from(execution).get());
    }
}
