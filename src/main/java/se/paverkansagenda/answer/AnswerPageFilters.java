package se.paverkansagenda.answer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filters in front of the answer pages and the reference groups' link pages. */
@Configuration
public class AnswerPageFilters {

    /** After the character encoding is set, before anything reads the form. */
    @Bean
    public FilterRegistrationBean<AnswerBodyLimit> answerBodyLimit() {
        FilterRegistrationBean<AnswerBodyLimit> registration =
                new FilterRegistrationBean<>(new AnswerBodyLimit(AnswerPageController.MAX_BODY_BYTES));
        registration.addUrlPatterns("/svar/*", "/referensgrupp/*");
        registration.setOrder(0);
        return registration;
    }
}
