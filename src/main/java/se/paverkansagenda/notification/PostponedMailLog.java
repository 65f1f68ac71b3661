package se.paverkansagenda.notification;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A sending job that was postponed ({@link MailPostponedException}: the allowed sends under way, or the
 * circuit open) is no failure, but the engine logs every exception that ends a job's command as an
 * error with its stack trace (ENGINE-16004), and the job executor once more as a warning with it
 * (ENGINE-14006); with a slow mail server each waiting job did so every read timeout. Those are logged
 * as one line at INFO instead. Every other exception, a message that could
 * not be sent among them, is logged as the engine logs it.
 */
@Component
public class PostponedMailLog extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
    static final String JOB_EXECUTOR_LOGGER = "org.camunda.bpm.engine.jobexecutor";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(PostponedMailLog.class);

    public PostponedMailLog() {
        setName(PostponedMailLog.class.getName());
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(filter -> getName().equals(filter.getName()))) {
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        boolean commandFailed = level == Level.ERROR && logger != null && ENGINE_CONTEXT_LOGGER.equals(logger.getName());
        boolean jobFailed = level == Level.WARN && logger != null && JOB_EXECUTOR_LOGGER.equals(logger.getName());
        if (!commandFailed && !jobFailed) {
            return FilterReply.NEUTRAL;
        }
        MailPostponedException postponed = NotificationRetryPlugin.postponement(t);
        if (postponed == null && params != null) {
            for (Object param : params) {
                if (param instanceof Throwable thrown && postponed == null) {
                    postponed = NotificationRetryPlugin.postponement(thrown);
                }
            }
        }
        if (postponed == null) {
            return FilterReply.NEUTRAL;
        }
        if (commandFailed) {
            LOG.info("{}", postponed.getMessage());
        }
        return FilterReply.DENY;
    }
}
