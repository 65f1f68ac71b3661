package se.paverkansagenda.form;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Holds every change a logged-in person makes to a task or a process instance to what the task's form
 * allows, whichever route it takes: the engine REST API, the web apps' copy of it that Tasklist and
 * Cockpit call, or the Java API on their behalf.
 * <ul>
 *   <li>Completing a task ({@code complete}, {@code submit-form}) takes exactly the task's form: see
 *   {@link FormContract#checkCompletion}. A task that is no longer there answers 404.</li>
 *   <li>Setting or removing a task's variables ({@code task/{id}/variables}, {@code localVariables})
 *   takes the form's fields only, with values they take; administrators may set any.</li>
 *   <li>A process instance's or execution's variables ({@code process-instance/{id}/variables},
 *   {@code execution/{id}/localVariables}, Cockpit's edit button) belong to the process: only
 *   administrators may change them. The same for moving an instance's tokens (modification), moving
 *   or recalculating a timer's due date and running a job at once: a request's deadline moves only
 *   through the round's own page, which keeps its rules.</li>
 * </ul>
 * Only the command a person gives is checked, not the commands the application runs on its own (no
 * one logged in) nor those a command runs inside itself, so delegates and services still set the
 * process's own variables. Java-serialized values are refused on these routes with a short message.
 */
public class TaskFormGuard extends CommandInterceptor {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final FormContracts contracts;

    public TaskFormGuard(FormContracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int depth = DEPTH.get();
        if (depth == 0) {
            check(command);
        }
        DEPTH.set(depth + 1);
        try {
            return next.execute(command);
        } finally {
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    private void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        Authentication person = context == null ? null : context.getAuthentication();
        if (person == null || person.getUserId() == null) {
            return;
        }
        boolean administrator = person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        if (command instanceof CompleteTaskCmd) {
            complete(context, this.<String>field(command, "taskId"), this.<Map<String, Object>>field(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            complete(context, this.<String>field(command, "taskId"), this.<Map<String, Object>>field(command, "properties"));
        } else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
                || command instanceof PatchTaskVariablesCmd) {
            changeTask(context, command, administrator);
        } else if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
                || command instanceof PatchExecutionVariablesCmd || command instanceof SetVariablesToProcessInstancesBatchCmd) {
            changeProcess(command, administrator);
        } else if (!administrator && (command instanceof ModifyProcessInstanceCmd
                || command instanceof ModifyProcessInstanceAsyncCmd || command instanceof ProcessInstanceModificationCmd
                || command instanceof ProcessInstanceModificationBatchCmd || command instanceof SetJobDuedateCmd
                || command instanceof RecalculateJobDuedateCmd || command instanceof ExecuteJobsCmd)) {
            throw new FormRuleViolation(FormRuleViolation.FORBIDDEN, ProcessOwnedVariables.MOVING_REFUSED);
        }
    }

    private void complete(CommandContext context, String taskId, Map<String, Object> variables) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new FormRuleViolation(FormRuleViolation.NOT_FOUND,
                    "Uppgiften finns inte: den är redan slutförd eller borttagen.");
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
        Map<String, TypedValue> submitted = typed(variables);
        Map<String, TypedValue> kept = contracts.forTask(context, task).checkCompletion(task.getName(), submitted, task::getVariable);
        if (!kept.isEmpty()) {
            variables.putAll(kept);
        }
    }

    private void changeTask(CommandContext context, Command<?> command, boolean administrator) {
        String taskId = field(command, "entityId");
        Map<String, Object> variables = variablesOf(command);
        Collection<String> removed = removedBy(command);
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new FormRuleViolation(FormRuleViolation.NOT_FOUND,
                    "Uppgiften finns inte: den är redan slutförd eller borttagen.");
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkUpdateTaskVariable(task);
        }
        Map<String, TypedValue> submitted = typed(variables);
        if (administrator) {
            submitted.forEach(FormContract::plain); // refuses Java-serialized values, nothing else
            return;
        }
        Map<String, TypedValue> kept = contracts.forTask(context, task).checkChange(task.getName(), submitted, removed, task::getVariable);
        if (!kept.isEmpty() && variables != null) {
            variables.putAll(kept);
        }
    }

    private void changeProcess(Command<?> command, boolean administrator) {
        Map<String, TypedValue> submitted = typed(variablesOf(command));
        submitted.forEach(FormContract::plain);
        if (administrator) {
            return;
        }
        String name = submitted.keySet().stream().findFirst()
                .orElseGet(() -> removedBy(command).stream().findFirst().orElse(""));
        throw new FormRuleViolation(FormRuleViolation.FORBIDDEN, ProcessOwnedVariables.message(name));
    }

    private Map<String, Object> variablesOf(Command<?> command) {
        if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
                || command instanceof SetVariablesToProcessInstancesBatchCmd) {
            return field(command, "variables");
        }
        return null;
    }

    private Collection<String> removedBy(Command<?> command) {
        if (command instanceof AbstractRemoveVariableCmd) {
            return field(command, "variableNames");
        }
        if (command instanceof AbstractPatchVariablesCmd) {
            Collection<String> deletions = field(command, "deletions");
            return deletions == null ? List.of() : deletions;
        }
        return List.of();
    }

    /** The values as the engine will see them, typed; an untyped Java value is wrapped. */
    private static Map<String, TypedValue> typed(Map<String, ?> variables) {
        Map<String, TypedValue> typed = new LinkedHashMap<>();
        if (variables == null) {
            return typed;
        }
        VariableMap map = variables instanceof VariableMap variableMap ? variableMap : null;
        for (String name : variables.keySet()) {
            if (map != null) {
                typed.put(name, map.getValueTyped(name));
            } else {
                Object value = variables.get(name);
                typed.put(name, value instanceof TypedValue typedValue ? typedValue : Variables.untypedValue(value));
            }
        }
        return typed;
    }

    @SuppressWarnings("unchecked")
    private <T> T field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }

}
