package se.paverkansagenda.workshop;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class WorkshopRepository {

    private final JdbcClient jdbc;

    public WorkshopRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PrioritisedList find(String cycleKey) {
        Optional<PrioritisedList> head = jdbc.sql("""
                SELECT revision, saved_by, saved_at, closed_at FROM workshop_list WHERE cycle_key = :cycle""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new PrioritisedList(cycleKey, rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4) != null, List.of()))
                .optional();
        if (head.isEmpty()) {
            return PrioritisedList.unsaved(cycleKey);
        }
        Map<String, List<String>> sources = new LinkedHashMap<>();
        jdbc.sql("SELECT issue_id, proposal_id FROM workshop_issue_source WHERE cycle_key = :cycle ORDER BY proposal_id")
                .param("cycle", cycleKey)
                .query(rs -> {
                    sources.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<String>> carried = new LinkedHashMap<>();
        jdbc.sql("SELECT issue_id, carried_issue_id FROM workshop_issue_carried WHERE cycle_key = :cycle ORDER BY carried_issue_id")
                .param("cycle", cycleKey)
                .query(rs -> {
                    carried.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<String>> shared = new LinkedHashMap<>();
        jdbc.sql("SELECT issue_id, shared_issue_id FROM workshop_issue_shared WHERE cycle_key = :cycle ORDER BY shared_issue_id")
                .param("cycle", cycleKey)
                .query(rs -> {
                    shared.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        List<PrioritisedIssue> issues = jdbc.sql("""
                SELECT id, rank, title, description, rus_area FROM workshop_issue WHERE cycle_key = :cycle ORDER BY rank""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new PrioritisedIssue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), List.copyOf(sources.getOrDefault(rs.getString(1), List.of())),
                        List.copyOf(carried.getOrDefault(rs.getString(1), List.of())),
                        List.copyOf(shared.getOrDefault(rs.getString(1), List.of()))))
                .list();
        PrioritisedList list = head.get();
        return new PrioritisedList(cycleKey, list.revision(), list.savedBy(), list.savedAt(), list.closed(), issues);
    }

    /** Holds the cycle's row until the transaction ends, so that saves of its list run one after the other. */
    public void lock(String cycleKey) {
        jdbc.sql("SELECT business_key FROM cycle WHERE business_key = :cycle FOR UPDATE").param("cycle", cycleKey)
                .query(String.class).optional();
    }

    /** Makes the next revision after the one the change was made from; call with the cycle locked. */
    public void advance(String cycleKey, int fromRevision, String user, OffsetDateTime at) {
        if (fromRevision == 0) {
            jdbc.sql("""
                    INSERT INTO workshop_list (cycle_key, revision, saved_by, saved_at)
                    VALUES (:cycle, 1, :user, :at)""")
                    .param("cycle", cycleKey).param("user", user).param("at", at)
                    .update();
        } else {
            jdbc.sql("""
                    UPDATE workshop_list SET revision = revision + 1, saved_by = :user, saved_at = :at
                    WHERE cycle_key = :cycle AND revision = :revision""")
                    .param("cycle", cycleKey).param("revision", fromRevision).param("user", user).param("at", at)
                    .update();
        }
    }

    /** Replaces the list's issues; call after {@link #advance} in the same transaction. */
    public void replaceIssues(String cycleKey, List<IssueDraft> issues) {
        jdbc.sql("DELETE FROM workshop_issue_source WHERE cycle_key = :cycle").param("cycle", cycleKey).update();
        jdbc.sql("DELETE FROM workshop_issue_carried WHERE cycle_key = :cycle").param("cycle", cycleKey).update();
        jdbc.sql("DELETE FROM workshop_issue_shared WHERE cycle_key = :cycle").param("cycle", cycleKey).update();
        jdbc.sql("DELETE FROM workshop_issue WHERE cycle_key = :cycle").param("cycle", cycleKey).update();
        for (int i = 0; i < issues.size(); i++) {
            IssueDraft issue = issues.get(i);
            String id = UUID.randomUUID().toString();
            jdbc.sql("""
                    INSERT INTO workshop_issue (id, cycle_key, rank, title, description, rus_area)
                    VALUES (:id, :cycle, :rank, :title, :description, :rusArea)""")
                    .param("id", id).param("cycle", cycleKey).param("rank", i + 1).param("title", issue.title())
                    .param("description", issue.description()).param("rusArea", issue.rusArea())
                    .update();
            link("workshop_issue_source", "proposal_id", id, cycleKey, issue.proposalIds());
            link("workshop_issue_carried", "carried_issue_id", id, cycleKey, issue.carriedIssueIds());
            link("workshop_issue_shared", "shared_issue_id", id, cycleKey, issue.sharedIssueIds());
        }
    }

    /** Links the issue to what it is made of: a row per id in the table of that kind of source. */
    private void link(String table, String column, String issueId, String cycleKey, List<String> sourceIds) {
        for (String sourceId : sourceIds) {
            jdbc.sql("INSERT INTO " + table + " (issue_id, cycle_key, " + column + ") VALUES (:issue, :cycle, :source)")
                    .param("issue", issueId).param("cycle", cycleKey).param("source", sourceId)
                    .update();
        }
    }

    public void close(String cycleKey, OffsetDateTime at) {
        jdbc.sql("UPDATE workshop_list SET closed_at = :at WHERE cycle_key = :cycle AND closed_at IS NULL")
                .param("cycle", cycleKey).param("at", at).update();
    }
}
