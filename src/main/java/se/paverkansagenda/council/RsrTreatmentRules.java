package se.paverkansagenda.council;

import static se.paverkansagenda.form.FormValues.isBlank;
import static se.paverkansagenda.form.FormValues.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Registering RSR's treatments with one form: of the proposal (step 4) and of the compilation of the
 * municipalities' input (step 7). A treatment's task opens with the form empty and names the item; on
 * completion the form is checked as a whole, each dissent's author against RSR's members in the plan, and
 * the treatment recorded in the completion's transaction, so a refused form leaves the task open and
 * nothing stored.
 */
@Component("rsrTreatmentRules")
public class RsrTreatmentRules implements TaskListener {

    /** The item of RSR's second treatment, the compilation sent to it at step 7. */
    static final String COMPILATION_ITEM = "Sammanställning av kommunernas inspel";

    private final TreatmentService treatments;
    private final CycleService cycles;
    private final ProposalRepository proposals;

    public RsrTreatmentRules(TreatmentService treatments, CycleService cycles, ProposalRepository proposals) {
        this.treatments = treatments;
        this.cycles = cycles;
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        Step step = AgendaProcess.rsrTreatmentStepOf(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // each treatment is registered afresh, not with the meeting, position and dissents of the one before
            List.of(AgendaProcess.RSR_MEETING_DATE, AgendaProcess.RSR_PARAGRAPH, AgendaProcess.RSR_POSITION,
                    AgendaProcess.RSR_CONSENSUS, AgendaProcess.RSR_NO_DISSENT_NOTE, AgendaProcess.RSR_MINUTES_URL)
                    .forEach(field -> field.remove(task));
            AgendaProcess.RSR_DISSENT_ROWS.forEach(row -> {
                row.author().remove(task);
                row.opinion().remove(task);
            });
            AgendaProcess.RSR_ITEM.set(task, step == Step.RSR_TREATMENT
                    ? "förslaget: " + TreatmentService.titleOrDefault(text(AgendaProcess.PM_TITLE, task))
                    : "sammanställningen av kommunernas inspel");
            return;
        }
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).get();
        Plan plan = cycles.planOf(cycleKey);
        DecisionForm form = DecisionForm.read(
                new DecisionForm.Rules(Plan.Council.RSR.shortName(), Set.copyOf(plan.dissentersOf(Plan.Council.RSR)), true),
                AgendaProcess.RSR_MEETING_DATE.from(task).optional().orElse(null),
                text(AgendaProcess.RSR_PARAGRAPH, task), text(AgendaProcess.RSR_POSITION, task),
                text(AgendaProcess.RSR_CONSENSUS, task), CouncilDecisionRules.dissents(AgendaProcess.RSR_DISSENT_ROWS, task),
                text(AgendaProcess.RSR_NO_DISSENT_NOTE, task), text(AgendaProcess.RSR_MINUTES_URL, task));
        treatments.record(cycleKey, step, MinutesExtract.RSR, form, item(step, cycleKey, task),
                CouncilDecisionRules.recordedBy(task));
    }

    /**
     * What RSR treated: at step 4 the proposal as the PM describes it; at step 7 the compilation, brought
     * as information, with the RUS areas of the proposals it compiles.
     */
    private TreatmentService.Item item(Step step, String cycleKey, DelegateTask task) {
        if (step == Step.RSR_TREATMENT) {
            return new TreatmentService.Item(text(AgendaProcess.PM_TITLE, task), text(AgendaProcess.PM_ITEM_KIND, task),
                    AgendaProcess.PM_RUS_AREAS.from(task).optional().orElse(null));
        }
        List<String> areas = proposals.findByCycle(cycleKey).stream().map(CycleProposal::rusArea)
                .filter(Objects::nonNull).filter(area -> !isBlank(area)).distinct().sorted().toList();
        return new TreatmentService.Item(COMPILATION_ITEM, ItemKind.INFORMATION.name(), areas);
    }
}
