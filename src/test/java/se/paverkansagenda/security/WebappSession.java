package se.paverkansagenda.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session with the Camunda web apps: logged in, with the CSRF token they require. */
final class WebappSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;

    private WebappSession(int port) {
        this.port = port;
    }

    static WebappSession login(int port, String user, String password) throws IOException, InterruptedException {
        WebappSession session = new WebappSession(port);
        session.fetchCsrfToken();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Web app login failed: " + login.statusCode() + " " + login.body());
        }
        session.fetchCsrfToken();
        return session;
    }

    /** The token belongs to the session, and logging in starts a new session: the apps fetch it on a page load. */
    private void fetchCsrfToken() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElse("");
        return http.send(request.header("X-XSRF-TOKEN", token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
