package se.paverkansagenda.revision;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revised versions of cycles' plans (version 2 on); version 1 is the cycle's own plan file. */
@Repository
class PlanVersionRepository {

    private final JdbcClient jdbc;

    PlanVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of the cycle's plan: 1 until it is revised. */
    int latest(String cycleKey) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 1) FROM plan_version WHERE cycle_key = :cycle")
                .param("cycle", cycleKey)
                .query(Integer.class)
                .single();
    }

    /**
     * Records a revision. The primary key refuses a second revision of the same version: a concurrent one
     * waits for this transaction and then fails, so of two revisions at once one wins.
     */
    void insert(PlanRevision revision, String planYaml) {
        jdbc.sql("""
                INSERT INTO plan_version (cycle_key, version, plan_yaml, revised_by, revised_at, reason, changes)
                VALUES (:cycle, :version, :yaml, :by, :at, :reason, :changes)""")
                .param("cycle", revision.cycleKey())
                .param("version", revision.version())
                .param("yaml", planYaml)
                .param("by", revision.revisedBy())
                .param("at", revision.revisedAt())
                .param("reason", revision.reason())
                .param("changes", String.join("\n", revision.changes()))
                .update();
    }

    Optional<String> yaml(String cycleKey, int version) {
        return jdbc.sql("SELECT plan_yaml FROM plan_version WHERE cycle_key = :cycle AND version = :version")
                .param("cycle", cycleKey)
                .param("version", version)
                .query(String.class)
                .optional();
    }

    /** The cycle's revisions, the oldest first. */
    List<PlanRevision> revisions(String cycleKey) {
        return jdbc.sql("""
                SELECT version, revised_by, revised_at, reason, changes FROM plan_version
                WHERE cycle_key = :cycle ORDER BY version""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new PlanRevision(cycleKey, rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                        Arrays.asList(rs.getString(5).split("\n"))))
                .list();
    }
}
