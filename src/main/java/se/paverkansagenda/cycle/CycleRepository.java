package se.paverkansagenda.cycle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanJson;

@Repository
public class CycleRepository {

    private final JdbcClient jdbc;

    public CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The business keys of every cycle, running or finished, the newest first. */
    public List<String> keys() {
        return jdbc.sql("SELECT business_key FROM cycle ORDER BY started_at DESC, business_key").query(String.class).list();
    }

    public Optional<Cycle> find(String businessKey) {
        return jdbc.sql("""
                SELECT business_key, plan_yaml, process_instance_id, started_by, started_at
                FROM cycle WHERE business_key = :key""")
                .param("key", businessKey)
                .query((rs, row) -> new Cycle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /** The cycle's plan as checked when it started, if it was kept in its typed form. */
    public Optional<Plan> checkedPlan(String businessKey) {
        return jdbc.sql("SELECT plan_json FROM cycle WHERE business_key = :key AND plan_json IS NOT NULL")
                .param("key", businessKey)
                .query(String.class)
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
