package se.paverkansagenda.form;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds {@link FormRuleViolationMapper} to the engine REST API at {@code /engine-rest}. The web apps'
 * own copy of the API, which Tasklist calls, is a separate JAX-RS application that this does not reach.
 */
@Component
public class FormRuleViolationMapperRegistration implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        config.register(FormRuleViolationMapper.class);
    }
}
