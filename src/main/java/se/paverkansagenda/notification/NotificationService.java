package se.paverkansagenda.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.StepFacts;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.AnswerLinks;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * Every message of the lifecycle goes through here. Each is recorded in the outbox under an
 * idempotency key before it is sent and marked sent right after, both in transactions of their own,
 * so a job that fails half-way and is retried sends only what had not gone out yet. Callers are the
 * delegates of asynchronous tasks and timers, so sending always happens in a job of its own.
 */
@Service
public class NotificationService {

    private final CycleService cycles;
    private final RoundService rounds;
    private final DeadlineService deadlines;
    private final Outbox outbox;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final CalendarInvitations calendar;
    private final AnswerLinks links;
    private final DocumentStore documents;

    public NotificationService(CycleService cycles, RoundService rounds, DeadlineService deadlines, Outbox outbox,
                               Mailer mailer, MailTemplates templates, CalendarInvitations calendar, AnswerLinks links,
                               DocumentStore documents) {
        this.cycles = cycles;
        this.rounds = rounds;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.mailer = mailer;
        this.templates = templates;
        this.calendar = calendar;
        this.links = links;
        this.documents = documents;
    }

    /** The message of a notification step of the main process. */
    public void notifyStep(String cycleKey, NotificationType type, StepFacts facts) {
        Plan plan = cycles.planOf(cycleKey);
        switch (type) {
            case PLAN_TO_RSR -> {
                meetingNotice(plan, Step.SEND_PLAN_TO_RSR, NotificationType.PLAN_TO_RSR, plan.contacts().rsr(),
                        Step.RSR_TREATMENT, "RSR behandlar förslaget till länsgemensam påverkansagenda", planModel(plan),
                        List.of());
                meetingNotice(plan, Step.SEND_PLAN_TO_RSR, NotificationType.PRESIDIUM_INVITATION,
                        plan.contacts().presidium(), Step.PRESIDIUM_REVIEW,
                        "RUN:s presidium: förslaget till länsgemensam påverkansagenda", planModel(plan), List.of());
            }
            case COMPILATION_TO_RSR -> {
                List<String> compilation = documents.latest(cycleKey, DocumentKind.INPUT_COMPILATION).stream()
                        .map(StoredDocument::id).toList();
                Map<String, Object> model = compilationModel(plan, facts);
                model.put("attachedFiles", compilation.size());
                meetingNotice(plan, Step.SEND_COMPILATION_TO_RSR, NotificationType.COMPILATION_TO_RSR, plan.contacts().rsr(),
                        Step.WORKSHOP, "Workshop: prioritering av inspelen till påverkansagendan", model, compilation);
                for (Plan.Municipality municipality : plan.municipalities()) {
                    Map<String, Object> own = new LinkedHashMap<>(model);
                    own.put("recipientName", municipality.name());
                    meetingNotice(plan, Step.COMPILE_INPUT, NotificationType.COMPILATION_TO_MUNICIPALITY,
                            municipality.email(), Step.WORKSHOP, "Workshop: prioritering av inspelen till påverkansagendan", own,
                            compilation);
                }
            }
            case PARTNERSHIP_INFORMATION -> {
                Map<String, Object> model = common(plan);
                model.put("issues", facts.prioritisedIssues());
                model.put("writing", SwedishDates.period(plan.datesOf(Step.WRITE_AGENDA)));
                model.put("consultation", SwedishDates.period(plan.datesOf(Step.CONSULTATION)));
                model.put("adoption", SwedishDates.period(plan.datesOf(Step.ADOPTION)));
                deliver(key(plan, type, plan.contacts().partnership()), plan, Step.INFORM_PARTNERSHIP, type,
                        plan.contacts().partnership(), model, null);
            }
            case AGENDA_ADOPTED -> {
                Map<String, Object> model = common(plan);
                model.put("paragraph", facts.adoptionParagraph());
                model.put("decisionDate", facts.adoptionDate());
                model.put("body", facts.adoptionBody());
                model.put("version", facts.agendaVersion());
                model.put("documentUrl", webAddress(facts.agendaDocumentUrl()));
                List<String> agenda = documents.latest(cycleKey, DocumentKind.ADOPTED_AGENDA).stream()
                        .map(StoredDocument::id).toList();
                model.put("attachedFiles", agenda.size());
                for (String recipient : everyoneTakingPart(plan)) {
                    deliver(key(plan, type, recipient), plan, Step.ADOPTION, type, recipient, model, null, agenda);
                }
            }
            default -> throw new IllegalArgumentException(type + " is not the message of a notification step");
        }
    }

    /** Tells the process owner that a step passed its planned end, and by how much. */
    public void notifyLateStep(String cycleKey, Step step, OffsetDateTime due) {
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = common(plan);
        model.put("stepNumber", step.number());
        model.put("stepName", step.swedishName());
        model.put("plannedEnd", SwedishDates.day(due.atZoneSameInstant(deadlines.zone()).toLocalDate()));
        model.put("lateness", deadlines.lateness(due.toInstant(), deadlines.clock().instant()).inSwedish());
        String owner = plan.contacts().processOwner();
        deliver(key(plan, NotificationType.LATE_STEP, owner) + "/" + step.name() + "/" + due.toInstant(), plan, step,
                NotificationType.LATE_STEP, owner, model, null);
    }

    /**
     * The report to the steering group: to the presidium and the process owner, with a file (the
     * timeline as PDF). The report's id makes each report's messages its own.
     */
    public void sendSteeringReport(String cycleKey, String reportId, Map<String, Object> report, String documentId) {
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = common(plan);
        model.putAll(report);
        NotificationType type = NotificationType.STEERING_REPORT;
        for (String recipient : new LinkedHashSet<>(List.of(plan.contacts().presidium(), plan.contacts().processOwner()))) {
            deliver(key(plan, type, recipient) + "/" + reportId, plan, null, type, recipient, model, null, List.of(documentId));
        }
    }

    /** Sends a recipient the request of its round, with its link and deadline. */
    public void sendRequest(String requestId) {
        RoundRequest request = rounds.request(requestId);
        Plan plan = cycles.planOf(request.cycleKey());
        NotificationType type = request.kind() == RoundKind.INPUT ? NotificationType.INPUT_REQUEST
                : NotificationType.CONSULTATION_REQUEST;
        Map<String, Object> model = requestModel(plan, request);
        model.put("rusAreas", plan.rusAreas());
        deliver(requestId + "/" + type, plan, request.kind().step(), type, request.recipientEmail(), model, null);
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
        deliver(key, plan, request.kind().step(), NotificationType.REMINDER, request.recipientEmail(), model, null);
    }

    /** Confirms to the recipient that its answer was recorded, with a copy of it. */
    public void sendReceipt(String requestId) {
        RoundRequest request = rounds.request(requestId);
        Plan plan = cycles.planOf(request.cycleKey());
        Map<String, Object> model = requestModel(plan, request);
        model.put("answerText", request.answerText());
        model.put("answeredAt", request.closedAt() == null ? null
                : SwedishDates.day(request.closedAt().atZoneSameInstant(deadlines.zone()).toLocalDate()));
        deliver(requestId + "/" + NotificationType.ANSWER_RECEIPT, plan, request.kind().step(),
                NotificationType.ANSWER_RECEIPT, request.recipientEmail(), model, null);
    }

    /** Tells the process owner that a request's deadline passed without an answer, and by how much. */
    public void notifyLateAnswer(String requestId) {
        RoundRequest request = rounds.request(requestId);
        Plan plan = cycles.planOf(request.cycleKey());
        Map<String, Object> model = requestModel(plan, request);
        Instant due = deadlines.endOfDay(request.deadline()).toInstant();
        model.put("lateness", deadlines.lateness(due, deadlines.clock().instant()).inSwedish());
        String owner = plan.contacts().processOwner();
        deliver(requestId + "/" + NotificationType.LATE_ANSWER, plan, request.kind().step(), NotificationType.LATE_ANSWER,
                owner, model, null);
    }

    private void meetingNotice(Plan plan, Step step, NotificationType type, String recipient, Step meeting, String summary,
                               Map<String, Object> model, List<String> attachmentIds) {
        LocalDate day = plan.datesOf(meeting).start();
        Map<String, Object> withMeeting = new LinkedHashMap<>(model);
        withMeeting.put("meetingDay", SwedishDates.day(day));
        withMeeting.put("meetingTime", calendar.start(day).toLocalTime().toString());
        String description = summary + ", " + plan.region().name() + " (" + plan.businessKey() + ")";
        deliver(key(plan, type, recipient) + "/" + meeting.name() + "=" + day, plan, step, type, recipient, withMeeting,
                () -> calendar.invitation(plan.businessKey(), meeting, day, summary, description,
                        plan.contacts().processOwner(), recipient), attachmentIds);
    }

    private void deliver(String key, Plan plan, Step step, NotificationType type, String recipient,
                         Map<String, Object> model, Supplier<String> invitation) {
        deliver(key, plan, step, type, recipient, model, invitation, List.of());
    }

    private void deliver(String key, Plan plan, Step step, NotificationType type, String recipient,
                         Map<String, Object> model, Supplier<String> invitation, List<String> attachmentIds) {
        Notification notification = outbox.recordOnce(key, () -> {
            MailTemplates.Rendered rendered = templates.render(type, model);
            return new Notification(UUID.randomUUID().toString(), key, plan.businessKey(), step == null ? null : step.name(), type, recipient,
                    rendered.subject(), rendered.text(), rendered.html(), invitation == null ? null : invitation.get(),
                    NotificationStatus.PENDING, 0, OffsetDateTime.now(deadlines.clock()), null, null, attachmentIds);
        });
        if (notification.status() == NotificationStatus.SENT) {
            return;
        }
        try {
            mailer.send(notification, attachments(notification));
        } catch (NotificationFailedException failed) {
            outbox.failed(notification, failed.getMessage());
            throw failed;
        }
        outbox.sent(notification);
    }

    /** The stored documents the message carries, read again at each attempt to send it. */
    private List<Mailer.MailAttachment> attachments(Notification notification) {
        return documents.findAll(notification.attachmentIds()).stream()
                .map(d -> new Mailer.MailAttachment(d.fileName(), d.format().mediaType().toString(), documents.content(d.id())))
                .toList();
    }

    private static String key(Plan plan, NotificationType type, String recipient) {
        return plan.businessKey() + "/" + type + "/" + recipient;
    }

    private Map<String, Object> common(Plan plan) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("region", plan.region().name());
        model.put("year", plan.year());
        model.put("cycleKey", plan.businessKey());
        model.put("processOwner", plan.contacts().processOwner());
        return model;
    }

    private Map<String, Object> planModel(Plan plan) {
        Map<String, Object> model = common(plan);
        List<StepLine> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            steps.add(new StepLine(step.number(), step.swedishName(), SwedishDates.period(plan.datesOf(step))));
        }
        model.put("steps", steps);
        return model;
    }

    private Map<String, Object> compilationModel(Plan plan, StepFacts facts) {
        Map<String, Object> model = common(plan);
        List<RoundRequest> requests = rounds.requestsOf(plan.businessKey(), RoundKind.INPUT);
        model.put("answered", requests.stream().filter(r -> r.status() == RequestStatus.ANSWERED)
                .map(RoundRequest::recipientName).toList());
        model.put("unanswered", requests.stream().filter(r -> r.status() != RequestStatus.ANSWERED)
                .map(RoundRequest::recipientName).toList());
        model.put("summary", facts.compilationSummary());
        model.put("documentUrl", webAddress(facts.compilationDocumentUrl()));
        return model;
    }

    private Map<String, Object> requestModel(Plan plan, RoundRequest request) {
        Map<String, Object> model = common(plan);
        model.put("input", request.kind() == RoundKind.INPUT);
        model.put("recipientName", request.recipientName());
        model.put("deadline", SwedishDates.day(request.deadline()));
        model.put("link", links.linkFor(request));
        return model;
    }

    /** Everyone told of the adopted agenda: the councils, the partnership, every municipality and organisation. */
    private static Set<String> everyoneTakingPart(Plan plan) {
        Set<String> recipients = new LinkedHashSet<>(List.of(plan.contacts().rsr(), plan.contacts().presidium(),
                plan.contacts().partnership(), plan.contacts().processOwner()));
        plan.municipalities().forEach(m -> recipients.add(m.email()));
        plan.organisations().forEach(o -> recipients.add(o.email()));
        return recipients;
    }

    /** A link users entered, only if it is a web address; anything else is not made a link. */
    private static String webAddress(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    /** One row of the plan's step table in a message. */
    public record StepLine(int number, String name, String period) {
    }
}
