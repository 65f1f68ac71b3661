package se.paverkansagenda.form;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Arrays;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps form-rule refusals out of the error log. The engine logs every failed command as an error with
 * its stack trace (ENGINE-16004), also a task completion a {@link FormRuleViolation} refused; that is
 * a person correcting a form, answered with 400 and the rule's message, not a fault for operators; the
 * same for a Java-serialized value the engine refused.
 * Every other command failure is logged as before.
 */
@Component
public class FormRuleRefusalLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    public FormRuleRefusalLogFilter() {
        setName(getClass().getSimpleName());
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getTurboFilterList().removeIf(filter -> getName().equals(filter.getName()));
        logging.addTurboFilter(this);
        start();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        return isFormRuleViolation(t) || (params != null && Arrays.stream(params)
                .anyMatch(param -> param instanceof Throwable thrown && isFormRuleViolation(thrown)))
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isFormRuleViolation(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormRuleViolation || SerializedJava.fromEngine(cause).isPresent()) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
