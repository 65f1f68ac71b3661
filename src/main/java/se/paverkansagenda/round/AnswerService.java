package se.paverkansagenda.round;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.ConcurrencyFailureException;
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
        return CollisionRetry.retry(() -> transaction.execute(status -> recordOnce(requestId, text, answeredBy)));
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
}
