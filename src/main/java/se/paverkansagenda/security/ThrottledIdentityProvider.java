package se.paverkansagenda.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The engine's users and groups in its database, with every password check of an HTTP request, on any
 * route (engine REST API, application API, web apps' login, actuator), throttled per user and client
 * address by {@link LoginThrottle}. While the one who failed must wait, its password is not checked at
 * all, and the request is marked so that the answer is 429 with {@code Retry-After}
 * ({@link LoginThrottleFilter}). Unlocking a user, in Camunda Admin or over the engine REST API, also
 * clears its throttle.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    /** Request attribute: the seconds the one who failed must wait, set when a password was not checked. */
    static final String RETRY_AFTER = ThrottledIdentityProvider.class.getName() + ".retryAfter";

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        Optional<HttpServletRequest> request = currentRequest();
        if (request.isEmpty() || userId == null) {
            return super.checkPassword(userId, password);
        }
        String address = request.get().getRemoteAddr();
        long wait = throttle.secondsToWait(userId, address);
        if (wait > 0) {
            request.get().setAttribute(RETRY_AFTER, wait);
            return false;
        }
        boolean right = super.checkPassword(userId, password);
        if (right) {
            throttle.succeeded(userId, address);
        } else {
            throttle.failed(userId, address);
        }
        return right;
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        throttle.clear(userId);
        return super.unlockUser(userId);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    /** Opens the provider for each command, as the engine's own factory does. */
    static final class Factory implements SessionFactory {

        private final LoginThrottle throttle;

        Factory(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle);
        }
    }
}
