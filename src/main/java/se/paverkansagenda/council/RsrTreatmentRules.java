package se.paverkansagenda.council;

import static se.paverkansagenda.form.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Registering RSR's treatment (step 4): the form is checked as a whole and the treatment recorded in
 * the completion's transaction, so a refused form leaves the task open and nothing stored.
 */
@Component("rsrTreatmentRules")
public class RsrTreatmentRules implements TaskListener {

    private final TreatmentService treatments;

    public RsrTreatmentRules(TreatmentService treatments) {
        this.treatments = treatments;
    }

    @Override
    public void notify(DelegateTask task) {
        RsrTreatmentForm form = RsrTreatmentForm.read(AgendaProcess.RSR_MEETING_DATE.from(task).optional().orElse(null),
                text(AgendaProcess.RSR_PARAGRAPH, task), text(AgendaProcess.RSR_POSITION, task),
                text(AgendaProcess.RSR_CONSENSUS, task), AgendaProcess.RSR_DISSENT_ROWS.stream()
                        .map(row -> new Treatment.Dissent(text(row.author(), task), text(row.opinion(), task))).toList(),
                text(AgendaProcess.RSR_NO_DISSENT_NOTE, task), text(AgendaProcess.RSR_MINUTES_URL, task));
        treatments.recordRsrTreatment(AgendaProcess.CYCLE_KEY.from(task).get(), form,
                new TreatmentService.Item(text(AgendaProcess.PM_TITLE, task), text(AgendaProcess.PM_ITEM_KIND, task),
                        AgendaProcess.PM_RUS_AREAS.from(task).optional().orElse(null)),
                recordedBy(task));
    }

    private static String recordedBy(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            return user.getUserId();
        }
        return task.getAssignee() == null ? "okänd" : task.getAssignee();
    }
}
