package se.paverkansagenda.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/** A step (or the reference groups' forming) passed its planned end while still open: mark it late and tell the process owner. */
@Component("lateStepDelegate")
public class LateStepDelegate implements JavaDelegate {

    private final StageService stages;

    public LateStepDelegate(StageService stages) {
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String late = AgendaProcess.LATE_STEP.from(execution).get();
        String cycleKey = AgendaProcess.CYCLE_KEY.from(execution).get();
        if (AgendaProcess.LATE_REFERENCE_GROUPS.equals(late)) {
            stages.markReferenceGroupsLate(cycleKey, AgendaProcess.REFERENCE_GROUPS_DUE.from(execution).optional().orElse(null));
            return;
        }
        Step step = Step.valueOf(late);
        stages.markLate(cycleKey, step, AgendaProcess.dueOf(step).from(execution).optional().orElse(null));
    }
}
