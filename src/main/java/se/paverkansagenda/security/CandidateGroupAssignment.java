package se.paverkansagenda.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import se.paverkansagenda.form.FormRuleViolation;

/**
 * A user task goes only to a member of its candidate groups, however it is given: claimed, assigned,
 * delegated, added as its assignee or saved with a new assignee, over any route and by anyone, the
 * application too. An official cannot take the presidium's task. A task without candidate groups may
 * go to anyone who may work on it; a task may always be handed back (no assignee).
 */
public class CandidateGroupAssignment extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        check(command);
        return next.execute(command);
    }

    private void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return;
        }
        if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd) {
            check(context, context.getTaskManager().findTaskById(field(command, "taskId")), field(command, "userId"));
        } else if (command instanceof AbstractAddIdentityLinkCmd
                && IdentityLinkType.ASSIGNEE.equals(field(command, "type"))) {
            check(context, context.getTaskManager().findTaskById(field(command, "taskId")), field(command, "userId"));
        } else if (command instanceof SaveTaskCmd) {
            TaskEntity changed = field(command, "task");
            if (changed == null || changed.getId() == null || changed.getAssignee() == null) {
                return;
            }
            TaskEntity stored = context.getTaskManager().findTaskById(changed.getId());
            if (stored != null && !changed.getAssignee().equals(stored.getAssignee())) {
                check(context, stored, changed.getAssignee());
            }
        }
    }

    private static void check(CommandContext context, TaskEntity task, String assignee) {
        if (task == null || assignee == null) {
            return; // the command itself says the task is not there
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
        if (groups.isEmpty()) {
            return;
        }
        long memberships = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                .getIdentityService().createGroupQuery().groupMember(assignee)
                .groupIdIn(groups.toArray(String[]::new)).count());
        if (memberships == 0) {
            throw new FormRuleViolation(FormRuleViolation.FORBIDDEN, "Uppgiften ”" + task.getName()
                    + "” kan bara ges till den som hör till gruppen " + String.join(" eller ", groups)
                    + "; ”" + assignee + "” gör inte det.");
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T field(Object command, String name) {
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
