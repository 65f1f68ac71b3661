package se.paverkansagenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running application over HTTP as one of the demo users (their password is {@link #DEMO_PASSWORD}), or anonymously. */
public final class ApiClient {

    /** The demo users' password, as the application sets it. */
    public static final String DEMO_PASSWORD = "Demo-Losen-2026";
    /** The administrator's password in the demo and the tests (PA_ADMIN_PASSWORD's default). */
    public static final String ADMIN_PASSWORD = "Demo-Styr-2026";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String user;
    private final String password;
    private final java.util.Map<String, String> headers;

    private ApiClient(int port, String user, String password) {
        this(port, user, password, java.util.Map.of());
    }

    private ApiClient(int port, String user, String password, java.util.Map<String, String> headers) {
        this.port = port;
        this.user = user;
        this.password = password;
        this.headers = headers;
    }

    /** The same client with a header sent on every request. */
    public ApiClient withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(port, user, password, more);
    }

    /** The same client as if it came from the address, through the trusted proxy on loopback. */
    public ApiClient from(String clientAddress) {
        return withHeader("X-Forwarded-For", clientAddress);
    }

    public static ApiClient as(String demoUser, int port) {
        return new ApiClient(port, demoUser, DEMO_PASSWORD);
    }

    public static ApiClient as(String user, String password, int port) {
        return new ApiClient(port, user, password);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null, null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST whose body is sent in chunks, without a Content-Length. */
    public HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    /** A GET whose answer is kept as bytes, for downloads. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        headers.forEach(request::header);
        if (user != null) {
            String credentials = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
