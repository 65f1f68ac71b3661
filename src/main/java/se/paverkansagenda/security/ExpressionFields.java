package se.paverkansagenda.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the fields of a task query that the engine would evaluate as expressions: every name ending
 * in {@code Expression} ({@code assigneeExpression}, {@code candidateGroupsExpression},
 * {@code dueBeforeExpression}, ...), wherever it is nested. Names are compared ignoring case, so no
 * spelling the JSON reader might accept slips through.
 */
final class ExpressionFields {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String SUFFIX = "expression";

    private ExpressionFields() {
    }

    /**
     * The first such parameter of a query string. Read from the raw string: asking the request for
     * its parameters would consume a form body.
     *
     * @throws IllegalArgumentException if a name is not properly percent-encoded
     */
    static Optional<String> inQueryString(String queryString) {
        if (queryString == null) {
            return Optional.empty();
        }
        for (String pair : queryString.split("[&;]")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (isExpression(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The first such field anywhere in a JSON body. Every field name is looked at as it is read, so
     * repeated names and escaped characters ({@code \u0045xpression}) cannot hide one.
     *
     * @throws IOException if the body is not JSON
     */
    static Optional<String> inJson(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isExpression(parser.currentName())) {
                    return Optional.of(parser.currentName());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isExpression(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }
}
