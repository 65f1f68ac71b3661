package se.paverkansagenda.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API and the application's own API both need a Camunda login (HTTP Basic). The
 * filter also hands the user to the engine, so Camunda's authorizations apply to every call.
 */
@Configuration
public class BasicAuthenticationConfig {

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-authentication");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(10);
        return registration;
    }
}
