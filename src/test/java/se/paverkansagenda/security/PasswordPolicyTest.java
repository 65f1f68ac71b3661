package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;

/** Every password follows Camunda's password policy, whoever sets it and however. */
@IntegrationTest
class PasswordPolicyTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void anEmptyOrShortPasswordIsRefusedAndNoUserIsCreated() {
        User user = identityService.newUser("kortlosen");
        user.setFirstName("Kort");
        user.setLastName("Lösen");
        user.setPassword("a");
        assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class);

        HttpResponse<String> created = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).postJson(
                "/engine-rest/user/create",
                "{\"profile\": {\"id\": \"tomtlosen\", \"firstName\": \"Tomt\", \"lastName\": \"Lösen\"},"
                        + " \"credentials\": {\"password\": \"\"}}");

        assertThat(created.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(identityService.createUserQuery().userIdIn("kortlosen", "tomtlosen").count()).isZero();
    }

    @Test
    void aPasswordThatFollowsThePolicyIsTakenAndTheDemoUsersHaveSuch() {
        assertThat(AdminPasswordCheck.problems(ApiClient.DEMO_PASSWORD, identityService.createUserQuery()
                .userId("tjansteperson").singleResult())).isEmpty();
        assertThat(AdminPasswordCheck.problems(ApiClient.ADMIN_PASSWORD, identityService.createUserQuery()
                .userId("admin").singleResult())).isEmpty();
        assertThat(identityService.checkPassword("tjansteperson", ApiClient.DEMO_PASSWORD)).isTrue();
        assertThat(identityService.checkPassword("admin", ApiClient.ADMIN_PASSWORD)).isTrue();

        HttpResponse<String> created = ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).postJson(
                "/engine-rest/user/create",
                "{\"profile\": {\"id\": \"langtlosen\", \"firstName\": \"Långt\", \"lastName\": \"Lösen\"},"
                        + " \"credentials\": {\"password\": \"Ett-Langt-Losen-7\"}}");
        assertThat(created.statusCode()).isEqualTo(204);
        identityService.deleteUser("langtlosen");
    }
}
