package se.paverkansagenda.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda Admin's setup API for good. In 7.24 CE it creates an administrator whenever none
 * exists; this application always has one from its first start, so the API has nothing to do and
 * every call to it is refused.
 */
public class AdminSetupGuard extends OncePerRequestFilter {

    static final String PATH = "/camunda/api/admin/setup/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + PATH)) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Installationssidan är stängd: det finns redan en administratör.");
            return;
        }
        chain.doFilter(request, response);
    }
}
