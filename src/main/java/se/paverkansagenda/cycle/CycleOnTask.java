package se.paverkansagenda.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.ProcessVariable;

/**
 * Every task of a cycle carries the cycle as people tell cycles apart, its key and region, as a variable
 * of its own: Tasklist shows it on each task of the list (the filters name it), and whoever may see the
 * task may see it, without a right to read the whole process.
 * <p>
 * A council's decision task also finds the members its dissents are chosen from: a cycle started before
 * the forms chose them from the plan gets them from its plan when the task opens.
 */
@Component("cycleOnTask")
public class CycleOnTask implements TaskListener {

    private final CycleService cycles;

    public CycleOnTask(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateTask task) {
        String label = AgendaProcess.CYCLE_LABEL.from(task).optional()
                .or(() -> AgendaProcess.CYCLE_KEY.from(task).optional())
                .orElse(null);
        if (label != null) {
            AgendaProcess.CYCLE_LABEL.setLocal(task, label);
        }
        String cycleKey = AgendaProcess.CYCLE_KEY.from(task).optional().orElse(null);
        if (cycleKey == null) {
            return;
        }
        switch (task.getTaskDefinitionKey()) {
            case AgendaProcess.Elements.TASK_REVIEW_PROPOSAL ->
                    memberOptions(task, cycleKey, AgendaProcess.PRESIDIUM_MEMBER_OPTIONS, Plan.Council.PRESIDIUM);
            case AgendaProcess.Elements.TASK_REGISTER_RSR_TREATMENT,
                 AgendaProcess.Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT ->
                    memberOptions(task, cycleKey, AgendaProcess.RSR_MEMBER_OPTIONS, Plan.Council.RSR);
            case AgendaProcess.Elements.TASK_REGISTER_ADOPTION -> memberOptions(task, cycleKey,
                    AgendaProcess.ADOPTION_MEMBER_OPTIONS, Plan.Council.RSR, Plan.Council.PRESIDIUM);
            default -> {
                // no dissents to choose
            }
        }
    }

    private void memberOptions(DelegateTask task, String cycleKey, ProcessVariable<SpinJsonNode> options,
                               Plan.Council... councils) {
        if (options.from(task).optional().isEmpty()) {
            options.set(task, CycleService.memberOptions(cycles.planOf(cycleKey), councils));
        }
    }
}
