package se.paverkansagenda.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses serialized Java objects as variable values, in the engine REST API and in the web apps' copy
 * of it, before they reach the engine: 400 with a short Swedish message. The engine refuses them too
 * (Java serialization is off), but as a 500 with a long error in the log for every attempt, which any
 * logged-in user could cause. The application's variables are ids, dates, texts and JSON.
 */
public class SerializedValueGuard extends OncePerRequestFilter {

    static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
    static final String MESSAGE = "Serialiserade Java-objekt tas inte emot som värden. Skicka text, tal, datum eller JSON.";
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return !WRITES.contains(request.getMethod())
                || !(type.contains("json") || type.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            Refusal.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Begäran är för stor.");
            return;
        }
        if (carriesJavaObject(body, request.getContentType().toLowerCase(Locale.ROOT).contains("json"))) {
            Refusal.send(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** Whether the body names Java serialization as a value's format, however it is written. */
    static boolean carriesJavaObject(byte[] body, boolean json) {
        String text = new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.contains(JAVA_SERIALIZED)) {
            return true;
        }
        if (!json) {
            return false;
        }
        try {
            return names(JSON.readTree(body));
        } catch (JsonProcessingException notJson) {
            return false; // the REST API answers a body that is no JSON itself, with 400
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean names(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return node.asText().toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZED);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            if (names(children.next())) {
                return true;
            }
        }
        return false;
    }
}
