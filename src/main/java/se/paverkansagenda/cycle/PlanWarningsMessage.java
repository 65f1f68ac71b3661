package se.paverkansagenda.cycle;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;

/**
 * What a started cycle's plan keeps that the process owner should know of: its deadlines on weekends
 * and public holidays. Sent once per cycle, after the start is committed, and only when there is
 * something to say; a mail that cannot be sent now is sent again later by a job of its own, the start stands.
 */
@Component
class PlanWarningsMessage {

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
        notifications.deliverOrRetryLater(new Notifications.Message(Notifications.key(plan, NotificationType.PLAN_WARNINGS,
                owner), plan, null, NotificationType.PLAN_WARNINGS, owner, model));
    }
}
