package se.paverkansagenda.security;

import java.util.Objects;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import se.paverkansagenda.form.FormRuleViolation;

/**
 * A task of a cycle has its name, description, priority and planned end from the process model and the
 * plan; saving the task (Tasklist's "due date", {@code PUT /task/{id}}, {@code TaskService.saveTask})
 * may change who works on it and its follow-up date, not those. Moving a step's end is a change of the
 * plan, not of one task.
 */
public class TaskModelFields extends CommandInterceptor {

    static final String DUE_REFUSED = "Uppgiften ”%s” ska vara klar det datum planen säger; planens datum ägs av "
            + "processen: att flytta datumen i en pågående cykel går inte här.";
    static final String MODEL_REFUSED = "Uppgiftens namn, beskrivning och prioritet kommer från processmodellen "
            + "och ändras inte här (uppgiften ”%s”).";

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof SaveTaskCmd) {
            check(CandidateGroupAssignment.field(command, "task"));
        }
        return next.execute(command);
    }

    private static void check(TaskEntity changed) {
        CommandContext context = Context.getCommandContext();
        if (context == null || changed == null || changed.getId() == null) {
            return;
        }
        TaskEntity stored = context.getTaskManager().findTaskById(changed.getId());
        if (stored == null || stored.getProcessInstanceId() == null) {
            return; // a new task, or one of nobody's process: the command decides
        }
        if (!sameInstant(stored, changed)) {
            throw new FormRuleViolation(FormRuleViolation.FORBIDDEN, DUE_REFUSED.formatted(stored.getName()));
        }
        if (!Objects.equals(stored.getName(), changed.getName())
                || !Objects.equals(stored.getDescription(), changed.getDescription())
                || stored.getPriority() != changed.getPriority()) {
            throw new FormRuleViolation(FormRuleViolation.FORBIDDEN, MODEL_REFUSED.formatted(stored.getName()));
        }
    }

    private static boolean sameInstant(TaskEntity stored, TaskEntity changed) {
        if (stored.getDueDate() == null || changed.getDueDate() == null) {
            return stored.getDueDate() == changed.getDueDate();
        }
        return stored.getDueDate().getTime() == changed.getDueDate().getTime();
    }
}
