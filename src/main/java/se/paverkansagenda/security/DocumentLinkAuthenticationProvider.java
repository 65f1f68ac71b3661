package se.paverkansagenda.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * The application API's login: HTTP Basic, and for reading the pages and downloads the Camunda web
 * apps link to also the login of the web apps, so the links in Tasklist's forms and Cockpit's views
 * open for the official or process owner working there: stored documents, a cycle's timeline page
 * with its PDF, CSV and JSON, the agenda, workshop, traceability and round pages, the demo's mail viewer.
 * Only reading (GET, HEAD) takes the web apps' session: a page on another site can make a browser
 * fetch such a page but never read it, while every call that changes something (the pages' forms
 * included) still needs HTTP Basic, and the JSON calls of the API stay HTTP Basic only.
 */
public class DocumentLinkAuthenticationProvider implements AuthenticationProvider {

    private static final String KEY = "[A-Za-z0-9_-]+";

    /** The pages and downloads the web apps link to; nothing else of the API takes their session. */
    private static final Pattern LINKED_PAGE = Pattern.compile(String.join("|",
            "/api/documents/[0-9a-f-]{36}",
            "/api/cycles/" + KEY + "/(tidslinje|stages|stages\\.pdf|stages\\.csv)",
            "/api/cykel/" + KEY + "/(agenda|agenda/version/[0-9]+|agenda/jamfor|workshop|sparbarhet|uppfoljning|referensgrupper(/[0-9a-f-]{36})?)",
            "/api/omgang/" + KEY + "/" + KEY + "(/[^/]+(/bilagor/[^/]+)?)?",
            "/api/demo/mail(/[^/]+(/bilagor/[0-9]+)?)?"));

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult byBasic = basic.extractAuthenticatedUser(request, engine);
        if (byBasic.isAuthenticated() || !isLinkedPage(request)) {
            return byBasic;
        }
        HttpSession session = request.getSession(false);
        Authentication webappLogin = session == null ? null
                : AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
        return webappLogin == null ? byBasic : AuthenticationResult.successful(webappLogin.getIdentityId());
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
    }

    private static boolean isLinkedPage(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(method) || "HEAD".equals(method)) && LINKED_PAGE.matcher(path).matches();
    }
}
