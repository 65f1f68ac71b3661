package se.paverkansagenda.security;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API and the application's own API both need a Camunda login (HTTP Basic; document
 * pages and downloads the web apps link to also take the web apps' login, see
 * {@link DocumentLinkAuthenticationProvider}). The
 * filter also hands the user to the engine, so Camunda's authorizations apply to every call. Two
 * guards close the weaknesses of 7.24 CE that get no more fixes. The web apps' own filters come
 * after all of these.
 */
@Configuration
public class BasicAuthenticationConfig {

    private static final int LOGIN_ORDER = 10;

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineAuthenticationFilter() {
        return login("engine-authentication", HttpBasicAuthenticationProvider.class, "/engine-rest/*");
    }

    /** The application API: HTTP Basic, and the web apps' login for the pages and downloads they link to. */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
        return login("api-authentication", DocumentLinkAuthenticationProvider.class, "/api/*");
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> login(
            String name, Class<? extends AuthenticationProvider> provider, String urlPattern) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                provider.getName()));
        registration.addUrlPatterns(urlPattern);
        registration.setOrder(LOGIN_ORDER);
        return registration;
    }

    /** First of all, for every way a request can reach the setup API. */
    @Bean
    public FilterRegistrationBean<AdminSetupGuard> adminSetupGuard() {
        FilterRegistrationBean<AdminSetupGuard> registration = new FilterRegistrationBean<>(new AdminSetupGuard());
        registration.addUrlPatterns(AdminSetupGuard.PATH);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD,
                DispatcherType.INCLUDE, DispatcherType.ASYNC));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Around every login: a password not checked because its sender must wait is answered with 429. */
    @Bean
    public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter() {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The actuator's endpoints: health status for everyone, the rest for administrators and monitoring users. */
    @Bean
    public FilterRegistrationBean<ActuatorLogin> actuatorLogin(ObjectProvider<IdentityService> identityService) {
        FilterRegistrationBean<ActuatorLogin> registration = new FilterRegistrationBean<>(new ActuatorLogin(identityService));
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(LOGIN_ORDER);
        return registration;
    }

    /** Before any login: nobody starts a process over the REST APIs. */
    @Bean
    public FilterRegistrationBean<ProcessStartGuard> processStartGuard() {
        FilterRegistrationBean<ProcessStartGuard> registration = new FilterRegistrationBean<>(new ProcessStartGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD,
                DispatcherType.INCLUDE, DispatcherType.ASYNC));
        registration.setOrder(LOGIN_ORDER - 1);
        return registration;
    }

    /** After the logins: a serialized Java value gets 400 before it reaches the engine. */
    @Bean
    public FilterRegistrationBean<SerializedValueGuard> serializedValueGuard() {
        FilterRegistrationBean<SerializedValueGuard> registration = new FilterRegistrationBean<>(new SerializedValueGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(LOGIN_ORDER + 2);
        return registration;
    }

    /** After the engine REST API's login, which tells it who stores a filter. */
    @Bean
    public FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(ObjectProvider<ProcessEngine> engine) {
        FilterRegistrationBean<QueryExpressionGuard> registration =
                new FilterRegistrationBean<>(new QueryExpressionGuard(new FilterAuthors(engine)));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(LOGIN_ORDER + 1);
        return registration;
    }
}
