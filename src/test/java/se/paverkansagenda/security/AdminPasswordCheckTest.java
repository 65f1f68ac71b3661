package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordCheckTest {

    @Test
    void anEmptyAdministratorPasswordStopsTheStartWithAClearMessage() {
        for (String empty : new String[] {"", "   "}) {
            MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordCheck.PROPERTY, empty);
            assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
                    .isInstanceOf(AdminPasswordCheck.AdminPasswordException.class)
                    .hasMessageContaining("PA_ADMIN_PASSWORD").hasMessageContaining("empty");
        }
        MockEnvironment unset = new MockEnvironment().withProperty(AdminPasswordCheck.PROPERTY, "${PA_ADMIN_PASSWORD}");
        assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(unset, new SpringApplication()))
                .hasMessageContaining("PA_ADMIN_PASSWORD");
    }

    @Test
    void aWeakAdministratorPasswordStopsTheStartNamingThePolicy() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordCheck.PROPERTY, "admin");

        assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("does not follow the password policy");
        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(
                new AdminPasswordCheck.AdminPasswordException("The administrator's password is empty"));
        assertThat(analysis.getAction()).contains("PA_ADMIN_PASSWORD", "at least 10 characters");
    }

    @Test
    void aPasswordThatFollowsThePolicyStarts() {
        MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordCheck.PROPERTY, "Ett-Starkt-Losen-9");

        assertThatCode(() -> new AdminPasswordCheck().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
