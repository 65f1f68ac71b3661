package se.paverkansagenda.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached (restarted, failed over, the network between), a page or call of
 * the application that needed it is answered 503 with Retry-After and a Swedish text saying that
 * nothing was stored, never 500: an HTML page for browsers, a problem response for the API. Only
 * failures to reach the database count (no connection could be opened, or the one in use was closed
 * by the server); a pool whose connections are all in use while the database answers is another
 * matter, which the answer pages tell as many answering at once.
 */
@Component
public class DatabaseAway implements HandlerExceptionResolver, Ordered {

    static final int RETRY_AFTER_SECONDS = 30;
    static final String TITLE = "Tjänsten är tillfälligt otillgänglig";
    static final String MESSAGE = "Databasen går inte att nå just nu, så inget av det du skickade har sparats. "
            + "Gå tillbaka i webbläsaren, där det du skrev finns kvar, och försök igen om en minut.";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAway.class);
    /** Where Hikari's pooled connection, once closed, throws "Connection is closed" from. */
    private static final String CLOSED_POOL_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!isCause(e) || response.isCommitted()) {
            return null;
        }
        LOG.warn("Databasen gick inte att nå för {} {}: svarar 503 ({})", request.getMethod(), request.getRequestURI(), rootMessage(e));
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                response.getWriter().write("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"><title>" + TITLE
                        + "</title></head><body><h1>" + TITLE + "</h1><p role=\"alert\">" + HtmlUtils.htmlEscape(MESSAGE)
                        + "</p></body></html>");
            } else {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + TITLE + "\",\"status\":503,\"detail\":\""
                        + MESSAGE + "\"}");
            }
        } catch (IOException gone) {
            // the client went away; nothing to answer
        }
        return new ModelAndView();
    }

    /** Whether the failure is that the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not yet accepting
                return true;
            }
            if (cause instanceof SQLException && closedByThePool(cause)) {
                // the pool closes a connection that failed with one of the states above; a commit that failed so
                // is then rolled back on the closed connection, and that failure, without a state, is thrown
                return true;
            }
        }
        return false;
    }

    private static boolean closedByThePool(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(CLOSED_POOL_CONNECTION);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
