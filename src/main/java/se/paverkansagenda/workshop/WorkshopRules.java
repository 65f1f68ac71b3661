package se.paverkansagenda.workshop;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.form.FormDates;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Completing the workshop: the prioritised list is saved on the workshop's page, with at least one
 * issue and no more than the plan's cap. Completing the task hands the list to the process as
 * {@link AgendaProcess#PRIORITISED_ISSUES} and closes it.
 */
@Component("workshopRules")
public class WorkshopRules implements TaskListener {

    private final WorkshopService workshop;

    public WorkshopRules(WorkshopService workshop) {
        this.workshop = workshop;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).get();
        FormDates.day(AgendaProcess.WORKSHOP_DATE, task, "Datum för workshopen");
        PrioritisedList list = workshop.list(cycleKey);
        check(list.issues().size(), AgendaProcess.PRIORITISED_ISSUE_CAP.from(task).get(), cycleKey);
        AgendaProcess.PRIORITISED_ISSUES.set(task, asJson(list, workshop.proposals(cycleKey)));
        workshop.close(cycleKey);
    }

    static void check(int issues, int cap, String cycleKey) {
        if (issues < 1) {
            throw new FormRuleViolation("Workshopen behöver prioritera minst en fråga: spara listan på "
                    + "workshopsidan /api/cykel/" + cycleKey + "/workshop innan uppgiften slutförs.");
        }
        if (issues > cap) {
            throw new FormRuleViolation("Workshopen har prioriterat " + issues
                    + " frågor, men genomförandeplanen tillåter högst " + cap + ".");
        }
    }

    /** Ids, ranks and titles; {@code issue} and {@code proposedBy} are what the step messages read. */
    private static SpinJsonNode asJson(PrioritisedList list, List<CycleProposal> proposals) {
        SpinJsonNode issues = Spin.JSON("[]");
        for (PrioritisedIssue issue : list.issues()) {
            SpinJsonNode item = Spin.JSON("{}");
            item.prop("id", issue.id());
            item.prop("rank", issue.rank());
            item.prop("issue", issue.title());
            item.prop("rusArea", issue.rusArea());
            item.prop("proposedBy", String.join(", ", proposals.stream()
                    .filter(p -> issue.proposalIds().contains(p.id()))
                    .map(CycleProposal::municipalityName).distinct().sorted().toList()));
            SpinJsonNode ids = Spin.JSON("[]");
            issue.proposalIds().forEach(ids::append);
            item.prop("proposalIds", ids);
            issues.append(item);
        }
        return issues;
    }
}
