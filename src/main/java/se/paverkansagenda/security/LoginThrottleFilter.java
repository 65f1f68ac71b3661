package se.paverkansagenda.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After}, instead of 401, when a password was not checked because the
 * one who sent it must wait ({@link ThrottledIdentityProvider}); whichever route refused the login.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    static final String MESSAGE = "För många misslyckade inloggningar. Vänta och försök igen.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(throttled(status));
            }

            @Override
            public void sendError(int status) throws IOException {
                int answered = throttled(status);
                if (answered != status) {
                    super.sendError(answered, MESSAGE);
                } else {
                    super.sendError(status);
                }
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                int answered = throttled(status);
                super.sendError(answered, answered != status ? MESSAGE : message);
            }

            private int throttled(int status) {
                Object wait = request.getAttribute(ThrottledIdentityProvider.RETRY_AFTER);
                if (status != HttpServletResponse.SC_UNAUTHORIZED || wait == null) {
                    return status;
                }
                setHeader("Retry-After", wait.toString());
                return 429;
            }
        });
    }
}
