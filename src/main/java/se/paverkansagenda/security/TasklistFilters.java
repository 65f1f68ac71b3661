package se.paverkansagenda.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The Tasklist filters every role starts with. Their queries are stored with expressions
 * ({@code ${currentUser()}}), which the engine evaluates for the user who opens the filter.
 */
@Component
public class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
                           AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    /**
     * Creates the filters that do not exist yet, readable by every role, and brings those that do up to
     * date; Tasklist opens the first. Each lists the tasks by planned end, the soonest first, and shows
     * on every task the cycle it belongs to (its key and region).
     */
    public void ensure() {
        ensure("Min grupps uppgifter", "Otilldelade uppgifter för mina roller, den som ska vara klar först överst", -10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        ensure("Mina uppgifter", "Uppgifter som är tilldelade mig, den som ska vara klar först överst", 0,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Försenade uppgifter", "Uppgifter för mina roller som passerat sitt planerade slutdatum", 10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}"));
    }

    /** The variables Tasklist shows on every task of a filter. */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", AgendaProcess.CYCLE_LABEL.name(), "label", "Cykel"));

    private void ensure(String name, String description, int priority, TaskQuery query) {
        query.orderByDueDate().asc();
        Map<String, Object> properties = Map.of("description", description, "priority", priority, "refresh", true,
                "variables", SHOWN_VARIABLES);
        Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            filterService.saveFilter(existing.setQuery(query).setProperties(new HashMap<>(properties)));
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(new HashMap<>(properties));
        filterService.saveFilter(filter);
        for (Role role : Role.values()) {
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(role.groupId());
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }
}
