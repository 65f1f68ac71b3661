package se.paverkansagenda.carryforward;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Completing the follow-up task: every issue of the followed agenda has its follow-up recorded on the
 * follow-up page. The follow-up is then completed and no longer changes.
 */
@Component("followUpRules")
public class FollowUpRules implements TaskListener {

    private final CarryForwardService service;

    public FollowUpRules(CarryForwardService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).get();
        if (service.follows(cycleKey).isEmpty()) {
            return;
        }
        service.notReady(cycleKey).ifPresent(problem -> {
            throw new FormRuleViolation(problem);
        });
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication != null ? authentication.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : "okänd";
        service.complete(cycleKey, user);
    }
}
