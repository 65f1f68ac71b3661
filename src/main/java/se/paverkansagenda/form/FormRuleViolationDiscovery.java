package se.paverkansagenda.form;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Adds {@link FormRuleViolationMapper} and {@link EngineFormRuleViolationMapper} to every JAX-RS application in the application: the engine
 * REST API at {@code /engine-rest} and the web apps' own copy of it, which Tasklist calls. Listed in
 * {@code META-INF/services} so that Jersey finds it for both.
 */
public class FormRuleViolationDiscovery implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(FormRuleViolationMapper.class)) {
            context.register(FormRuleViolationMapper.class);
        }
        if (!context.getConfiguration().isRegistered(EngineFormRuleViolationMapper.class)) {
            context.register(EngineFormRuleViolationMapper.class);
        }
    }
}
