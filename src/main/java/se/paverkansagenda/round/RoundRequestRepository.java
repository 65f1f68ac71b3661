package se.paverkansagenda.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoundRequestRepository {

    private static final String COLUMNS = """
            id, cycle_key, round_kind, recipient_code, recipient_name, recipient_email, deadline, status,
            closed_at, answer_text, answered_by""";

    private final JdbcClient jdbc;

    public RoundRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RoundRequest request, OffsetDateTime createdAt) {
        jdbc.sql("""
                INSERT INTO round_request (id, cycle_key, round_kind, recipient_code, recipient_name,
                    recipient_email, deadline, status, created_at)
                VALUES (:id, :cycle, :kind, :code, :name, :email, :deadline, :status, :created)""")
                .param("id", request.id())
                .param("cycle", request.cycleKey())
                .param("kind", request.kind().name())
                .param("code", request.recipientCode())
                .param("name", request.recipientName())
                .param("email", request.recipientEmail())
                .param("deadline", request.deadline())
                .param("status", request.status().name())
                .param("created", createdAt)
                .update();
    }

    public Optional<RoundRequest> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM round_request WHERE id = :id")
                .param("id", id)
                .query(RoundRequestRepository::map)
                .optional();
    }

    public List<RoundRequest> findByRound(String cycleKey, RoundKind kind) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM round_request WHERE cycle_key = :cycle AND round_kind = :kind ORDER BY recipient_code")
                .param("cycle", cycleKey)
                .param("kind", kind.name())
                .query(RoundRequestRepository::map)
                .list();
    }

    public void markSent(String id, String processInstanceId, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE round_request SET status = 'SENT', sent_at = :at, process_instance_id = :instance
                WHERE id = :id AND status = 'CREATED'""")
                .param("at", at)
                .param("instance", processInstanceId)
                .param("id", id)
                .update();
    }

    /** The process instance waiting for the request's answer; empty for a request not sent. */
    public Optional<String> processInstanceOf(String id) {
        return jdbc.sql("SELECT process_instance_id FROM round_request WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /**
     * Records the answer if the request is still in the status it was read in (sent, or closed
     * unanswered by its deadline); false when another transaction changed it in between.
     */
    public boolean recordAnswer(String id, RequestStatus from, Answer answer, boolean late, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE round_request SET status = 'ANSWERED', answer_text = :text, answered_by = :by, closed_at = :at,
                    answer_channel = :channel, answer_received_on = :received, answer_late = :late
                WHERE id = :id AND status = :from""")
                .param("text", answer.text())
                .param("by", answer.answeredBy())
                .param("at", at)
                .param("channel", answer.channel().name())
                .param("received", answer.receivedOn())
                .param("late", late)
                .param("id", id)
                .param("from", from.name())
                .update() == 1;
    }

    /** How the answers of a round came in, by request id; requests without an answer are left out. */
    public Map<String, AnswerFacts> answerFactsOf(String cycleKey, RoundKind kind) {
        Map<String, AnswerFacts> facts = new HashMap<>();
        jdbc.sql("""
                SELECT id, answer_channel, answer_late, answer_received_on FROM round_request
                WHERE cycle_key = :cycle AND round_kind = :kind AND answer_channel IS NOT NULL""")
                .param("cycle", cycleKey)
                .param("kind", kind.name())
                .query(rs -> {
                    facts.put(rs.getString("id"), new AnswerFacts(AnswerChannel.valueOf(rs.getString("answer_channel")),
                            rs.getBoolean("answer_late"), rs.getObject("answer_received_on", LocalDate.class)));
                });
        return facts;
    }

    /** Moves an open request's deadline; false when the request was answered or closed meanwhile. */
    public boolean moveDeadline(String id, LocalDate deadline) {
        return jdbc.sql("UPDATE round_request SET deadline = :deadline WHERE id = :id AND status = 'SENT'")
                .param("deadline", deadline)
                .param("id", id)
                .update() == 1;
    }

    /** A change to an answer already recorded, until the deadline. */
    public void replaceAnswerText(String id, String text) {
        jdbc.sql("UPDATE round_request SET answer_text = :text WHERE id = :id AND status = 'ANSWERED'")
                .param("text", text)
                .param("id", id)
                .update();
    }

    public void markUnanswered(String id, OffsetDateTime at) {
        jdbc.sql("UPDATE round_request SET status = 'UNANSWERED', closed_at = :at WHERE id = :id AND status = 'SENT'")
                .param("at", at)
                .param("id", id)
                .update();
    }

    private static RoundRequest map(ResultSet rs, int row) throws SQLException {
        return new RoundRequest(
                rs.getString("id"),
                rs.getString("cycle_key"),
                RoundKind.valueOf(rs.getString("round_kind")),
                rs.getString("recipient_code"),
                rs.getString("recipient_name"),
                rs.getString("recipient_email"),
                rs.getObject("deadline", LocalDate.class),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("answer_text"),
                rs.getString("answered_by"));
    }
}
