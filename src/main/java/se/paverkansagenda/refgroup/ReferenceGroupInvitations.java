package se.paverkansagenda.refgroup;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.paverkansagenda.answer.CycleProposal;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.notification.CalendarInvitations;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;

/**
 * Sends each member what they have not been sent yet: the invitation to their group's meeting with the
 * compiled proposals of its issues and their personal link; after a change, the same event again with a
 * higher SEQUENCE; after a cancellation, or to a member removed, the event's cancellation. A member
 * never invited gets no cancellation.
 */
@Component
public class ReferenceGroupInvitations {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private final ReferenceGroupService service;
    private final ReferenceGroupRepository groups;
    private final CycleService cycles;
    private final Notifications notifications;
    private final CalendarInvitations calendar;

    public ReferenceGroupInvitations(ReferenceGroupService service, ReferenceGroupRepository groups, CycleService cycles,
                                     Notifications notifications, CalendarInvitations calendar) {
        this.service = service;
        this.groups = groups;
        this.cycles = cycles;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    public static String uid(ReferenceGroup group) {
        return group.cycleKey() + "-referensgrupp-" + group.id() + "@paverkansagenda";
    }

    public void sendPending(String cycleKey) {
        if (!groups.released(cycleKey)) {
            return;
        }
        Plan plan = cycles.planOf(cycleKey);
        for (ReferenceGroup group : groups.findByCycle(cycleKey)) {
            for (ReferenceGroup.Member member : group.members()) {
                boolean cancel = group.cancelled() || member.removed();
                String method = cancel ? CANCEL : REQUEST;
                if (cancel && !REQUEST.equals(member.sentMethod())) {
                    continue;
                }
                if (member.sentSequence() != null && member.sentSequence() == group.sequence()
                        && method.equals(member.sentMethod())) {
                    continue;
                }
                send(plan, group, member, method);
                groups.markSent(member.id(), group.sequence(), method);
            }
        }
    }

    private void send(Plan plan, ReferenceGroup group, ReferenceGroup.Member member, String method) {
        boolean cancel = CANCEL.equals(method);
        String kind = cancel ? "cancellation" : member.sentMethod() == null ? "invitation" : "change";
        List<CycleProposal> proposals = service.proposalsOf(group);
        Map<String, Object> model = Notifications.model(plan);
        model.put("kind", kind);
        model.put("memberName", member.name());
        model.put("groupName", group.name());
        model.put("areas", group.issues().stream().map(code -> ReferenceGroupService.issueLabel(plan, proposals, code))
                .toList());
        model.put("meetingDay", SwedishDates.day(group.meetingDay()));
        model.put("meetingTime", group.meetingTime().toString());
        model.put("meetingPlace", group.meetingPlace());
        model.put("proposals", proposals.stream().map(p -> new ProposalLine(p.municipalityName(), p.title(),
                p.description(), ReferenceGroupService.areaLabel(plan, p.rusArea()))).toList());
        model.put("members", group.activeMembers().stream()
                .map(m -> m.name() + " (" + m.organisation() + ")").toList());
        model.put("removed", member.removed());
        if (!cancel) {
            model.put("link", Notifications.personalLink(ReferenceGroupLinks.subject(member.id())));
        }
        String summary = "Referensgrupp: " + group.name();
        String description = summary + ", " + plan.region().name() + " (" + plan.businessKey() + ")";
        notifications.deliver(new Notifications.Message(
                Notifications.key(plan, NotificationType.REFERENCE_GROUP_INVITATION, member.email()) + "/" + group.id()
                        + "/" + group.sequence() + "/" + method,
                plan, null, NotificationType.REFERENCE_GROUP_INVITATION, member.email(), model,
                () -> calendar.meeting(uid(group), group.sequence(), cancel, group.meetingDay(), group.meetingTime(),
                        summary, description, group.meetingPlace(), plan.contacts().processOwner(), member.email()),
                List.of()));
    }

    /** A compiled proposal as the invitation lists it. */
    public record ProposalLine(String municipality, String title, String description, String area) {
    }
}
