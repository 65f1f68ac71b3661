package se.paverkansagenda.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import se.paverkansagenda.process.AgendaProcess.Groups;
import se.paverkansagenda.security.CurrentUser;

/**
 * Who may use the officials' pages of the workshop, the agenda and the trace, and what a form post
 * must carry: the form's content type, a bounded size and the action token only the application's
 * own pages have, so that another site cannot make a logged-in browser act.
 */
@Component
public class PageGuard {

    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    private final ActionTokens actionTokens;
    private final CurrentUser user;

    public PageGuard(ActionTokens actionTokens, CurrentUser user) {
        this.actionTokens = actionTokens;
        this.user = user;
    }

    /** Officials and process owners; anyone else gets 403. */
    public String allowed() {
        user.requireAnyGroup(Groups.OFFICIALS, Groups.PROCESS_OWNERS);
        return user.id();
    }

    public String actionToken() {
        return actionTokens.issue(user.id());
    }

    /** Refuses a post that did not come from one of the application's own forms; the user's id. */
    public String posted(String actionToken, HttpServletRequest http) {
        return posted(actionToken, http, FormBodies.isFields(http.getContentType()));
    }

    /** As {@link #posted(String, HttpServletRequest)}, for a form that may carry a file. */
    public String postedWithFile(String actionToken, HttpServletRequest http) {
        return posted(actionToken, http, FormBodies.isFieldsOrFiles(http.getContentType()));
    }

    private String posted(String actionToken, HttpServletRequest http, boolean aForm) {
        String userId = allowed();
        if (!aForm) {
            throw new PageProblem(415, "Fel sorts innehåll", "Ändringen ska skickas från formuläret på sidan. "
                    + "Inget har ändrats.");
        }
        if (http.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new PageProblem(413, "För stort", "Innehållet får vara högst " + MAX_BODY_BYTES / 1024
                    + " kB. Inget har ändrats.");
        }
        if (!actionTokens.valid(userId, actionToken)) {
            throw new PageProblem(403, "Sidan är för gammal", "Ändringen kom inte från en aktuell sida i "
                    + "applikationen. Ladda om sidan och försök igen. Inget har ändrats.");
        }
        return userId;
    }

}
