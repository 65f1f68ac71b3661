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
 * The application API's login: HTTP Basic, and for reading one stored document also the login of the
 * Camunda web apps, so the document links in Tasklist's forms open for the official who is working
 * there. Only downloads take the web apps' session: a page on another site can make a browser fetch
 * a document but never read it, while every call that changes something still needs HTTP Basic.
 */
public class DocumentLinkAuthenticationProvider implements AuthenticationProvider {

    private static final Pattern DOCUMENT_DOWNLOAD = Pattern.compile("/api/documents/[0-9a-f-]{36}");

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult byBasic = basic.extractAuthenticatedUser(request, engine);
        if (byBasic.isAuthenticated() || !isDownload(request)) {
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

    private static boolean isDownload(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(method) || "HEAD".equals(method)) && DOCUMENT_DOWNLOAD.matcher(path).matches();
    }
}
