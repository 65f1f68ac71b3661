package se.paverkansagenda.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.form.FormDates;
import se.paverkansagenda.process.AgendaProcess;

/** The RSR secretary's registration of the council's treatment: the meeting date is stored as ÅÅÅÅ-MM-DD. */
@Component("rsrTreatmentRules")
public class RsrTreatmentRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormDates.day(AgendaProcess.RSR_MEETING_DATE, task, "Sammanträdesdatum");
    }
}
