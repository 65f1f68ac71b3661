package se.paverkansagenda.metrics;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code jobExecutor} component of the health endpoint, in place of Camunda's, which is missing
 * when job execution is switched off: down when the job executor should run and does not, unknown
 * when the configuration switched it off (timers and messages then wait), with the jobs due and the
 * jobs out of retries.
 */
@Component("jobExecutorHealthIndicator")
public class JobExecutorHealth extends AbstractHealthIndicator {

    private final ManagementService managementService;
    private final ProcessEngineConfigurationImpl configuration;
    private final boolean enabled;

    public JobExecutorHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.managementService = engine.getManagementService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.enabled = enabled;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        JobExecutor executor = configuration.getJobExecutor();
        boolean active = executor != null && executor.isActive();
        if (active) {
            health.up();
        } else if (enabled) {
            health.down();
        } else {
            health.unknown().withDetail("reason", "job execution is switched off (camunda.bpm.job-execution.enabled)");
        }
        health.withDetail("active", active)
                .withDetail("jobsDue", managementService.createJobQuery().executable().count())
                .withDetail("jobsWithoutRetries", managementService.createJobQuery().noRetriesLeft().count());
    }
}
