package se.paverkansagenda.round;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.MailSettings;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;

/** The messages of a round's requests: the request with its link, reminders, the receipt, and the round's unanswered requests. */
@Service
public class RequestMessages {

    private final RoundService rounds;
    private final CycleService cycles;
    private final DeadlineService deadlines;
    private final Notifications notifications;
    private final CarryForwardService carryForward;
    private final MailSettings mail;

    public RequestMessages(RoundService rounds, CycleService cycles, DeadlineService deadlines,
                           Notifications notifications, CarryForwardService carryForward, MailSettings mail) {
        this.carryForward = carryForward;
        this.mail = mail;
        this.rounds = rounds;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    /** Sends a recipient the request of its round, with its link and deadline. */
    public void sendRequest(String requestId) {
        RoundRequest request = rounds.request(requestId);
        Plan plan = cycles.planOf(request.cycleKey());
        NotificationType type = request.kind() == RoundKind.INPUT ? NotificationType.INPUT_REQUEST
                : NotificationType.CONSULTATION_REQUEST;
        Map<String, Object> model = requestModel(plan, request);
        model.put("rusAreas", plan.rusAreas());
        if (request.kind() == RoundKind.INPUT) {
            // a cycle that follows another asks about last year's issues as well
            model.put("followed", plan.follows());
            model.put("followUp", carryForward.issues(request.cycleKey()));
        }
        // the consultation asks about its draft: the frozen agenda version goes with every request
        List<String> attachments = List.of();
        if (request.kind() == RoundKind.CONSULTATION) {
            Optional<ConsultationDraft> draft = rounds.consultationDraft(request.cycleKey());
            model.put("draftVersion", draft.map(ConsultationDraft::version).orElse(null));
            attachments = draft.map(ConsultationDraft::documentIds).orElse(List.of());
        }
        notifications.deliver(new Notifications.Message(requestId + "/" + type, plan, request.kind().step(), type,
                request.recipientEmail(), model, null, attachments));
    }

    /**
     * Reminds a recipient who has not answered; the rule is how many business days before the
     * deadline this reminder is. Nothing is sent once the request is answered or closed.
     */
    public void sendReminder(String requestId, int businessDaysBefore) {
        remind(requestId, requestId + "/" + NotificationType.REMINDER + "/" + businessDaysBefore);
    }

    /**
     * A reminder an official sends at once, from the round's page. Reminders asked for within the
     * same minute are one message, so a double click sends one.
     */
    public void remindNow(String requestId, Instant at) {
        remind(requestId, requestId + "/" + NotificationType.REMINDER + "/now/" + at.truncatedTo(ChronoUnit.MINUTES));
    }

    private void remind(String requestId, String key) {
        RoundRequest request = rounds.request(requestId);
        if (request.status() != RequestStatus.SENT) {
            return;
        }
        Plan plan = cycles.planOf(request.cycleKey());
        Map<String, Object> model = requestModel(plan, request);
        model.put("businessDaysLeft", deadlines.businessDays().between(deadlines.today(), request.deadline()));
        send(key, plan, request, NotificationType.REMINDER, request.recipientEmail(), model);
    }

    /** Confirms to the recipient that its answer was recorded, with a copy of it. */
    public void sendReceipt(String requestId) {
        RoundRequest request = rounds.request(requestId);
        Plan plan = cycles.planOf(request.cycleKey());
        Map<String, Object> model = requestModel(plan, request);
        model.put("answerText", request.answerText());
        model.put("answeredAt", request.closedAt() == null ? null
                : SwedishDates.day(request.closedAt().atZoneSameInstant(deadlines.zone()).toLocalDate()));
        send(requestId + "/" + NotificationType.ANSWER_RECEIPT, plan, request, NotificationType.ANSWER_RECEIPT,
                request.recipientEmail(), model);
    }

    /**
     * Tells the process owner, in one message for the whole round, which requests went unanswered: each
     * recipient with its address and deadline, and the round's page. Sent once a round
     * (its key is the round's); nothing when every request was answered.
     */
    public void notifyUnanswered(String cycleKey, RoundKind kind) {
        List<RoundRequest> unanswered = rounds.requestsOf(cycleKey, kind).stream()
                .filter(request -> request.status() == RequestStatus.UNANSWERED).toList();
        if (unanswered.isEmpty()) {
            return;
        }
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("input", kind == RoundKind.INPUT);
        model.put("roundName", kind.swedishName());
        model.put("count", unanswered.size());
        model.put("roundUrl", mail.publicBaseUrl().replaceAll("/+$", "") + "/api/omgang/" + cycleKey + "/" + kind.slug());
        model.put("unanswered", unanswered.stream().map(request -> Map.of(
                "name", request.recipientName(),
                "email", request.recipientEmail(),
                "deadline", SwedishDates.day(request.deadline())))
                .toList());
        notifications.deliver(new Notifications.Message(unansweredKey(cycleKey, kind), plan, kind.step(),
                NotificationType.LATE_ANSWER, plan.contacts().processOwner(), model));
    }

    /** The outbox key of a round's message about its unanswered requests. */
    public static String unansweredKey(String cycleKey, RoundKind kind) {
        return cycleKey + "/" + kind + "/" + NotificationType.LATE_ANSWER;
    }

    private void send(String key, Plan plan, RoundRequest request, NotificationType type, String recipient,
                      Map<String, Object> model) {
        notifications.deliver(new Notifications.Message(key, plan, request.kind().step(), type, recipient, model));
    }

    private Map<String, Object> requestModel(Plan plan, RoundRequest request) {
        Map<String, Object> model = Notifications.model(plan);
        model.put("input", request.kind() == RoundKind.INPUT);
        model.put("recipientName", request.recipientName());
        model.put("deadline", SwedishDates.day(request.deadline()));
        // the recipient's answer link is made when the message is sent, and never stored with it
        model.put("link", Notifications.personalLink(request.id()));
        return model;
    }
}
