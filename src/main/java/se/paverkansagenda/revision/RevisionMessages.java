package se.paverkansagenda.revision;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.CalendarInvitations;
import se.paverkansagenda.notification.NotificationFailedException;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;

/**
 * The mails of a revision, one per recipient: the process owner gets every change, a recipient whose
 * deadline moved its new deadline, and everyone invited to a meeting that moved the invitation again
 * (the same UID, a higher SEQUENCE). Sent once the revision is committed; a mail that cannot go out stays
 * in the outbox as failed and the revision stands.
 */
@Component
class RevisionMessages {

    private static final Logger LOG = LoggerFactory.getLogger(RevisionMessages.class);

    private final Notifications notifications;
    private final CalendarInvitations calendar;

    RevisionMessages(Notifications notifications, CalendarInvitations calendar) {
        this.notifications = notifications;
        this.calendar = calendar;
    }

    /** Who has been invited to the step's meeting so far, with the title of the event each got. */
    Map<String, String> invitees(String cycleKey, Step meeting) {
        return calendar.invitees(cycleKey, meeting);
    }

    void send(Plan plan, PlanRevision revision, List<Letters.Letter> letters) {
        for (Letters.Letter letter : letters) {
            Map<String, Object> model = Notifications.model(plan);
            model.put("version", revision.version());
            model.put("reason", revision.reason());
            model.put("lines", letter.lines());
            model.put("invitation", !letter.invitations().isEmpty());
            String key = Notifications.key(plan, NotificationType.PLAN_REVISED, letter.recipient()) + "/v"
                    + revision.version();
            List<CalendarInvitations.Meeting> meetings = letter.invitations().stream()
                    .map(invitation -> new CalendarInvitations.Meeting(invitation.step(), invitation.day(),
                            invitation.summary(), invitation.summary() + ", " + plan.region().name() + " ("
                            + plan.businessKey() + ")"))
                    .toList();
            try {
                notifications.deliver(new Notifications.Message(key, plan, null, NotificationType.PLAN_REVISED,
                        letter.recipient(), model, meetings.isEmpty() ? null : () -> calendar.invitation(
                                plan.businessKey(), meetings, plan.contacts().processOwner(), letter.recipient()),
                        List.of()));
            } catch (NotificationFailedException failed) {
                LOG.warn("Den ändrade planen för {} kunde inte meddelas {}: {}", plan.businessKey(), letter.recipient(),
                        failed.getMessage());
            } catch (RuntimeException failed) {
                // the revision is committed: the other recipients are still told
                LOG.error("Den ändrade planen för {} kunde inte meddelas {}", plan.businessKey(), letter.recipient(),
                        failed);
            }
        }
    }
}
