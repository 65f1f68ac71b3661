package se.paverkansagenda.round;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.process.AnswerAfterCloseProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.security.EngineAsApplication;

/**
 * Records a recipient's answer and tells the waiting request process, in one transaction. A submit
 * that collides with another change of the same process is retried here, so no optimistic-locking
 * failure reaches the caller; a repeated submit finds the answer stored and changes nothing.
 * After the deadline the plan's rule decides: a late answer is taken in and marked late, or refused.
 */
@Service
public class AnswerService {

    private final RoundRequestRepository requests;
    private final RoundService rounds;
    private final RuntimeService runtimeService;
    private final DeadlineService deadlines;
    private final EngineAsApplication engine;
    private final TransactionTemplate transaction;

    public AnswerService(RoundRequestRepository requests, RoundService rounds, RuntimeService runtimeService,
                         DeadlineService deadlines, EngineAsApplication engine,
                         PlatformTransactionManager transactionManager) {
        this.requests = requests;
        this.rounds = rounds;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
        this.engine = engine;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** An answer an official registers today without saying how it came in. */
    public AnswerOutcome record(String requestId, String text, String answeredBy) {
        return record(requestId, new Answer(text, answeredBy, AnswerChannel.OFFICIAL, deadlines.today()));
    }

    public AnswerOutcome record(String requestId, Answer answer) {
        return CollisionRetry.retry(() -> transaction.execute(status -> recordOnce(requestId, answer)));
    }

    /**
     * Records the answer as part of the caller's transaction, for a caller that stores more with it;
     * the caller retries its whole transaction on a collision ({@link CollisionRetry}).
     */
    public AnswerOutcome recordWithinTransaction(String requestId, Answer answer) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An answer recorded with more must be inside the caller's transaction");
        }
        return recordOnce(requestId, answer);
    }

    /**
     * To the instance recorded when the request was sent, which is one indexed lookup; requests sent
     * before that was recorded are found by their variable, which searches every waiting instance.
     */
    private void correlateAnswer(String requestId) {
        MessageCorrelationBuilder answer = runtimeService.createMessageCorrelation(
                RequestRoundProcess.MESSAGE_ANSWER_RECEIVED);
        requests.processInstanceOf(requestId).ifPresentOrElse(answer::processInstanceId,
                () -> answer.processInstanceVariableEquals(RequestRoundProcess.REQUEST_ID.name(), requestId));
        answer.correlateWithResult();
    }

    private AnswerOutcome recordOnce(String requestId, Answer answer) {
        RoundRequest request = requests.find(requestId).orElseThrow(() -> new UnknownRequestException(requestId));
        switch (request.status()) {
            case ANSWERED -> {
                return AnswerOutcome.ALREADY_RECORDED;
            }
            case CREATED -> throw new RequestNotSentException(request);
            case SENT, UNANSWERED -> {
                boolean late = rounds.checkTakesAnswer(request, answer.receivedOn());
                if (!requests.recordAnswer(requestId, request.status(), answer, late,
                        OffsetDateTime.now(deadlines.clock()))) {
                    // another transaction changed the request between our read and our write
                    throw new ConcurrencyFailureException("Request " + requestId + " changed concurrently");
                }
                if (request.status() == RequestStatus.SENT) {
                    correlateAnswer(requestId);
                } else {
                    // the deadline ended the request's process: the receipt goes out from a process of its own
                    VariableMap variables = AnswerAfterCloseProcess.REQUEST_ID.putIn(Variables.createVariables(),
                            requestId);
                    AnswerAfterCloseProcess.CYCLE_KEY.putIn(variables, request.cycleKey());
                    engine.call(() -> runtimeService.startProcessInstanceByKey(AnswerAfterCloseProcess.KEY,
                            request.cycleKey(), variables));
                }
                return AnswerOutcome.RECORDED;
            }
            default -> throw new IllegalStateException("Unknown status " + request.status());
        }
    }
}
