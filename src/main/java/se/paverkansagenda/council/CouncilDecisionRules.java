package se.paverkansagenda.council;

import static se.paverkansagenda.form.FormValues.isBlank;
import static se.paverkansagenda.form.FormValues.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.DissentRow;

/**
 * The decisions of the presidium's review (step 3) and of the adoption (step 12), recorded like RSR's
 * treatment: meeting date, item, position, consensus and dissents chosen among the plan's members. The
 * forms' decision fields beside the decision itself may be left out (clients that send only the decision
 * keep working): the meeting is then the day the decision is registered, the position says what was
 * decided, and the decision counts as taken in consensus, as the councils' positions are unless a
 * dissent or a note says otherwise. Recorded in the completion's transaction, so a refused form stores
 * nothing.
 */
@Component("councilDecisionRules")
public class CouncilDecisionRules implements TaskListener {

    static final String PRESIDIUM = Plan.Council.PRESIDIUM.swedishName();

    private final TreatmentService treatments;
    private final CycleService cycles;
    private final DeadlineService deadlines;

    public CouncilDecisionRules(TreatmentService treatments, CycleService cycles, DeadlineService deadlines) {
        this.treatments = treatments;
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    /** The presidium's review, as it is completed. */
    @Override
    public void notify(DelegateTask task) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).optional().orElse(null);
        if (cycleKey == null) {
            return; // a process without a cycle (started by hand at the task): no plan, nothing to record
        }
        Plan plan = cycles.planOf(cycleKey);
        boolean approved = AgendaProcess.DECISION_APPROVE.equals(text(AgendaProcess.PRESIDIUM_DECISION, task));
        String position = orElse(text(AgendaProcess.PRESIDIUM_POSITION, task), approved
                ? "Presidiet godkände förslaget, som går vidare till RSR."
                : "Presidiet återsände förslaget för omarbetning: " + text(AgendaProcess.PRESIDIUM_COMMENT, task));
        DecisionForm form = DecisionForm.read(
                new DecisionForm.Rules(Plan.Council.PRESIDIUM.shortName(), Set.copyOf(plan.dissentersOf(Plan.Council.PRESIDIUM)),
                        false),
                AgendaProcess.PRESIDIUM_MEETING_DATE.from(task).optional().filter(CouncilDecisionRules::given)
                        .orElse(deadlines.today().toString()),
                text(AgendaProcess.PRESIDIUM_PARAGRAPH, task), position,
                orElse(text(AgendaProcess.PRESIDIUM_CONSENSUS, task), AgendaProcess.CONSENSUS_YES),
                dissents(AgendaProcess.PRESIDIUM_DISSENT_ROWS, task), text(AgendaProcess.PRESIDIUM_NO_DISSENT_NOTE, task),
                null);
        treatments.record(cycleKey, Step.PRESIDIUM_REVIEW, PRESIDIUM, form,
                new TreatmentService.Item(text(AgendaProcess.PM_TITLE, task), text(AgendaProcess.PM_ITEM_KIND, task),
                        AgendaProcess.PM_RUS_AREAS.from(task).optional().orElse(null)),
                recordedBy(task));
    }

    /**
     * The adoption's decision, once the adoption's own rules have checked and carried it out.
     *
     * @param body      the deciding body's Swedish name
     * @param item      what was decided on, the agenda and its version
     * @param rusAreas  the RUS areas of the agenda's issues
     * @param decided   what the body decided, in one sentence, when the form gives no position
     */
    public void recordAdoption(DelegateTask task, String body, String item, List<String> rusAreas, String decided) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).get();
        Plan plan = cycles.planOf(cycleKey);
        Set<String> dissenters = new LinkedHashSet<>(plan.dissentersOf(Plan.Council.RSR));
        dissenters.addAll(plan.dissentersOf(Plan.Council.PRESIDIUM));
        String date = text(AgendaProcess.ADOPTION_DATE, task);
        DecisionForm form = DecisionForm.read(new DecisionForm.Rules("rådens ledamotslistor", dissenters, false),
                isBlank(date) ? deadlines.today().toString() : date.trim(), text(AgendaProcess.ADOPTION_PARAGRAPH, task),
                orElse(text(AgendaProcess.ADOPTION_POSITION, task), decided),
                orElse(text(AgendaProcess.ADOPTION_CONSENSUS, task), AgendaProcess.CONSENSUS_YES),
                dissents(AgendaProcess.ADOPTION_DISSENT_ROWS, task), text(AgendaProcess.ADOPTION_NO_DISSENT_NOTE, task), null);
        treatments.record(cycleKey, Step.ADOPTION, body, form, new TreatmentService.Item(item, ItemKind.POSITION.name(),
                rusAreas), recordedBy(task));
    }

    static List<Treatment.Dissent> dissents(List<DissentRow> rows, DelegateTask task) {
        return rows.stream().map(row -> new Treatment.Dissent(text(row.author(), task), text(row.opinion(), task))).toList();
    }

    static String recordedBy(DelegateTask task) {
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            return user.getUserId();
        }
        return task.getAssignee() == null ? "okänd" : task.getAssignee();
    }

    private static boolean given(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }

    private static String orElse(String value, String otherwise) {
        return isBlank(value) ? otherwise : value;
    }
}
