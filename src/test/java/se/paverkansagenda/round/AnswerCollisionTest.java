package se.paverkansagenda.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.LocalDate;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/** Which failures of an answer's transaction are collisions that a new attempt resolves. */
class AnswerCollisionTest {

    @Test
    void theEnginesOptimisticLockAndTheDatabasesLockWaitsAndDeadlocksAreCollisions() {
        assertThat(CollisionRetry.isCollision(new OptimisticLockingException("row changed"))).isTrue();
        assertThat(CollisionRetry.isCollision(new QueryTimeoutException("lock wait"))).isTrue();
        assertThat(CollisionRetry.isCollision(new ProcessEngineException("flush failed",
                new SQLTimeoutException("Timeout trying to lock table")))).isTrue();
        assertThat(CollisionRetry.isCollision(new ProcessEngineException("flush failed",
                new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(CollisionRetry.isCollision(new ProcessEngineException("flush failed",
                new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThat(CollisionRetry.isCollision(new IllegalStateException("bug"))).isFalse();
        assertThat(CollisionRetry.isCollision(new ProcessEngineException("no such column",
                new SQLException("column missing", "42703")))).isFalse();
        assertThat(CollisionRetry.isCollision(new RoundClosedException(new RoundRequest("r", "c", RoundKind.INPUT,
                "2380", "Östersund", "x@y.example", LocalDate.parse("2020-10-02"), RequestStatus.UNANSWERED, null, null,
                null)))).isFalse();
    }
}
