package se.paverkansagenda.notification;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.springframework.stereotype.Component;

/**
 * A job that failed because the mail server refused, failed or did not answer waits before each retry
 * as {@code paverkansagenda.mail.retry-cycle} says (e.g. 1, 5 and 15 minutes, 1 and 4 hours), and
 * after the last one raises an incident with the failure's message. The wait keeps a dead mail server
 * from keeping the job executor busy. Elements with a retry cycle of their own keep it; jobs that fail
 * for other reasons keep the engine's usual strategy. A job whose message was not even tried, because
 * the allowed number of sends was under way or the circuit was open ({@link MailPostponedException}),
 * waits as long as that says and keeps its retries.
 */
@Component
public class NotificationRetryPlugin extends AbstractProcessEnginePlugin {

    private final String retryCycle;

    public NotificationRetryPlugin(MailSettings settings) {
        this.retryCycle = settings.retryCycle();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory(new RetryCommands(retryCycle));
    }

    static boolean causedByNotification(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotificationFailedException) {
                return true;
            }
        }
        return false;
    }

    static MailPostponedException postponement(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MailPostponedException postponed) {
                return postponed;
            }
        }
        return null;
    }

    private record RetryCommands(String retryCycle) implements FailedJobCommandFactory {
        @Override
        public Command<Object> getCommand(String jobId, Throwable exception) {
            MailPostponedException postponed = postponement(exception);
            if (postponed != null) {
                return new PostponeCmd(jobId, exception, postponed.retryIn());
            }
            return causedByNotification(exception) ? new NotificationRetryCmd(jobId, exception, retryCycle)
                    : new DefaultJobRetryCmd(jobId, exception);
        }
    }

    /**
     * A job whose message was not tried ({@link MailGate}): unlocked and due again after the wait, its
     * retries and its record of failures untouched, so that the back-off counts only real tries.
     */
    private static final class PostponeCmd extends JobRetryCmd {

        private final Duration wait;

        PostponeCmd(String jobId, Throwable exception, Duration wait) {
            super(jobId, exception);
            this.wait = wait;
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job == null) {
                return null;
            }
            job.unlock();
            job.setDuedate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(wait)));
            notifyAcquisition(commandContext);
            return null;
        }
    }

    private static final class NotificationRetryCmd extends DefaultJobRetryCmd {

        private final String retryCycle;

        NotificationRetryCmd(String jobId, Throwable exception, String retryCycle) {
            super(jobId, exception);
            this.retryCycle = retryCycle;
        }

        @Override
        public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
            FailedJobRetryConfiguration own = super.getFailedJobRetryConfiguration(job, activity);
            return own != null ? own : ParseUtil.parseRetryIntervals(retryCycle);
        }
    }
}
