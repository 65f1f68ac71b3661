package se.paverkansagenda.stage;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.paverkansagenda.plan.Step;

@Repository
public class LateStepRepository {

    private final JdbcClient jdbc;

    public LateStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the step ({@link Step#name()}, or the reference groups' work) as late; false if it was
     * recorded already for that due date.
     */
    public boolean insertIfAbsent(String cycleKey, String step, OffsetDateTime dueAt, OffsetDateTime detectedAt) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM late_step WHERE cycle_key = :cycle AND step = :step AND due_at = :due")
                .param("cycle", cycleKey).param("step", step).param("due", dueAt)
                .query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO late_step (cycle_key, step, due_at, detected_at) VALUES (:cycle, :step, :due, :at)")
                .param("cycle", cycleKey).param("step", step).param("due", dueAt).param("at", detectedAt)
                .update();
        return true;
    }

    /** The steps of the plan recorded late, in the order they were found late. */
    public List<Step> lateSteps(String cycleKey) {
        return lateWork(cycleKey).stream().filter(key -> Arrays.stream(Step.values()).anyMatch(s -> s.name().equals(key)))
                .map(Step::valueOf).toList();
    }

    /** Every piece of work recorded late: the steps' names and the reference groups' key. */
    private List<String> lateWork(String cycleKey) {
        return jdbc.sql("SELECT step FROM late_step WHERE cycle_key = :cycle ORDER BY detected_at")
                .param("cycle", cycleKey)
                .query(String.class)
                .list();
    }
}
