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
 * {@code start} or {@code submit-form}, and restarting finished instances. Messages and signals are
 * refused the same way: correlating a request's answer message over the REST API would end its
 * process without the answer being recorded.
 */
public class ProcessStartGuard extends OncePerRequestFilter {

    static final Pattern START = Pattern.compile(".*/process-definition/.+/(start|submit-form|restart|restart-async)/?");
    /** Messages and signals, which only the application sends: an answer is registered through its page or API. */
    static final Pattern MESSAGE_OR_SIGNAL = Pattern.compile(
            ".*/(message|message/async|signal|execution/[^/]+/signal|execution/[^/]+/messageSubscriptions/[^/]+/trigger)/?");
    static final String MESSAGE_REFUSED = "Meddelanden och signaler skickas bara av programmet: ett svar registreras "
            + "på omgångens sida eller med programmets API, som också för in det i förfrågan.";
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
        if ("POST".equalsIgnoreCase(request.getMethod()) && MESSAGE_OR_SIGNAL.matcher(path).matches()) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE_REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }
}
