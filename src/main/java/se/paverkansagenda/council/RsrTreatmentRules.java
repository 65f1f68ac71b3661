package se.paverkansagenda.council;

import static se.paverkansagenda.form.FormValues.text;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Registering RSR's treatment (step 4): the form is checked as a whole, each dissent's author against
 * RSR's members in the plan, and the treatment recorded in the completion's transaction, so a refused
 * form leaves the task open and nothing stored.
 */
@Component("rsrTreatmentRules")
public class RsrTreatmentRules implements TaskListener {

    private final TreatmentService treatments;
    private final CycleService cycles;

    public RsrTreatmentRules(TreatmentService treatments, CycleService cycles) {
        this.treatments = treatments;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).get();
        Plan plan = cycles.planOf(cycleKey);
        DecisionForm form = DecisionForm.read(
                new DecisionForm.Rules(Plan.Council.RSR.shortName(), Set.copyOf(plan.dissentersOf(Plan.Council.RSR)), true),
                AgendaProcess.RSR_MEETING_DATE.from(task).optional().orElse(null),
                text(AgendaProcess.RSR_PARAGRAPH, task), text(AgendaProcess.RSR_POSITION, task),
                text(AgendaProcess.RSR_CONSENSUS, task), CouncilDecisionRules.dissents(AgendaProcess.RSR_DISSENT_ROWS, task),
                text(AgendaProcess.RSR_NO_DISSENT_NOTE, task), text(AgendaProcess.RSR_MINUTES_URL, task));
        treatments.recordRsrTreatment(cycleKey, form,
                new TreatmentService.Item(text(AgendaProcess.PM_TITLE, task), text(AgendaProcess.PM_ITEM_KIND, task),
                        AgendaProcess.PM_RUS_AREAS.from(task).optional().orElse(null)),
                CouncilDecisionRules.recordedBy(task));
    }
}
