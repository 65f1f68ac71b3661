package se.paverkansagenda.sharing;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.paverkansagenda.notification.MailSettings;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;

/**
 * The mails of an offer, each to the other region's process owner (the address of its cycle's plan): the offer
 * with a link to answer it, the answer, the withdrawal. Each goes through the outbox once the change is
 * committed; one that cannot go now is sent again later.
 */
@Component
class SharingMessages {

    static final String PAGE = "/api/delning/";

    private final Notifications notifications;
    private final String baseUrl;

    SharingMessages(Notifications notifications, MailSettings settings) {
        this.notifications = notifications;
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    void offered(SharedIssue issue, Plan target) {
        Map<String, Object> model = model(issue, target);
        model.put("offeredBy", issue.offeredBy());
        model.put("message", issue.message());
        send(issue, target, NotificationType.ISSUE_OFFERED, model);
    }

    void answered(SharedIssue issue, Plan source) {
        Map<String, Object> model = model(issue, source);
        model.put("accepted", issue.shared());
        model.put("answeredBy", issue.answeredBy());
        model.put("reason", issue.declineReason());
        send(issue, source, NotificationType.ISSUE_OFFER_ANSWERED, model);
    }

    void withdrawn(SharedIssue issue, Plan target) {
        send(issue, target, NotificationType.ISSUE_OFFER_WITHDRAWN, model(issue, target));
    }

    private Map<String, Object> model(SharedIssue issue, Plan plan) {
        Map<String, Object> model = Notifications.model(plan);
        model.put("sourceRegion", issue.sourceRegionName());
        model.put("sourceCycleKey", issue.sourceCycleKey());
        model.put("targetRegion", issue.targetRegionName());
        model.put("targetCycleKey", issue.targetCycleKey());
        model.put("title", issue.title());
        model.put("text", issue.text());
        model.put("link", baseUrl + PAGE + issue.id());
        return model;
    }

    private void send(SharedIssue issue, Plan plan, NotificationType type, Map<String, Object> model) {
        String recipient = plan.contacts().processOwner();
        Notifications.Message message = new Notifications.Message(plan.businessKey() + "/" + type + "/" + issue.id()
                + "/" + recipient, plan, null, type, recipient, model);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifications.deliverOrRetryLater(message);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                notifications.deliverOrRetryLater(message);
            }
        });
    }
}
