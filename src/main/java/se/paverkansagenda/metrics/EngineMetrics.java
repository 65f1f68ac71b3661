package se.paverkansagenda.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Camunda's own metrics for Prometheus: the engine's counters of jobs and activity instances
 * ({@code camunda_engine_events_total{event=...}}), read as the engine's metrics query sums what it
 * has written to its database plus what it counted since, and the jobs and incidents waiting now.
 */
@Component
public class EngineMetrics implements MeterBinder {

    /** The engine's counters that say how its jobs and processes run. */
    static final List<String> EVENTS = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
            Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE,
            Metrics.ROOT_PROCESS_INSTANCE_START);

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl configuration;

    public EngineMetrics(ProcessEngine engine) {
        this.managementService = engine.getManagementService();
        this.runtimeService = engine.getRuntimeService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String event : EVENTS) {
            FunctionCounter.builder("camunda.engine.events", this, metrics -> metrics.count(event))
                    .tag("event", event)
                    .description("The engine's counts of job and activity events, by event, since its database was created")
                    .register(registry);
        }
        Gauge.builder("camunda.jobs.executable", managementService, jobs -> jobs.createJobQuery().executable().count())
                .description("Jobs due and with retries left").register(registry);
        Gauge.builder("camunda.jobs.failed", managementService, jobs -> jobs.createJobQuery().noRetriesLeft().count())
                .description("Jobs without retries left, each with an incident").register(registry);
        Gauge.builder("camunda.incidents.open", runtimeService, runtime -> runtime.createIncidentQuery().count())
                .description("Open incidents").register(registry);
    }

    /** What the engine has reported to its database, plus what it counted since its last report. */
    private double count(String event) {
        Meter unreported = configuration.getMetricsRegistry().getDbMeterByName(event);
        return managementService.createMetricsQuery().name(event).sum() + (unreported == null ? 0 : unreported.get());
    }
}
