package se.paverkansagenda.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * Taken with a send-back (the presidium's to step 1, the adoption's to step 9): the redo's tasks are due
 * on the plan moved by the send-back ({@link RedoPlan}), the step sent back to and the deciding step
 * both, so Tasklist's due dates, the late timers and the late notices follow the same planned days as
 * the stage views.
 */
@Component("redoPlanListener")
public class RedoPlanListener implements ExecutionListener {

    private final StageService stages;

    public RedoPlanListener(StageService stages) {
        this.stages = stages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String flow = execution.getCurrentTransitionId();
        Step decider = Elements.FLOW_PRESIDIUM_SENDS_BACK.equals(flow) ? Step.PRESIDIUM_REVIEW
                : Elements.FLOW_ADOPTION_SENDS_BACK.equals(flow) ? Step.ADOPTION : null;
        if (decider == null) {
            return;
        }
        stages.redoDues(AgendaProcess.CYCLE_KEY.from(execution).get(), decider)
                .forEach((step, due) -> AgendaProcess.dueOf(step).set(execution, due));
    }
}
