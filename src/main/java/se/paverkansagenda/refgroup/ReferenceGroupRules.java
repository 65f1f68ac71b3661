package se.paverkansagenda.refgroup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.process.AgendaProcess;

/** Completing the forming task: at least one group with members is saved on the groups' page. */
@Component("referenceGroupRules")
public class ReferenceGroupRules implements TaskListener {

    private final ReferenceGroupService service;

    public ReferenceGroupRules(ReferenceGroupService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.notReady(AgendaProcess.CYCLE_KEY.from(task).get()).ifPresent(problem -> {
            throw new FormRuleViolation(problem);
        });
    }
}
