package se.paverkansagenda.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the engine's authentication filter logged in for this request. */
@Component
public class CurrentUser {

    public static final String ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    private final IdentityService identityService;
    private final EngineAsApplication asApplication;

    public CurrentUser(IdentityService identityService, EngineAsApplication asApplication) {
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    public String id() {
        return authentication().getUserId();
    }

    /** Refuses the request unless the user belongs to one of the groups (administrators always may). */
    public void requireAnyGroup(String... groups) {
        List<String> memberOf = authentication().getGroupIds() == null ? List.of() : authentication().getGroupIds();
        boolean allowed = memberOf.contains(ADMIN_GROUP) || Arrays.stream(groups).anyMatch(memberOf::contains);
        if (!allowed) {
            throw new ForbiddenException("Användaren " + id() + " får inte göra detta; det kräver någon av rollerna "
                    + String.join(", ", groups));
        }
    }

    /**
     * The regions (Camunda tenants, by region code) whose cycles the user works with: the tenants the user
     * is a member of, directly or through a group. Empty when the user may see every region: an
     * administrator, and the application itself when no user is logged in (jobs, the public answer pages,
     * start-up), as with Camunda's own tenant check.
     */
    public Optional<Set<String>> regions() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || (authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(ADMIN_GROUP))) {
            return Optional.empty();
        }
        return Optional.of(authentication.getTenantIds() == null ? Set.of() : Set.copyOf(authentication.getTenantIds()));
    }

    /** Whether the user may see the region's cycles (see {@link #regions()}). */
    public boolean maySee(String regionCode) {
        return regions().map(regions -> regions.contains(regionCode)).orElse(true);
    }

    /**
     * Whether the user works in the region, reading the tenant memberships afresh (a membership an
     * administrator just gave counts at once, and the rest of the request sees the region too).
     */
    public boolean worksIn(String regionCode) {
        if (maySee(regionCode)) {
            return true;
        }
        Authentication current = authentication();
        boolean member = asApplication.call(() -> identityService.createTenantQuery().tenantId(regionCode)
                .userMember(current.getUserId()).includingGroupsOfUser(true).count() > 0);
        if (member) {
            List<String> tenants = new ArrayList<>(current.getTenantIds() == null ? List.of() : current.getTenantIds());
            tenants.add(regionCode);
            identityService.setAuthentication(current.getUserId(), current.getGroupIds(), tenants);
        }
        return member;
    }

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new ForbiddenException("Ingen inloggad användare");
        }
        return authentication;
    }
}
