package se.paverkansagenda.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import se.paverkansagenda.process.RequestRoundProcess;

/** Makes every waiting request's answer deadline due now and times the engine until no job is left. */
final class Deadlines {

    private Deadlines() {
    }

    /** The deadline timers made due at once; the time until no job was left. */
    static Duration dueNowAndDrain(ProcessEngine engine, int expected, Duration timeout) throws InterruptedException {
        ManagementService management = engine.getManagementService();
        List<Job> timers = management.createJobQuery().timers()
                .activityId(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE).list();
        if (timers.size() != expected) {
            throw new IllegalStateException(timers.size() + " deadline timers wait, not " + expected);
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        long start = System.nanoTime();
        // all at once, in one statement, as if their day had come
        try (Connection connection = configuration.getDataSource().getConnection();
             PreparedStatement due = connection.prepareStatement(
                     "UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE TYPE_ = 'timer' AND JOB_DEF_ID_ IN"
                             + " (SELECT ID_ FROM ACT_RU_JOBDEF WHERE ACT_ID_ = ?)")) {
            due.setTimestamp(1, new Timestamp(System.currentTimeMillis() - 1000));
            due.setString(2, RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE);
            int updated = due.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (updated != expected) {
                throw new IllegalStateException(updated + " deadline timers made due, not " + expected);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // the job executor may be waiting up to max-wait before it looks again: tell it
        configuration.getJobExecutor().jobWasAdded();
        RequestProcesses.awaitNoDueJobs(management, timeout);
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
