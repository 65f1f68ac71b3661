package se.paverkansagenda.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No process is started over the engine REST API or the web apps' copy of it (Tasklist's "Start
 * process", Cockpit), by anyone: a cycle starts only through {@code POST /api/cycles}, which checks
 * its plan, and its input and consultation requests, reminders and late answers are started by the
 * application as the cycle runs. Refuses starting by key or by id, with or without a tenant, through
 * {@code start} or {@code submit-form}, and restarting finished instances.
 */
public class ProcessStartGuard extends OncePerRequestFilter {

    static final Pattern START = Pattern.compile(".*/process-definition/.+/(start|submit-form|restart|restart-async)/?");
    static final String MESSAGE = "Processer startas inte här: en cykel startas med POST /api/cycles, där planen "
            + "kontrolleras, och förfrågningar, påminnelser och sena svar startar programmet självt när cykeln går.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        if ("POST".equalsIgnoreCase(request.getMethod()) && START.matcher(path).matches()) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
