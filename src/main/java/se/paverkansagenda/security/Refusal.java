package se.paverkansagenda.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A refused request as JSON, in the shape Camunda's REST API uses for its own errors. */
final class Refusal {

    private Refusal() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"RequestRefused\",\"message\":\"" + escaped + "\"}");
    }
}
