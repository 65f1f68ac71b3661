package se.paverkansagenda.security;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start before anything is created when the administrator's password
 * ({@code camunda.bpm.admin-user.password}, from {@code PA_ADMIN_PASSWORD}) is missing, empty or not
 * one the password policy takes: the administrator is never created with an empty password, and the
 * reason is said in plain words ({@link AdminPasswordFailureAnalyzer}).
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    static final String PROPERTY = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String password;
        try {
            password = environment.getProperty(PROPERTY);
        } catch (IllegalArgumentException unresolved) {
            password = null;
        }
        if (password == null || password.isBlank()) {
            throw new AdminPasswordException("The administrator's password is empty: PA_ADMIN_PASSWORD is not set "
                    + "or set to nothing.");
        }
        UserEntity admin = new UserEntity(environment.getProperty("camunda.bpm.admin-user.id", "admin"));
        admin.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name"));
        admin.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name"));
        admin.setEmail(environment.getProperty("camunda.bpm.admin-user.email"));
        List<String> broken = problems(password, admin);
        if (!broken.isEmpty()) {
            throw new AdminPasswordException("The administrator's password (PA_ADMIN_PASSWORD) does not follow the "
                    + "password policy: " + String.join(", ", broken) + ".");
        }
    }

    /** The rules of Camunda's default password policy the user's password breaks, by their names. */
    static List<String> problems(String password, User user) {
        return new DefaultPasswordPolicyImpl().getRules().stream().filter(rule -> !rule.execute(password, user))
                .map(PasswordPolicyRule::getPlaceholder).toList();
    }

    /** The start is refused for the administrator's password. */
    public static class AdminPasswordException extends IllegalStateException {
        AdminPasswordException(String message) {
            super(message);
        }
    }
}
