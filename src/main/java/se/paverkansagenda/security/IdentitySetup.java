package se.paverkansagenda.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * The roles, what each may do in the engine, and (in the demo) one user per role. Runs at every
 * start and only adds what is missing, so a restart changes nothing and an administrator's own
 * changes stay.
 */
@Component
@Order(0)
public class IdentitySetup implements ApplicationRunner {

    /** The demo users' password; it follows the password policy like every other. */
    public static final String DEMO_PASSWORD = "Demo-Losen-2026";
    private static final String ALL = "*";
    private static final String TASKLIST = "tasklist";
    private static final String COCKPIT = "cockpit";

    /** The demo's monitoring user, with the others' password. */
    static final String MONITORING_DEMO_USER = "overvakning";

    /**
     * The demo's regions, side by side: each a tenant with one demo user per role, whose id starts with the
     * region's prefix ({@code vnprocessagare}; Camunda takes letters and digits only); Jämtland Härjedalen's
     * users keep the ids they always had.
     */
    public static final List<DemoRegion> DEMO_REGIONS = List.of(
            new DemoRegion("JH", "Region Jämtland Härjedalen", ""),
            new DemoRegion("VN", "Region Västernorrland", "vn"));

    /** A region of the demo: its code (the tenant's id), its name and the prefix of its demo users' ids. */
    public record DemoRegion(String code, String name, String userPrefix) {

        public String userOf(Role role) {
            return userPrefix + role.demoUserId();
        }
    }

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TasklistFilters filters;
    private final Regions regions;
    private final boolean demoUsers;

    public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
                         TasklistFilters filters, Regions regions,
                         @Value("${paverkansagenda.demo.users:false}") boolean demoUsers) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filters = filters;
        this.regions = regions;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role);
        }
        ensureMonitoringGroup();
        grantRoles();
        filters.ensure();
        if (demoUsers) {
            for (DemoRegion region : DEMO_REGIONS) {
                for (Role role : Role.values()) {
                    ensureDemoUser(region.userOf(role), region.userPrefix().isEmpty() ? role.demoFirstName()
                            : role.demoFirstName() + " " + region.code(), role.groupId());
                }
                regions.ensure(region.code(), region.name());
                for (Role role : Role.values()) {
                    regions.addMember(region.code(), region.userOf(role));
                }
            }
            ensureDemoUser(MONITORING_DEMO_USER, "Övervakning", ActuatorLogin.MONITORING_GROUP);
        }
    }

    private void grantRoles() {
        String owners = AgendaProcess.Groups.PROCESS_OWNERS;
        String officials = AgendaProcess.Groups.OFFICIALS;
        // A task's Camunda Form needs nothing more in Tasklist: the engine gives the task's candidate group READ
        // on it, and reads the deployed form on the strength of that.
        for (Role role : Role.values()) {
            grant(role.groupId(), Resources.APPLICATION, TASKLIST, ACCESS);
        }
        grant(owners, Resources.APPLICATION, COCKPIT, ACCESS);
        grant(owners, Resources.PROCESS_INSTANCE, ALL, CREATE);
        grant(owners, Resources.PROCESS_DEFINITION, AgendaProcess.KEY, CREATE_INSTANCE);
        // an owner may register an answer too, which correlates a message to the request as the owner
        grant(owners, Resources.PROCESS_DEFINITION, RequestRoundProcess.KEY, CREATE_INSTANCE, UPDATE_INSTANCE);
        // Cockpit: every process of the lifecycle (reminders and late answers too), its incidents and its open tasks
        // variables have permissions of their own (enforce-specific-variable-permission): reading them is granted
        // with the instances and their history; changing them (UPDATE_INSTANCE_VARIABLE) is no role's
        grant(owners, Resources.PROCESS_DEFINITION, ALL, READ, READ_INSTANCE, READ_HISTORY, READ_TASK,
                READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE);
        grant(officials, Resources.PROCESS_DEFINITION, AgendaProcess.KEY, READ, READ_HISTORY, READ_HISTORY_VARIABLE);
        grant(officials, Resources.PROCESS_DEFINITION, RequestRoundProcess.KEY, READ, READ_INSTANCE, UPDATE_INSTANCE,
                READ_HISTORY, READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE);
        grant(AgendaProcess.Groups.PRESIDIUM, Resources.PROCESS_DEFINITION, AgendaProcess.KEY, READ);
        grant(AgendaProcess.Groups.RSR_SECRETARIES, Resources.PROCESS_DEFINITION, AgendaProcess.KEY, READ);
    }

    private void ensureGroup(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
            Group group = identityService.newGroup(role.groupId());
            group.setName(role.groupName());
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
        }
    }

    /** Members read the actuator's endpoints (Prometheus, health details) and nothing else: no web app, no process. */
    private void ensureMonitoringGroup() {
        if (identityService.createGroupQuery().groupId(ActuatorLogin.MONITORING_GROUP).count() == 0) {
            Group group = identityService.newGroup(ActuatorLogin.MONITORING_GROUP);
            group.setName("Övervakning");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
    }

    private void ensureDemoUser(String id, String firstName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName("(demo)");
        user.setEmail(id + "@region.example");
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, groupId);
    }

    /** Adds the permissions to the group's grant on the resource, creating the grant if there is none. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(existing -> existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    created.setGroupId(groupId);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        boolean granted = authorization.getId() != null
                && List.of(permissions).stream().allMatch(authorization::isPermissionGranted);
        if (granted) {
            return;
        }
        List.of(permissions).forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
