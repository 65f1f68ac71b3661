package se.paverkansagenda.cycle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanJson;
import se.paverkansagenda.security.CurrentUser;

/**
 * The cycles, as the current user may see them: a cycle of a region that is not the user's is not
 * there (see {@link CurrentUser#regions()}), so every page and call that looks a cycle up answers for
 * another region's cycle as for one that does not exist, and every list leaves it out.
 */
@Repository
public class CycleRepository {

    private final JdbcClient jdbc;
    private final CurrentUser user;

    public CycleRepository(JdbcClient jdbc, CurrentUser user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    /** Inserts the cycle; the primary key refuses a second cycle with the same business key. */
    public void insert(Plan plan, String planYaml, String startedBy, OffsetDateTime startedAt) {
        jdbc.sql("""
                INSERT INTO cycle (business_key, region_code, plan_year, plan_yaml, plan_json, started_by, started_at)
                VALUES (:key, :region, :year, :yaml, :json, :by, :at)""")
                .param("key", plan.businessKey())
                .param("region", plan.region().code())
                .param("year", plan.year())
                .param("yaml", planYaml)
                .param("json", PlanJson.write(plan))
                .param("by", startedBy)
                .param("at", startedAt)
                .update();
    }

    public void attachProcessInstance(String businessKey, String processInstanceId) {
        jdbc.sql("UPDATE cycle SET process_instance_id = :pi WHERE business_key = :key")
                .param("pi", processInstanceId)
                .param("key", businessKey)
                .update();
    }

    /** The business keys of every cycle the user may see, running or finished, the newest first. */
    public List<String> keys() {
        return jdbc.sql("SELECT business_key, region_code FROM cycle ORDER BY started_at DESC, business_key")
                .query((rs, row) -> user.maySee(rs.getString(2)) ? rs.getString(1) : null)
                .list().stream().filter(key -> key != null).toList();
    }

    public Optional<Cycle> find(String businessKey) {
        return jdbc.sql("""
                SELECT business_key, plan_yaml, process_instance_id, started_by, started_at, region_code
                FROM cycle WHERE business_key = :key""")
                .param("key", businessKey)
                .query((rs, row) -> user.maySee(rs.getString(6)) ? new Cycle(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)) : null)
                .optional();
    }

    /** The process instance a cycle runs in (null before it has one), read without the cycle's plan. */
    public record Instance(String processInstanceId) {
    }

    /** The cycle's process instance, as {@link #find} has it but without reading the plan's text. */
    public Optional<Instance> instanceOf(String businessKey) {
        return jdbc.sql("SELECT process_instance_id, region_code FROM cycle WHERE business_key = :key")
                .param("key", businessKey)
                .query((rs, row) -> user.maySee(rs.getString(2)) ? new Instance(rs.getString(1)) : null)
                .optional();
    }

    /**
     * Whether the user may see what belongs to the cycle (a request, a document): the cycle is of one of the
     * user's regions. Asks the database only for a user restricted to some regions.
     */
    public boolean visibleToUser(String businessKey) {
        return user.regions().map(regions -> jdbc.sql("SELECT region_code FROM cycle WHERE business_key = :key")
                .param("key", businessKey).query(String.class).optional().filter(regions::contains).isPresent())
                .orElse(true);
    }

    /** Whether a cycle has the business key, whether or not the user may see it. */
    public boolean exists(String businessKey) {
        return jdbc.sql("SELECT COUNT(*) FROM cycle WHERE business_key = :key").param("key", businessKey)
                .query(Integer.class).single() > 0;
    }

    /** The cycle's plan as checked when it started, if it was kept in its typed form. */
    public Optional<Plan> checkedPlan(String businessKey) {
        return jdbc.sql("SELECT plan_json, region_code FROM cycle WHERE business_key = :key AND plan_json IS NOT NULL")
                .param("key", businessKey)
                .query((rs, row) -> user.maySee(rs.getString(2)) ? rs.getString(1) : null)
                .optional()
                .map(PlanJson::read);
    }

    /**
     * The cycle runs a revised plan from now on: its typed form replaces the one read by every step. The
     * plan file the cycle started from stays as it was (version 1 of the plan).
     */
    public void replacePlan(String businessKey, Plan plan) {
        jdbc.sql("UPDATE cycle SET plan_json = :json WHERE business_key = :key")
                .param("json", PlanJson.write(plan))
                .param("key", businessKey)
                .update();
    }
}
