package se.paverkansagenda.benchmark.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare starter the application's start is measured against: Camunda's Spring Boot starter with its web
 * apps and REST API, Spring JDBC and the same database, deploying the same models and forms, and nothing
 * of the application. The benchmark starts it in a JVM of its own with a class path of the starters alone
 * and its settings in {@code bare-starter.yaml} ({@code --spring.config.name=bare-starter}); the engine's
 * REST API asks for a login (HTTP Basic), as the application's does.
 */
@SpringBootApplication
public class BareStarter {

    public static void main(String[] args) {
        SpringApplication.run(BareStarter.class, args);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestLogin() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> login =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        login.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        login.addUrlPatterns("/engine-rest/*");
        return login;
    }
}
