package se.paverkansagenda.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the engine's authentication filter logged in for this request. */
@Component
public class CurrentUser {

    public static final String ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    private final IdentityService identityService;

    public CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
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

    private Authentication authentication() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new ForbiddenException("Ingen inloggad användare");
        }
        return authentication;
    }
}
