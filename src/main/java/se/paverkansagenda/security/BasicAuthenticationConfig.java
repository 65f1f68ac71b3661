package se.paverkansagenda.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API and the application's own API both need a Camunda login (HTTP Basic). The
 * filter also hands the user to the engine, so Camunda's authorizations apply to every call. In
 * front of everything, two guards close the weaknesses of 7.24 CE that get no more fixes.
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

    @Bean
    public FilterRegistrationBean<AdminSetupGuard> adminSetupGuard() {
        FilterRegistrationBean<AdminSetupGuard> registration = new FilterRegistrationBean<>(new AdminSetupGuard());
        registration.addUrlPatterns(AdminSetupGuard.PATH + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before the engine's and the web apps' authentication, so an attack is refused before anything else. */
    @Bean
    public FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard() {
        FilterRegistrationBean<QueryExpressionGuard> registration =
                new FilterRegistrationBean<>(new QueryExpressionGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
