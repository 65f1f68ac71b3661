package se.paverkansagenda.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task queries that carry expressions, in the engine REST API and in the web apps' copy of
 * it. Camunda 7.24 CE evaluates expressions such as {@code assigneeExpression} nested in
 * {@code orQueries} even with ad-hoc expressions turned off, which lets any logged-in user run code.
 * Stored filters keep their expressions ({@code ${currentUser()}}), so only administrators may
 * store a filter whose query has any.
 */
public class QueryExpressionGuard extends OncePerRequestFilter {

    /** Endpoints whose JSON body is a task query: the task list and count, a filter's results. */
    private static final Pattern TASK_QUERY = Pattern.compile(
            ".*/(task|task/count|filter/[^/]+/(list|count|singleResult))/?");
    /** Endpoints whose JSON body is a filter to store, with its query. */
    private static final Pattern FILTER = Pattern.compile(".*/filter/[^/]+/?");
    private static final int MAX_BODY_BYTES = 1_000_000;

    private final FilterAuthors filterAuthors;

    QueryExpressionGuard(FilterAuthors filterAuthors) {
        this.filterAuthors = filterAuthors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> parameter;
        try {
            parameter = ExpressionFields.inQueryString(request.getQueryString());
        } catch (IllegalArgumentException malformed) {
            Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "Frågesträngen är felaktigt kodad.");
            return;
        }
        if (parameter.isPresent()) {
            refuseQuery(response, parameter.get());
            return;
        }
        // whatever the method: the bodies of these paths are read, not trusting the REST API to ignore one
        String path = path(request);
        boolean query = TASK_QUERY.matcher(path).matches();
        if (!query && !FILTER.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Frågan är för stor.");
            return;
        }
        Optional<String> field;
        try {
            field = ExpressionFields.inJson(body);
        } catch (IOException notJson) {
            // what cannot be read here is not let through to a reader that might be more lenient
            Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "Frågan är ingen giltig JSON.");
            return;
        }
        if (field.isPresent() && query) {
            refuseQuery(response, field.get());
        } else if (field.isPresent() && !filterAuthors.isAdministrator(request)) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Bara administratörer får spara filter vars fråga har uttryck (" + field.get() + ").");
        } else {
            chain.doFilter(new BufferedBodyRequest(request, body), response);
        }
    }

    /**
     * The path as the servlet container matched it: decoded, normalised and without path
     * parameters, the way the REST API's resources see it (the raw request URI is none of these).
     */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    }

    private static void refuseQuery(HttpServletResponse response, String field) throws IOException {
        Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST,
                "Uttryck är inte tillåtna i uppgiftsfrågor (" + field + ").");
    }
}
