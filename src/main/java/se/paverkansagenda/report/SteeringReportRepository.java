package se.paverkansagenda.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports sent to the steering group, each with the period it covers. Written in transactions of
 * their own, like the outbox, so that a job that fails after recording its report finds the same
 * period when it is retried.
 */
@Repository
public class SteeringReportRepository {

    private static final String SELECT = "SELECT id, cycle_key, period_from, period_to, document_id, sent_at FROM steering_report";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public SteeringReportRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The report of the execution; when there is none yet, one covering the time since the end of the
     * cycle's last report (or since {@code cycleStart}) up to {@code now}.
     */
    public ReportPeriod recordOnce(String cycleKey, String executionId, OffsetDateTime cycleStart, OffsetDateTime now) {
        return ownTransaction.execute(status -> byExecution(executionId).orElseGet(() -> {
            OffsetDateTime from = lastPeriodEnd(cycleKey).orElse(cycleStart);
            ReportPeriod period = new ReportPeriod(UUID.randomUUID().toString(), cycleKey, from, now, null, null);
            jdbc.sql("""
                    INSERT INTO steering_report (id, cycle_key, execution_id, period_from, period_to)
                    VALUES (:id, :cycle, :execution, :from, :to)""")
                    .param("id", period.id()).param("cycle", cycleKey).param("execution", executionId)
                    .param("from", from).param("to", now)
                    .update();
            return period;
        }));
    }

    /**
     * The id of the report's document: made by {@code makeDocument} and recorded with the report the
     * first time, in one transaction of their own, so a retried job attaches the same document.
     */
    public String documentOnce(ReportPeriod period, Supplier<String> makeDocument) {
        if (period.documentId() != null) {
            return period.documentId();
        }
        return ownTransaction.execute(status -> {
            String documentId = makeDocument.get();
            jdbc.sql("UPDATE steering_report SET document_id = :document WHERE id = :id")
                    .param("document", documentId).param("id", period.id()).update();
            return documentId;
        });
    }

    public void markSent(String id, OffsetDateTime at) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("UPDATE steering_report SET sent_at = :at WHERE id = :id")
                .param("at", at).param("id", id).update());
    }

    public List<ReportPeriod> reportsOf(String cycleKey) {
        return jdbc.sql(SELECT + " WHERE cycle_key = :cycle ORDER BY period_to")
                .param("cycle", cycleKey)
                .query(SteeringReportRepository::map)
                .list();
    }

    private Optional<ReportPeriod> byExecution(String executionId) {
        return jdbc.sql(SELECT + " WHERE execution_id = :execution")
                .param("execution", executionId)
                .query(SteeringReportRepository::map)
                .optional();
    }

    private Optional<OffsetDateTime> lastPeriodEnd(String cycleKey) {
        return jdbc.sql("SELECT period_to FROM steering_report WHERE cycle_key = :cycle ORDER BY period_to DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("cycle", cycleKey)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
    }

    private static ReportPeriod map(ResultSet rs, int row) throws SQLException {
        return new ReportPeriod(rs.getString("id"), rs.getString("cycle_key"), rs.getObject("period_from", OffsetDateTime.class),
                rs.getObject("period_to", OffsetDateTime.class), rs.getString("document_id"),
                rs.getObject("sent_at", OffsetDateTime.class));
    }

    /** One report: the time it covers, its PDF and when it went out (each {@code null} until then). */
    public record ReportPeriod(String id, String cycleKey, OffsetDateTime from, OffsetDateTime to, String documentId,
                               OffsetDateTime sentAt) {
    }
}
