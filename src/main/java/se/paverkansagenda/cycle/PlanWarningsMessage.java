package se.paverkansagenda.cycle;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.NotificationFailedException;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;

/**
 * What a started cycle's plan keeps that the process owner should know of: its deadlines on weekends
 * and public holidays. Sent once per cycle, after the start is committed, and only when there is
 * something to say; a mail that cannot be sent stays in the outbox as failed, the start stands.
 */
@Component
class PlanWarningsMessage {

    private static final Logger LOG = LoggerFactory.getLogger(PlanWarningsMessage.class);

    private final Notifications notifications;

    PlanWarningsMessage(Notifications notifications) {
        this.notifications = notifications;
    }

    void send(Plan plan, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        Map<String, Object> model = Notifications.model(plan);
        model.put("warnings", warnings);
        String owner = plan.contacts().processOwner();
        try {
            notifications.deliver(new Notifications.Message(Notifications.key(plan, NotificationType.PLAN_WARNINGS, owner),
                    plan, null, NotificationType.PLAN_WARNINGS, owner, model));
        } catch (NotificationFailedException failed) {
            LOG.warn("Planens varningar för {} kunde inte skickas till processägaren: {}", plan.businessKey(),
                    failed.getMessage());
        }
    }
}
