package se.paverkansagenda.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * Every task of a cycle carries the cycle as people tell cycles apart, its key and region, as a variable
 * of its own: Tasklist shows it on each task of the list (the filters name it), and whoever may see the
 * task may see it, without a right to read the whole process.
 */
@Component("cycleOnTask")
public class CycleOnTask implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String label = AgendaProcess.CYCLE_LABEL.from(task).optional()
                .or(() -> AgendaProcess.CYCLE_KEY.from(task).optional())
                .orElse(null);
        if (label != null) {
            AgendaProcess.CYCLE_LABEL.setLocal(task, label);
        }
    }
}
