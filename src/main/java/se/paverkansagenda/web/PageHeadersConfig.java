package se.paverkansagenda.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The security headers on the application's own pages, whatever answers them (a page, a refusal, a login's 401). */
@Configuration
public class PageHeadersConfig {

    @Bean
    public FilterRegistrationBean<PageHeaders> pageHeaders() {
        FilterRegistrationBean<PageHeaders> registration = new FilterRegistrationBean<>(new PageHeaders());
        registration.addUrlPatterns(PageHeaders.ANSWER_LINKS + "*", PageHeaders.REFERENCE_GROUP_LINKS + "*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
