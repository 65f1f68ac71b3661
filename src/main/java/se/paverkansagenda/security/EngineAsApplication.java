package se.paverkansagenda.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs the engine work that follows from an action the application has already allowed (an official
 * extending a deadline, an answer registered after its request closed) as the application itself,
 * not as the logged-in user, whose Camunda rights cover the tasks of their role only.
 */
@Component
public class EngineAsApplication {

    private final IdentityService identityService;

    public EngineAsApplication(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }
}
