package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;

/**
 * Camunda Admin's setup API, which in 7.24 CE can create an administrator, is refused for every
 * method and every spelling of its path, and creates no one.
 */
@IntegrationTest
class AdminSetupGuardTest {

    private static final String INTRUDER = "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"I\", "
            + "\"lastName\": \"I\", \"email\": \"i@intruder.example\"}, "
            + "\"credentials\": {\"password\": \"intruder1234\"}}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.id}")
    String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    IdentityService identityService;

    @ParameterizedTest
    @CsvSource({
            "POST, /camunda/api/admin/setup/default/user/create",
            "PUT, /camunda/api/admin/setup/default/user/create",
            "GET, /camunda/api/admin/setup/default/user/create",
            "POST, /camunda/api/admin/setup",
            "POST, /camunda/api/admin/setup/",
            "POST, /camunda/api/admin/%73etup/default/user/create",
            "POST, /camunda/api/admin/setup;jsessionid=x/default/user/create",
            "POST, /camunda/api/admin/./setup/default/user/create",
            "POST, /camunda/api/admin//setup/default/user/create",
            "POST, /camunda/api/admin/auth/../setup/default/user/create",
    })
    void everyRequestToTheSetupApiIsRefusedAndCreatesNoUser(String method, String path) throws Exception {
        long users = identityService.createUserQuery().count();

        HttpResponse<String> attempt = send(method, path);

        assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(403);
        assertThat(attempt.body()).contains("Installationssidan är stängd");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }

    @Test
    void theRestOfAdminStillWorksForTheAdministrator() {
        assertThat(WebappSession.tryLogin(port, "admin", adminId, adminPassword).statusCode()).isEqualTo(200);
        assertThat(ApiClient.as(adminId, adminPassword, port).get("/engine-rest/user/" + adminId + "/profile")
                .statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = "GET".equals(method)
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(INTRUDER);
        return HTTP.send(HttpRequest.newBuilder(ApiClient.anonymous(port).uri(path))
                        .header("Content-Type", "application/json").method(method, body).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
