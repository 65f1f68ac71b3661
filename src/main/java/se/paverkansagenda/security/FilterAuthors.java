package se.paverkansagenda.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Who may store filters whose queries carry expressions: administrators only, since every user who
 * opens a stored filter has its expressions evaluated.
 */
final class FilterAuthors {

    /** Looked up per request: the filters are set up before the engine, which should not start early for them. */
    private final ObjectProvider<ProcessEngine> engine;

    FilterAuthors(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /**
     * Whether the request comes from an administrator: logged in to the engine REST API (its login
     * filter runs first) or, in the web apps, by the session's login.
     */
    boolean isAdministrator(HttpServletRequest request) {
        ProcessEngine processEngine = engine.getObject();
        Authentication restLogin = processEngine.getIdentityService().getCurrentAuthentication();
        if (restLogin != null) {
            return isAdministrator(restLogin.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        return AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(processEngine.getName()) instanceof UserAuthentication webappLogin
                && isAdministrator(webappLogin.getGroupIds());
    }

    private static boolean isAdministrator(List<String> groupIds) {
        return groupIds != null && groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
}
