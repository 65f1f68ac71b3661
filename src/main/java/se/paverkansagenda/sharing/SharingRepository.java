package se.paverkansagenda.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanJson;
import se.paverkansagenda.plan.PlanParser;

/**
 * The offers of issues between regions. What the receiving region sees of the offering cycle is read from the
 * offer's own row (wording and origin as offered); the other cycle's plan is read here only to know its region's
 * name and whom to write to, never to show it.
 */
@Repository
public class SharingRepository {

    private static final String COLUMNS = """
            id, source_cycle_key, source_region_code, source_region_name, source_section_key, source_version, title, body,
            target_cycle_key, target_region_code, target_region_name, message, state, offered_by, offered_at,
            answered_by, answered_at, decline_reason, withdrawn_by, withdrawn_at""";

    private final JdbcClient jdbc;

    public SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A section of a cycle's agenda in a version: what may be offered. */
    public record Section(String key, int version, int position, String title, String text) {
    }

    /** A cycle of another region that may take an issue in: only its key, year and region's name are shown. */
    public record Target(String cycleKey, String regionCode, String regionName, int year) {
        public String label() {
            return regionName + " · " + cycleKey + " (" + year + ")";
        }
    }

    /** The sections of the cycle's agenda that counts: the adopted version once adopted, the latest before. */
    public List<Section> currentSections(String cycleKey) {
        Optional<Integer> version = jdbc.sql("SELECT version FROM agenda_decision WHERE cycle_key = :cycle AND state = 'ADOPTED'")
                .param("cycle", cycleKey).query(Integer.class).optional()
                .or(() -> jdbc.sql("SELECT MAX(number) FROM agenda_version WHERE cycle_key = :cycle")
                        .param("cycle", cycleKey).query(Integer.class).optional());
        if (version.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT section_key, version, position, title, body FROM agenda_section
                WHERE cycle_key = :cycle AND version = :version ORDER BY position""")
                .param("cycle", cycleKey).param("version", version.get())
                .query((rs, row) -> new Section(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * The cycles of every region but this one that can still take an issue in: their workshop's list is not
     * closed and their agenda not adopted. Read whoever the user is; the caller shows only key, year and region.
     */
    public List<Target> targets(String exceptRegion) {
        return jdbc.sql("""
                SELECT c.business_key, c.region_code, c.plan_year, c.plan_json, c.plan_yaml FROM cycle c
                WHERE c.region_code <> :region
                  AND NOT EXISTS (SELECT 1 FROM workshop_list w WHERE w.cycle_key = c.business_key AND w.closed_at IS NOT NULL)
                  AND NOT EXISTS (SELECT 1 FROM agenda_decision d WHERE d.cycle_key = c.business_key AND d.state = 'ADOPTED')
                ORDER BY c.region_code, c.plan_year, c.business_key""")
                .param("region", exceptRegion)
                .query((rs, row) -> new Target(rs.getString(1), rs.getString(2),
                        plan(rs.getString(4), rs.getString(5)).region().name(), rs.getInt(3)))
                .list();
    }

    /** The region of a cycle, whoever the user is. */
    public Optional<String> regionOf(String cycleKey) {
        return jdbc.sql("SELECT region_code FROM cycle WHERE business_key = :key").param("key", cycleKey)
                .query(String.class).optional();
    }

    /** The plan a cycle runs, whoever the user is: for its region's name and its process owner's address. */
    public Plan planOf(String cycleKey) {
        return jdbc.sql("SELECT plan_json, plan_yaml FROM cycle WHERE business_key = :key").param("key", cycleKey)
                .query((rs, row) -> plan(rs.getString(1), rs.getString(2))).single();
    }

    private static Plan plan(String json, String yaml) {
        return json != null ? PlanJson.read(json) : PlanParser.parse(yaml);
    }

    public void insert(SharedIssue issue) {
        jdbc.sql("INSERT INTO shared_issue (" + COLUMNS + ", live_key) VALUES (:id, :sourceCycle, :sourceRegion, "
                        + ":sourceRegionName, :section, :version, :title, :body, :targetCycle, :targetRegion, :targetRegionName, "
                        + ":message, :state, :offeredBy, :offeredAt, NULL, NULL, NULL, NULL, NULL, :live)")
                .param("id", issue.id())
                .param("sourceCycle", issue.sourceCycleKey())
                .param("sourceRegion", issue.sourceRegionCode())
                .param("sourceRegionName", issue.sourceRegionName())
                .param("section", issue.sourceSectionKey())
                .param("version", issue.sourceVersion())
                .param("title", issue.title())
                .param("body", issue.text())
                .param("targetCycle", issue.targetCycleKey())
                .param("targetRegion", issue.targetRegionCode())
                .param("targetRegionName", issue.targetRegionName())
                .param("message", issue.message())
                .param("state", issue.state().name())
                .param("offeredBy", issue.offeredBy())
                .param("offeredAt", issue.offeredAt())
                .param("live", liveKey(issue.sourceCycleKey(), issue.sourceSectionKey(), issue.targetCycleKey()))
                .update();
    }

    /** The open or accepted offer of the section to the cycle, if there is one. */
    public Optional<SharedIssue> live(String sourceCycleKey, String sectionKey, String targetCycleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shared_issue WHERE live_key = :live")
                .param("live", liveKey(sourceCycleKey, sectionKey, targetCycleKey))
                .query(SharingRepository::map).optional();
    }

    static String liveKey(String sourceCycleKey, String sectionKey, String targetCycleKey) {
        return sourceCycleKey + "/" + sectionKey + "/" + targetCycleKey;
    }

    public Optional<SharedIssue> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shared_issue WHERE id = :id").param("id", id)
                .query(SharingRepository::map).optional();
    }

    /** The offer, its row held until the transaction ends, so two answers follow each other. */
    public Optional<SharedIssue> lock(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shared_issue WHERE id = :id FOR UPDATE").param("id", id)
                .query(SharingRepository::map).optional();
    }

    /** The offers the cycle made, the newest first. */
    public List<SharedIssue> offeredBy(String cycleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shared_issue WHERE source_cycle_key = :cycle ORDER BY offered_at DESC, id")
                .param("cycle", cycleKey).query(SharingRepository::map).list();
    }

    /** The offers made to the cycle, the newest first. */
    public List<SharedIssue> offeredTo(String cycleKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shared_issue WHERE target_cycle_key = :cycle ORDER BY offered_at DESC, id")
                .param("cycle", cycleKey).query(SharingRepository::map).list();
    }

    public void accept(String id, String user, OffsetDateTime at) {
        jdbc.sql("UPDATE shared_issue SET state = 'ACCEPTED', answered_by = :user, answered_at = :at WHERE id = :id")
                .param("user", user).param("at", at).param("id", id).update();
    }

    public void decline(String id, String user, OffsetDateTime at, String reason) {
        jdbc.sql("""
                UPDATE shared_issue SET state = 'DECLINED', answered_by = :user, answered_at = :at, decline_reason = :reason,
                    live_key = NULL WHERE id = :id""")
                .param("user", user).param("at", at).param("reason", reason).param("id", id).update();
    }

    public void withdraw(String id, String user, OffsetDateTime at) {
        jdbc.sql("UPDATE shared_issue SET state = 'WITHDRAWN', withdrawn_by = :user, withdrawn_at = :at, live_key = NULL WHERE id = :id")
                .param("user", user).param("at", at).param("id", id).update();
    }

    private static SharedIssue map(ResultSet rs, int row) throws SQLException {
        return new SharedIssue(rs.getString("id"), rs.getString("source_cycle_key"), rs.getString("source_region_code"),
                rs.getString("source_region_name"), rs.getString("source_section_key"), rs.getInt("source_version"),
                rs.getString("title"), rs.getString("body"), rs.getString("target_cycle_key"),
                rs.getString("target_region_code"), rs.getString("target_region_name"), rs.getString("message"),
                ShareState.valueOf(rs.getString("state")), rs.getString("offered_by"),
                rs.getObject("offered_at", OffsetDateTime.class), rs.getString("answered_by"),
                rs.getObject("answered_at", OffsetDateTime.class), rs.getString("decline_reason"),
                rs.getString("withdrawn_by"), rs.getObject("withdrawn_at", OffsetDateTime.class));
    }
}
