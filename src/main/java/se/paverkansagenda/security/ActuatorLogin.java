package se.paverkansagenda.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the actuator's endpoints, by the Camunda login (HTTP Basic). The health status,
 * {@value #HEALTH}, is open to everyone, so that load balancers can ask, and any login sent with it is
 * ignored; its components and details ({@value #HEALTH}{@code /komponenter}, or one component by name)
 * are shown to administrators, process owners and monitoring users, whose groups the filter hands on as
 * the request's roles ({@code management.endpoint.health.roles}). Every other endpoint, Prometheus's among them, needs an
 * administrator or a member of the {@value #MONITORING_GROUP} group: 401 without a valid login, 403
 * for other users.
 */
public class ActuatorLogin extends OncePerRequestFilter {

    public static final String MONITORING_GROUP = "monitoring";
    static final String HEALTH = "/actuator/health";

    private final ObjectProvider<IdentityService> identityService;

    public ActuatorLogin(ObjectProvider<IdentityService> identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(HEALTH)) {
            // the status needs no login, so a login sent with it is not even looked at
            chain.doFilter(request, response);
            return;
        }
        boolean health = path.startsWith(HEALTH + "/");
        String header = request.getHeader("Authorization");
        Optional<LoggedIn> user = header == null ? Optional.empty() : login(header);
        if (header != null && user.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Fel användarnamn eller lösenord");
            return;
        }
        if (!health && user.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Inloggning krävs");
            return;
        }
        if (!health && !user.get().mayMonitor()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Användaren " + user.get().id()
                    + " får inte läsa driftdata; det kräver gruppen " + MONITORING_GROUP + " eller administratör");
            return;
        }
        chain.doFilter(user.<HttpServletRequest>map(loggedIn -> new AsUser(request, loggedIn)).orElse(request), response);
    }

    private Optional<LoggedIn> login(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = credentials.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String id = credentials.substring(0, colon);
        IdentityService identities = identityService.getObject();
        if (!identities.checkPassword(id, credentials.substring(colon + 1))) {
            return Optional.empty();
        }
        List<String> groups = identities.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
        return Optional.of(new LoggedIn(id, groups));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Påverkansagenda drift\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }

    private record LoggedIn(String id, List<String> groups) implements Principal {

        boolean mayMonitor() {
            return groups.contains(CurrentUser.ADMIN_GROUP) || groups.contains(MONITORING_GROUP);
        }

        @Override
        public String getName() {
            return id;
        }
    }

    /** The request as the logged-in user's, with the user's Camunda groups as roles. */
    private static final class AsUser extends HttpServletRequestWrapper {

        private final LoggedIn user;

        AsUser(HttpServletRequest request, LoggedIn user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public String getRemoteUser() {
            return user.id();
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.groups().contains(role);
        }
    }
}
