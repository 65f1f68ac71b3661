package se.paverkansagenda.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private static final String COLUMNS = """
            id, idempotency_key, cycle_key, step, type, recipient, subject, body_text, body_html, calendar, status,
            attempts, created_at, sent_at, last_error, attachment_ids""";

    private final JdbcClient jdbc;

    public NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Notification> findByKey(String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(NotificationRepository::map)
                .optional();
    }

    public Optional<Notification> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id")
                .param("id", id)
                .query(NotificationRepository::map)
                .optional();
    }

    public List<Notification> findByCycle(String cycleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE cycle_key = :cycle ORDER BY created_at, recipient")
                .param("cycle", cycleKey)
                .query(NotificationRepository::map)
                .list();
    }

    public void insert(Notification n) {
        jdbc.sql("""
                INSERT INTO notification (id, idempotency_key, cycle_key, step, type, recipient, subject, body_text,
                    body_html, calendar, status, attempts, created_at, attachment_ids)
                VALUES (:id, :key, :cycle, :step, :type, :recipient, :subject, :text, :html, :calendar, :status, 0, :created,
                    :attachments)""")
                .param("id", n.id())
                .param("key", n.idempotencyKey())
                .param("cycle", n.cycleKey())
                .param("step", n.step())
                .param("type", n.type().name())
                .param("recipient", n.recipient())
                .param("subject", n.subject())
                .param("text", n.bodyText())
                .param("html", n.bodyHtml())
                .param("calendar", n.calendar())
                .param("status", n.status().name())
                .param("created", n.createdAt())
                .param("attachments", n.attachmentIds().isEmpty() ? null : String.join(",", n.attachmentIds()))
                .update();
    }

    public void markSent(String id, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE notification SET status = 'SENT', attempts = attempts + 1, last_attempt_at = :at, sent_at = :at,
                    last_error = NULL
                WHERE id = :id""")
                .param("at", at)
                .param("id", id)
                .update();
    }

    public void markFailed(String id, OffsetDateTime at, String error) {
        jdbc.sql("""
                UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_attempt_at = :at, last_error = :error
                WHERE id = :id""")
                .param("at", at)
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id)
                .update();
    }

    private static List<String> ids(String commaSeparated) {
        return commaSeparated == null ? List.of() : List.of(commaSeparated.split(","));
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(
                rs.getString("id"),
                rs.getString("idempotency_key"),
                rs.getString("cycle_key"),
                rs.getString("step"),
                NotificationType.valueOf(rs.getString("type")),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                rs.getString("calendar"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"),
                ids(rs.getString("attachment_ids")));
    }
}
