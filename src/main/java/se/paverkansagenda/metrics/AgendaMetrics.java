package se.paverkansagenda.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.UnknownCycleException;
import se.paverkansagenda.notification.NotificationStatus;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.security.EngineAsApplication;
import se.paverkansagenda.stage.StageProgress;
import se.paverkansagenda.stage.StageState;

/**
 * The application's own metrics. The outbox's messages by status and its failed sending attempts are
 * Micrometer gauges. The figures per running cycle (requests waiting for an answer per round, steps
 * late now) have one series per cycle, and cycles come and go, so they are collected when Prometheus
 * scrapes: {@code paverkansagenda_requests_open{cycle, round}} and {@code paverkansagenda_steps_late{cycle}}.
 * Late steps are those of the stages view ({@link StageProgress}) that are late and not done.
 */
@Component
public class AgendaMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final StageProgress stages;
    private final EngineAsApplication asApplication;

    public AgendaMetrics(JdbcClient jdbc, RuntimeService runtimeService, StageProgress stages,
                         EngineAsApplication asApplication) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.stages = stages;
        this.asApplication = asApplication;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (NotificationStatus status : NotificationStatus.values()) {
            Gauge.builder("paverkansagenda.notifications", jdbc, db -> db.sql(
                            "SELECT COUNT(*) FROM notification WHERE status = :status").param("status", status.name())
                            .query(Long.class).single())
                    .tag("status", status.name())
                    .description("Messages in the outbox: sent, waiting for a retry after a failed attempt, not yet tried")
                    .register(registry);
        }
        Gauge.builder("paverkansagenda.notifications.failed.attempts", jdbc, db -> db.sql(
                        "SELECT COALESCE(SUM(attempts), 0) - (SELECT COUNT(*) FROM notification WHERE status = 'SENT')"
                                + " FROM notification").query(Long.class).single())
                .description("Sending attempts the mail server refused or did not answer")
                .register(registry);
        if (registry instanceof PrometheusMeterRegistry prometheus) {
            prometheus.getPrometheusRegistry().register((MultiCollector) this::perCycle);
        }
    }

    private MetricSnapshots perCycle() {
        GaugeSnapshot.Builder open = GaugeSnapshot.builder().name("paverkansagenda_requests_open")
                .help("Requests of a round still waiting for an answer, per cycle and round (INPUT, CONSULTATION)");
        jdbc.sql("SELECT cycle_key, round_kind, COUNT(*) FROM round_request WHERE status = 'SENT'"
                        + " GROUP BY cycle_key, round_kind ORDER BY cycle_key, round_kind")
                .query((rs, row) -> GaugeDataPointSnapshot.builder().value(rs.getLong(3))
                        .labels(Labels.of("cycle", rs.getString(1), "round", rs.getString(2))).build())
                .list().forEach(open::dataPoint);
        GaugeSnapshot.Builder late = GaugeSnapshot.builder().name("paverkansagenda_steps_late")
                .help("Steps of a running cycle past their planned end and not done");
        for (String cycle : runningCycles()) {
            try {
                long count = stages.of(cycle).stages().stream()
                        .filter(stage -> stage.late() && stage.state() != StageState.DONE).count();
                late.dataPoint(GaugeDataPointSnapshot.builder().value(count).labels(Labels.of("cycle", cycle)).build());
            } catch (UnknownCycleException startedOutsideTheApplication) {
                // an instance of the main process without a cycle of the application has no plan to be late against
            }
        }
        return new MetricSnapshots(open.build(), late.build());
    }

    private List<String> runningCycles() {
        return asApplication.call(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(AgendaProcess.KEY)
                .list().stream().map(ProcessInstance::getBusinessKey).filter(key -> key != null).sorted().toList());
    }
}
