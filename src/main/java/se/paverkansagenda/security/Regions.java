package se.paverkansagenda.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * The regions as Camunda tenants: the tenant's id is the region's code ({@code JH}), its name the region's
 * name. A user sees a region's cycles, tasks and history as a member of its tenant (Camunda Admin, Tenants),
 * directly or through a group; see {@link CurrentUser#regions()}.
 */
@Component
public class Regions {

    private final IdentityService identityService;
    private final EngineAsApplication asApplication;

    public Regions(IdentityService identityService, EngineAsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    /** Makes the region a tenant if it is not one yet; a tenant an administrator renamed keeps its name. */
    public void ensure(String code, String name) {
        asApplication.call(() -> {
            if (identityService.createTenantQuery().tenantId(code).count() == 0) {
                Tenant tenant = identityService.newTenant(code);
                tenant.setName(name);
                identityService.saveTenant(tenant);
            }
            return null;
        });
    }

    /** Makes the user a member of the region's tenant, unless already one. */
    public void addMember(String code, String userId) {
        asApplication.call(() -> {
            if (identityService.createTenantQuery().tenantId(code).userMember(userId).count() == 0) {
                identityService.createTenantUserMembership(code, userId);
            }
            return null;
        });
    }
}
