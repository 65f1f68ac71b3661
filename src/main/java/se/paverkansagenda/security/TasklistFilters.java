package se.paverkansagenda.security;

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

    /** Creates the filters that do not exist yet, readable by every role; Tasklist opens the first. */
    public void ensure() {
        ensure("Min grupps uppgifter", "Otilldelade uppgifter för mina roller", -10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        ensure("Mina uppgifter", "Uppgifter som är tilldelade mig", 0,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Försenade uppgifter", "Uppgifter för mina roller som passerat sitt planerade slutdatum", 10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}"));
    }

    private void ensure(String name, String description, int priority, TaskQuery query) {
        if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
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
