package se.paverkansagenda.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task queries that carry expressions, from the engine REST API and from the web apps' copy
 * of it. Camunda 7.24 CE evaluates expressions such as {@code assigneeExpression} nested in
 * {@code orQueries} even with ad-hoc expressions turned off, which lets any logged-in user run code.
 * Stored filters keep their expressions: only administrators may create or change filters.
 */
public class QueryExpressionGuard extends OncePerRequestFilter {

    /** Query endpoints whose JSON body is a task query: task list and count, a filter's results. */
    private static final Pattern QUERY_PATH = Pattern.compile(
            ".*/(task|task/count|history/task|history/task/count|filter/[^/]+/(list|count|singleResult))/?$");
    private static final int MAX_QUERY_BYTES = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String parameter = expressionParameterIn(request.getQueryString());
        if (parameter != null) {
            refuse(response, parameter);
            return;
        }
        if (!"POST".equals(request.getMethod()) || !QUERY_PATH.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
        if (body.length > MAX_QUERY_BYTES) {
            Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Frågan är för stor.");
            return;
        }
        String field = expressionFieldIn(body);
        if (field != null) {
            refuse(response, field);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    /** Reads the query string itself: asking the request for its parameters would consume a form body. */
    private static String expressionParameterIn(String queryString) {
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (isExpressionField(name)) {
                return name;
            }
        }
        return null;
    }

    private static String expressionFieldIn(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return expressionFieldIn(JSON.readTree(body));
        } catch (IOException notJson) {
            return null; // the REST API itself answers malformed JSON with 400
        }
    }

    private static String expressionFieldIn(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String nested = isExpressionField(name) ? name : expressionFieldIn(node.get(name));
                if (nested != null) {
                    return nested;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String nested = expressionFieldIn(element);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static boolean isExpressionField(String name) {
        return name.endsWith("Expression");
    }

    private static void refuse(HttpServletResponse response, String field) throws IOException {
        Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST,
                "Uttryck är inte tillåtna i uppgiftsfrågor (" + field + ").");
    }

    /** The request with its body, already read once, to read again. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    StandardCharsets.UTF_8));
        }
    }
}
