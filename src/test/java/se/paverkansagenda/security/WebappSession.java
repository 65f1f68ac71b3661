package se.paverkansagenda.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session with the Camunda web apps: logged in, with the CSRF token they require. */
public final class WebappSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;
    private final java.util.Map<String, String> headers;

    private WebappSession(int port) {
        this(port, java.util.Map.of());
    }

    private WebappSession(int port, java.util.Map<String, String> headers) {
        this.port = port;
        this.headers = headers;
    }

    /** The answer to a login sent with the given headers, such as a proxy's {@code X-Forwarded-For}. */
    static HttpResponse<String> tryLogin(int port, String app, String user, String password,
                                         java.util.Map<String, String> headers) {
        return new WebappSession(port, headers).logIn(app, user, password);
    }

    /** A browser that has not logged in. */
    public static WebappSession anonymous(int port) {
        return new WebappSession(port);
    }

    /** Logged in to Tasklist; fails unless the login succeeds. */
    public static WebappSession login(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        HttpResponse<String> login = session.logIn("tasklist", user, password);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Web app login failed: " + login.statusCode() + " " + login.body());
        }
        return session;
    }

    /** The answer to a login to one of the web apps ({@code tasklist}, {@code cockpit}, {@code admin}). */
    static HttpResponse<String> tryLogin(int port, String app, String user, String password) {
        return new WebappSession(port).logIn(app, user, password);
    }

    private HttpResponse<String> logIn(String app, String user, String password) {
        fetchCsrfToken();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        fetchCsrfToken();
        return login;
    }

    /** The token belongs to the session, and logging in starts a new session: the apps fetch it on a page load. */
    private void fetchCsrfToken() {
        send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElse("");
        headers.forEach(request::header);
        try {
            return http.send(request.header("X-XSRF-TOKEN", token).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
