package se.paverkansagenda.carryforward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up of a followed agenda's issues, the municipalities' comments on them, and the workshop's links. */
@Repository
public class CarryForwardRepository {

    private static final String COLUMNS = """
            id, cycle_key, previous_cycle_key, previous_version, section_key, previous_issue_id, rus_area, position, title, body,
            done_text, result_text, responsible, decision, new_wording, close_reason, recorded_by, recorded_at""";

    private final JdbcClient jdbc;

    public CarryForwardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The adopted version of the cycle's agenda, if it has been adopted. */
    public Optional<Integer> adoptedVersion(String cycleKey) {
        return jdbc.sql("SELECT version FROM agenda_decision WHERE cycle_key = :cycle AND state = 'ADOPTED'")
                .param("cycle", cycleKey)
                .query(Integer.class)
                .optional();
    }

    public boolean cycleExists(String cycleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM cycle WHERE business_key = :cycle").param("cycle", cycleKey)
                .query(Integer.class).single() > 0;
    }

    /** Copies the sections of the followed cycle's adopted version as the issues to follow up; none if copied before. */
    public void copyAdoptedSections(String cycleKey, String previousCycleKey, int version) {
        List<Section> sections = jdbc.sql("""
                SELECT s.section_key, s.issue_id, s.position, s.title, s.body, i.rus_area
                FROM agenda_section s LEFT JOIN workshop_issue i ON i.id = s.issue_id
                WHERE s.cycle_key = :cycle AND s.version = :version ORDER BY s.position""")
                .param("cycle", previousCycleKey)
                .param("version", version)
                .query((rs, row) -> new Section(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        for (Section section : sections) {
            jdbc.sql("""
                    INSERT INTO carried_issue (id, cycle_key, previous_cycle_key, previous_version, section_key,
                        previous_issue_id, rus_area, position, title, body)
                    VALUES (:id, :cycle, :previous, :version, :section, :issue, :area, :position, :title, :body)""")
                    .param("id", UUID.randomUUID().toString())
                    .param("cycle", cycleKey)
                    .param("previous", previousCycleKey)
                    .param("version", version)
                    .param("section", section.key())
                    .param("issue", section.issueId())
                    .param("area", section.rusArea())
                    .param("position", section.position())
                    .param("title", section.title())
                    .param("body", section.body())
                    .update();
        }
    }

    private record Section(String key, String issueId, int position, String title, String body, String rusArea) {
    }

    public List<CarriedIssue> ofCycle(String cycleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carried_issue WHERE cycle_key = :cycle ORDER BY position")
                .param("cycle", cycleKey)
                .query(CarryForwardRepository::map)
                .list();
    }

    public Optional<CarriedIssue> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carried_issue WHERE id = :id").param("id", id)
                .query(CarryForwardRepository::map).optional();
    }

    /** Holds the cycle's follow-up while one change is made, so two saves and the completion follow each other. */
    public void lock(String cycleKey) {
        jdbc.sql("SELECT business_key FROM cycle WHERE business_key = :cycle FOR UPDATE").param("cycle", cycleKey)
                .query(String.class).optional();
    }

    public void record(String id, String done, String result, String responsible, FollowUpDecision decision,
                       String newWording, String closeReason, String user, OffsetDateTime at) {
        jdbc.sql("""
                UPDATE carried_issue SET done_text = :done, result_text = :result, responsible = :responsible,
                    decision = :decision, new_wording = :wording, close_reason = :reason, recorded_by = :user,
                    recorded_at = :at
                WHERE id = :id""")
                .param("done", done)
                .param("result", result)
                .param("responsible", responsible)
                .param("decision", decision.name())
                .param("wording", newWording)
                .param("reason", closeReason)
                .param("user", user)
                .param("at", at)
                .param("id", id)
                .update();
    }

    public boolean completed(String cycleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM carried_issue_follow_up WHERE cycle_key = :cycle").param("cycle", cycleKey)
                .query(Integer.class).single() > 0;
    }

    public void complete(String cycleKey, String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO carried_issue_follow_up (cycle_key, completed_by, completed_at) VALUES (:cycle, :user, :at)")
                .param("cycle", cycleKey)
                .param("user", user)
                .param("at", at)
                .update();
    }

    /** A municipality's comments on the carried issues, by issue id. */
    public Map<String, String> commentsOf(String requestId) {
        return jdbc.sql("SELECT issue_id, comment FROM carried_issue_comment WHERE request_id = :request")
                .param("request", requestId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** The municipalities' comments on the cycle's carried issues, by issue id, each municipality's in name order. */
    public Map<String, List<CarriedIssueComment>> commentsOfCycle(String cycleKey) {
        Map<String, List<CarriedIssueComment>> byIssue = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.issue_id, r.recipient_name, c.comment
                FROM carried_issue_comment c JOIN round_request r ON r.id = c.request_id
                WHERE r.cycle_key = :cycle ORDER BY r.recipient_name""")
                .param("cycle", cycleKey)
                .query(rs -> {
                    byIssue.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new CarriedIssueComment(rs.getString(2), rs.getString(3)));
                });
        return byIssue;
    }

    /** Replaces the request's comments with these (issue id to comment). */
    public void replaceComments(String requestId, Map<String, String> comments) {
        jdbc.sql("DELETE FROM carried_issue_comment WHERE request_id = :request").param("request", requestId).update();
        comments.forEach((issue, comment) -> jdbc.sql(
                        "INSERT INTO carried_issue_comment (request_id, issue_id, comment) VALUES (:request, :issue, :comment)")
                .param("request", requestId)
                .param("issue", issue)
                .param("comment", comment)
                .update());
    }

    private static CarriedIssue map(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new CarriedIssue(rs.getString("id"), rs.getString("cycle_key"), rs.getString("previous_cycle_key"),
                rs.getInt("previous_version"), rs.getString("section_key"), rs.getString("previous_issue_id"),
                rs.getString("rus_area"),
                rs.getInt("position"), rs.getString("title"), rs.getString("body"), rs.getString("done_text"),
                rs.getString("result_text"), rs.getString("responsible"),
                decision == null ? null : FollowUpDecision.valueOf(decision), rs.getString("new_wording"),
                rs.getString("close_reason"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
