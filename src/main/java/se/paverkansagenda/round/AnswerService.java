package se.paverkansagenda.round;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * Records a recipient's answer and tells the waiting request process, in one transaction. A submit
 * that collides with another change of the same process is retried here, so no optimistic-locking
 * failure reaches the caller; a repeated submit finds the answer stored and changes nothing.
 */
@Service
public class AnswerService {

    static final int MAX_ATTEMPTS = 8;

    private final RoundRequestRepository requests;
    private final RuntimeService runtimeService;
    private final DeadlineService deadlines;
    private final TransactionTemplate transaction;

    public AnswerService(RoundRequestRepository requests, RuntimeService runtimeService, DeadlineService deadlines,
                         PlatformTransactionManager transactionManager) {
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public AnswerOutcome record(String requestId, String text, String answeredBy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> recordOnce(requestId, text, answeredBy));
            } catch (RuntimeException e) {
                if (!isCollision(e)) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("Svaret kunde inte sparas efter " + MAX_ATTEMPTS
                            + " försök; inget har ändrats, försök igen", e);
                }
                pause(attempt);
            }
        }
    }

    private AnswerOutcome recordOnce(String requestId, String text, String answeredBy) {
        RoundRequest request = requests.find(requestId).orElseThrow(() -> new UnknownRequestException(requestId));
        switch (request.status()) {
            case ANSWERED -> {
                return AnswerOutcome.ALREADY_RECORDED;
            }
            case UNANSWERED -> throw new RoundClosedException(request);
            case CREATED -> throw new RequestNotSentException(request);
            case SENT -> {
                if (!requests.recordAnswer(requestId, text, answeredBy, OffsetDateTime.now(deadlines.clock()))) {
                    // another transaction changed the request between our read and our write
                    throw new ConcurrencyFailureException("Request " + requestId + " changed concurrently");
                }
                runtimeService.createMessageCorrelation(RequestRoundProcess.MESSAGE_ANSWER_RECEIVED)
                        .processInstanceVariableEquals(RequestRoundProcess.REQUEST_ID.name(), requestId)
                        .correlateWithResult();
                return AnswerOutcome.RECORDED;
            }
            default -> throw new IllegalStateException("Unknown status " + request.status());
        }
    }

    /**
     * A collision with another transaction, which a new attempt resolves: the engine's optimistic
     * lock, or the database giving up waiting for a row lock or breaking a deadlock.
     */
    static boolean isCollision(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof TransientDataAccessException
                    || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an answer", e);
        }
    }
}
