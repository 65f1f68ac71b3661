package se.paverkansagenda.answer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import se.paverkansagenda.security.BufferedBodyRequest;

/**
 * Holds the answer page's size limit for a form sent in any way, with a {@code Content-Length} or in
 * chunks without one. The servlet container parses such a form itself and, beyond its own limit,
 * silently drops every field, which would read as an empty draft; here the body is read up to the
 * limit first and parsed from what was read, and a body beyond it reaches the page marked as too
 * large, with no fields, so nothing is saved. Multipart bodies are held by the upload limits
 * ({@code spring.servlet.multipart.*}), which the container applies while it reads them.
 */
public class AnswerBodyLimit extends OncePerRequestFilter {

    /** Request attribute set on a body the page must refuse: {@link Refusal}. */
    public static final String REFUSAL = AnswerBodyLimit.class.getName() + ".refusal";

    public enum Refusal { TOO_LARGE, UNREADABLE }

    private final long limit;

    AnswerBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !isUrlEncoded(request.getContentType());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, chain, Refusal.TOO_LARGE);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            refuse(request, response, chain, Refusal.TOO_LARGE);
            return;
        }
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        try {
            addForm(parameters, new String(body, charsetOf(request)), charsetOf(request));
        } catch (IllegalArgumentException malformed) {
            refuse(request, response, chain, Refusal.UNREADABLE);
            return;
        }
        chain.doFilter(new FormRequest(request, body, parameters), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                               Refusal refusal) throws ServletException, IOException {
        request.setAttribute(REFUSAL, refusal);
        // the query string's fields only: the body's are not taken
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            try {
                addForm(parameters, request.getQueryString(), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ignored) {
                // nothing taken from a malformed query either
            }
        }
        chain.doFilter(new FormRequest(request, new byte[0], parameters), response);
    }

    /** The body, or null when it is longer than the limit. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void addForm(Map<String, String[]> parameters, String form, Charset charset) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        fields.forEach((name, values) -> {
            String[] earlier = parameters.get(name);
            List<String> all = new ArrayList<>();
            if (earlier != null) {
                Collections.addAll(all, earlier);
            }
            all.addAll(values);
            parameters.put(name, all.toArray(String[]::new));
        });
    }

    /** A form's name or value decoded: percent escapes are bytes in the charset. */
    private static String decode(String encoded, Charset charset) {
        return URLDecoder.decode(encoded, charset);
    }

    private static Charset charsetOf(HttpServletRequest request) {
        return BufferedBodyRequest.charsetOf(request);
    }

    private static boolean isUrlEncoded(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with the body as read here and the fields parsed from it. */
    private static final class FormRequest extends BufferedBodyRequest {

        private final Map<String, String[]> parameters;

        FormRequest(HttpServletRequest request, byte[] body, Map<String, String[]> parameters) {
            super(request, body);
            this.parameters = Collections.unmodifiableMap(parameters);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
