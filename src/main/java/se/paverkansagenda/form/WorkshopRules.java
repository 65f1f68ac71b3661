package se.paverkansagenda.form;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/** Completing the workshop: at least one prioritised issue, and no more than the plan's cap allows. */
@Component("workshopRules")
public class WorkshopRules implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        int issues = AgendaProcess.PRIORITISED_ISSUES.from(task).optional()
                .filter(SpinJsonNode::isArray)
                .map(list -> list.elements().size())
                .orElse(0);
        check(issues, AgendaProcess.PRIORITISED_ISSUE_CAP.from(task).get());
    }

    static void check(int issues, int cap) {
        if (issues < 1) {
            throw new FormRuleViolation("Workshopen behöver prioritera minst en fråga.");
        }
        if (issues > cap) {
            throw new FormRuleViolation("Workshopen har prioriterat " + issues
                    + " frågor, men genomförandeplanen tillåter högst " + cap + ".");
        }
    }
}
