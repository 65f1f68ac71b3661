package se.paverkansagenda.stage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/** A step passed its planned end while still open: mark it late and tell the process owner. */
@Component("lateStepDelegate")
public class LateStepDelegate implements JavaDelegate {

    private final StageService stages;

    public LateStepDelegate(StageService stages) {
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Step step = Step.valueOf(AgendaProcess.LATE_STEP.from(execution).get());
        stages.markLate(AgendaProcess.CYCLE_KEY.from(execution).get(), step,
                AgendaProcess.dueOf(step).from(execution).optional().orElse(null));
    }
}
