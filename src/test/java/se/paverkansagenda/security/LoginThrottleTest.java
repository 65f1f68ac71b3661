package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;

/**
 * Failed logins slow down only the one who fails (that user from that client address), on every route,
 * never keep the right password out for others and never lock anyone for good.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PROFILE = "/engine-rest/user/admin/profile";

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() {
        throttle.clear("admin");
        throttle.clear("tjansteperson");
    }

    @Test
    void fiftyWrongPasswordsForAdminFromOneAddressLeaveTheRightOneFromAnotherAddressWorkingAtOnce() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 50; i++) {
            last = admin("fel-" + i).from("203.0.113.10").get(PROFILE);
            assertThat(last.statusCode()).isIn(401, 429);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, LoginThrottle.MAX_WAIT.toSeconds());

        assertThat(admin(ApiClient.ADMIN_PASSWORD).from("203.0.113.11").get(PROFILE).statusCode()).isEqualTo(200);
        assertThat(WebappSession.tryLogin(port, "admin", "admin", ApiClient.ADMIN_PASSWORD, Map.of("X-Forwarded-For", "203.0.113.12"))
                .statusCode()).as("the web apps' login").isEqualTo(200);
        assertThat(admin(ApiClient.ADMIN_PASSWORD).from("203.0.113.10").get(PROFILE).statusCode())
                .as("the one who failed waits, even with the right password").isEqualTo(429);
    }

    @Test
    void theWebAppsLoginAndTheApplicationApiAreSlowedDownTheSameWay() {
        Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.20");
        HttpResponse<String> login = null;
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            login = WebappSession.tryLogin(port, "tasklist", "tjansteperson", "fel", from);
        }
        login = WebappSession.tryLogin(port, "tasklist", "tjansteperson", "fel", from);
        assertThat(login.statusCode()).isEqualTo(429);
        assertThat(login.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiClient.as("tjansteperson", port).from("203.0.113.20").get("/api/plans/default").statusCode())
                .isEqualTo(429);
        assertThat(ApiClient.as("tjansteperson", port).from("203.0.113.21").get("/api/plans/default").statusCode())
                .isEqualTo(200);
    }

    @Test
    void manyFailuresFromManyAddressesNeverLockAUser() {
        for (int i = 0; i < 15; i++) {
            assertThat(admin("fel").from("198.51.100." + (10 + i)).get(PROFILE).statusCode()).isEqualTo(401);
        }

        assertThat(admin(ApiClient.ADMIN_PASSWORD).from("198.51.100.99").get(PROFILE).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorUnlockingAUserClearsItsWait() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES + 1; i++) {
            ApiClient.as("tjansteperson", "fel", port).from("203.0.113.30").get("/api/plans/default");
        }
        assertThat(ApiClient.as("tjansteperson", port).from("203.0.113.30").get("/api/plans/default").statusCode())
                .isEqualTo(429);

        assertThat(admin(ApiClient.ADMIN_PASSWORD).from("203.0.113.31").post("/engine-rest/user/tjansteperson/unlock",
                "application/json", "").statusCode()).isEqualTo(204);

        assertThat(ApiClient.as("tjansteperson", port).from("203.0.113.30").get("/api/plans/default").statusCode())
                .isEqualTo(200);
    }

    private ApiClient admin(String password) {
        return ApiClient.as("admin", password, port);
    }
}
