package se.paverkansagenda.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LoginThrottle} in front of every password check and turns off the engine's own login
 * throttling, which counts failures per user alone: with it, anyone could make any user wait, and ten
 * failures locked a user for good. ({@code login-max-attempts} and {@code login-delay-base} in
 * {@code application.yaml} say the same, for whoever reads the configuration.)
 */
@Component
public class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    public LoginThrottlePlugin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle));
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
    }
}
