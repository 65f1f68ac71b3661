package se.paverkansagenda.notification;

import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.deadline.DeadlineService;

/**
 * The record of every message, written in transactions of its own: what the outbox says survives a
 * rollback of the job that sends, so a retried job sees which messages already went out.
 */
@Component
public class Outbox {

    private final NotificationRepository notifications;
    private final DeadlineService deadlines;
    private final TransactionTemplate ownTransaction;

    public Outbox(NotificationRepository notifications, DeadlineService deadlines, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The message recorded under the key; when there is none yet, the composed one is recorded. The
     * message is composed only then, in the same transaction, so whatever composing records (a
     * calendar event's sequence) is written once with it.
     */
    public Notification recordOnce(String idempotencyKey, Supplier<Notification> compose) {
        try {
            return ownTransaction.execute(status -> notifications.findByKey(idempotencyKey).orElseGet(() -> {
                Notification composed = compose.get();
                notifications.insert(composed);
                return composed;
            }));
        } catch (DuplicateKeyException recordedConcurrently) {
            return ownTransaction.execute(status -> notifications.findByKey(idempotencyKey).orElseThrow());
        }
    }

    /** A recorded message, by its id. */
    public Notification find(String id) {
        return notifications.findById(id).orElseThrow(() -> new IllegalStateException("No message " + id + " in the outbox"));
    }

    public void sent(Notification notification) {
        ownTransaction.executeWithoutResult(status -> notifications.markSent(notification.id(), now()));
    }

    public void failed(Notification notification, String error) {
        ownTransaction.executeWithoutResult(status -> notifications.markFailed(notification.id(), now(), error));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(deadlines.clock());
    }
}
