package se.paverkansagenda.revision;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.CalendarInvitations;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;

/**
 * The mails of a revision, one per recipient: the process owner gets every change, a recipient whose
 * deadline moved its new deadline, and everyone invited to a meeting that moved the invitation again
 * (the same UID, a higher SEQUENCE). Sent once the revision is committed; a mail that cannot go out now is
 * sent again later by a job of its own, and the revision stands.
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
            try {
                List<String> cancelled = letter.cancellations().stream().map(meeting -> "Ni är inte längre kallade till"
                        + " mötet ”" + meeting.summary() + "” " + SwedishDates.day(meeting.day()) + ".").toList();
                if (letter.invitations().isEmpty() && !cancelled.isEmpty()) {
                    deliver(plan, revision, letter.recipient(), concat(letter.lines(), cancelled),
                            letter.cancellations(), true);
                    continue;
                }
                deliver(plan, revision, letter.recipient(), letter.lines(), letter.invitations(), false);
                if (!cancelled.isEmpty()) {
                    // one calendar holds invitations or cancellations: the cancellations come in a mail of their own
                    deliver(plan, revision, letter.recipient(), cancelled, letter.cancellations(), true);
                }
            } catch (RuntimeException failed) {
                // the revision is committed: the other recipients are still told
                LOG.error("Den ändrade planen för {} kunde inte meddelas {}", plan.businessKey(), letter.recipient(),
                        failed);
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    /**
     * One mail of the revision to one recipient. Its key names each meeting it carries, {@code /RSR_TREATMENT=...},
     * as the meetings' first notices do, so that the next revision knows who is invited to what.
     */
    private void deliver(Plan plan, PlanRevision revision, String recipient, List<String> lines,
                         List<Letters.Invitation> invitations, boolean cancelled) {
        Map<String, Object> model = Notifications.model(plan);
        model.put("version", revision.version());
        model.put("reason", revision.reason());
        model.put("lines", lines);
        model.put("calendarNote", invitations.isEmpty() ? null : cancelled
                ? "En avbokning är bifogad; den tar bort mötet ur er kalender."
                : "En kalenderinbjudan är bifogad; den ersätter en tidigare inbjudan till samma möte i er kalender.");
        StringBuilder key = new StringBuilder(Notifications.key(plan, NotificationType.PLAN_REVISED, recipient))
                .append("/v").append(revision.version());
        invitations.forEach(invitation -> key.append('/').append(invitation.step().name()).append('=')
                .append(cancelled ? "inställt" : invitation.day()));
        List<CalendarInvitations.Meeting> meetings = invitations.stream()
                .map(invitation -> new CalendarInvitations.Meeting(invitation.step(), invitation.day(),
                        invitation.summary(), invitation.summary() + ", " + plan.region().name() + " ("
                        + plan.businessKey() + ")"))
                .toList();
        String organizer = plan.contacts().processOwner();
        notifications.deliverOrRetryLater(new Notifications.Message(key.toString(), plan, null, NotificationType.PLAN_REVISED,
                recipient, model, meetings.isEmpty() ? null : () -> cancelled
                        ? calendar.cancellation(plan.businessKey(), meetings, organizer, recipient)
                        : calendar.invitation(plan.businessKey(), meetings, organizer, recipient),
                List.of()));
    }
}
