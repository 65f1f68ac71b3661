package se.paverkansagenda.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;

/**
 * Every message of the lifecycle goes through here; the features compose them. Each is recorded in
 * the outbox under an idempotency key before it is sent and marked sent right after, both in
 * transactions of their own, so a job that fails half-way and is retried sends only what had not gone
 * out yet. Callers are mostly the delegates of asynchronous tasks and timers, so sending happens in a
 * job of its own; what a request writes goes through {@link #deliverOrRetryLater}.
 */
@Service
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    /** Where a personal link goes in a recorded message: the subject's id between the markers. */
    private static final Pattern PERSONAL_LINK = Pattern.compile("%%PERSONLIG-LANK:([A-Za-z0-9-]{1,64})%%");

    private final DeadlineService deadlines;
    private final Outbox outbox;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final CalendarInvitations calendar;
    private final DocumentStore documents;
    private final ObjectProvider<PersonalLinks> personalLinks;
    private final MessageRetries retries;

    public Notifications(DeadlineService deadlines, Outbox outbox, Mailer mailer, MailTemplates templates,
                         CalendarInvitations calendar, DocumentStore documents, ObjectProvider<PersonalLinks> personalLinks,
                         MessageRetries retries) {
        this.retries = retries;
        this.personalLinks = personalLinks;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.mailer = mailer;
        this.templates = templates;
        this.calendar = calendar;
        this.documents = documents;
    }

    /** One message to one recipient: what the outbox records and the mailer sends. */
    public record Message(String key, Plan plan, Step step, NotificationType type, String recipient,
                          Map<String, Object> model, Supplier<String> invitation, List<String> attachmentIds) {

        public Message(String key, Plan plan, Step step, NotificationType type, String recipient, Map<String, Object> model) {
            this(key, plan, step, type, recipient, model, null, List.of());
        }
    }

    /** Sends the message unless the outbox has it as sent already. */
    public void deliver(Message message) {
        send(record(message));
    }

    /**
     * For a message written outside the processes' jobs, by a request (a revised plan's letters, the plan's
     * warnings at a start): sent at once as {@link #deliver} does; when it cannot go now (the mail server
     * failed or sending is postponed), a job sends it later with the mail's retry cycle and raises an
     * incident after the last try, so the message is neither lost nor in the way of the request's work.
     */
    public void deliverOrRetryLater(Message message) {
        Notification notification = record(message);
        try {
            send(notification);
        } catch (NotificationFailedException | MailPostponedException notNow) {
            LOG.info("Meddelandet {} till {} kunde inte skickas nu ({}); det skickas igen senare",
                    notification.type(), notification.recipient(), notNow.getMessage());
            retries.later(notification);
        }
    }

    /** Sends a recorded message that has not gone out yet: the retry job's work. */
    public void sendRecorded(String notificationId) {
        send(outbox.find(notificationId));
    }

    private Notification record(Message message) {
        return outbox.recordOnce(message.key(), () -> {
            MailTemplates.Rendered rendered = templates.render(message.type(), message.model());
            return new Notification(UUID.randomUUID().toString(), message.key(), message.plan().businessKey(),
                    message.step() == null ? null : message.step().name(), message.type(), message.recipient(),
                    rendered.subject(), rendered.text(), rendered.html(),
                    message.invitation() == null ? null : message.invitation().get(),
                    NotificationStatus.PENDING, 0, OffsetDateTime.now(deadlines.clock()), null, null,
                    message.attachmentIds());
        });
    }

    private void send(Notification notification) {
        if (notification.status() == NotificationStatus.SENT) {
            return;
        }
        try {
            mailer.send(withPersonalLinks(notification), attachments(notification));
        } catch (NotificationFailedException failed) {
            outbox.failed(notification, failed.getMessage());
            throw failed;
        }
        outbox.sent(notification);
    }

    /**
     * A message that invites its recipient to the meeting of a step, with a calendar invitation on
     * the step's planned day; a later date is a new message and the same event moved.
     */
    public void deliverMeetingNotice(Plan plan, Step step, NotificationType type, String recipient, Step meeting,
                                     String summary, Map<String, Object> model, List<String> attachmentIds) {
        LocalDate day = plan.datesOf(meeting).start();
        Map<String, Object> withMeeting = new LinkedHashMap<>(model);
        withMeeting.put("meetingDay", SwedishDates.day(day));
        withMeeting.put("meetingTime", calendar.start(day).toLocalTime().toString());
        String description = summary + ", " + plan.region().name() + " (" + plan.businessKey() + ")";
        deliver(new Message(key(plan, type, recipient) + "/" + meeting.name() + "=" + day, plan, step, type, recipient,
                withMeeting, () -> calendar.invitation(plan.businessKey(), meeting, day, summary, description,
                        plan.contacts().processOwner(), recipient), attachmentIds));
    }

    /**
     * The placeholder of a personal link in a message's model: the message is recorded with it, and the
     * link itself, made by {@link PersonalLinks}, takes its place only in what is sent.
     */
    public static String personalLink(String subjectId) {
        return "%%PERSONLIG-LANK:" + subjectId + "%%";
    }

    /** The message as it goes out: each placeholder replaced by a link made now, in the text and the HTML. */
    private Notification withPersonalLinks(Notification notification) {
        if (!PERSONAL_LINK.matcher(notification.bodyText()).find()
                && (notification.bodyHtml() == null || !PERSONAL_LINK.matcher(notification.bodyHtml()).find())) {
            return notification;
        }
        Map<String, String> links = new LinkedHashMap<>();
        Function<String, String> maker = subject -> personalLinks.orderedStream()
                .filter(candidate -> candidate.handles(subject)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No personal link for " + subject)).linkFor(subject);
        String text = insert(notification.bodyText(), links, maker, false);
        String html = notification.bodyHtml() == null ? null : insert(notification.bodyHtml(), links, maker, true);
        return new Notification(notification.id(), notification.idempotencyKey(), notification.cycleKey(),
                notification.step(), notification.type(), notification.recipient(), notification.subject(), text, html,
                notification.calendar(), notification.status(), notification.attempts(), notification.createdAt(),
                notification.sentAt(), notification.lastError(), notification.attachmentIds());
    }

    /** One link per subject and message, the same in its text and its HTML. */
    private static String insert(String body, Map<String, String> links, Function<String, String> maker,
                                 boolean html) {
        Matcher placeholder = PERSONAL_LINK.matcher(body);
        StringBuilder sent = new StringBuilder();
        while (placeholder.find()) {
            String link = links.computeIfAbsent(placeholder.group(1), maker);
            placeholder.appendReplacement(sent, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(link) : link));
        }
        placeholder.appendTail(sent);
        return sent.toString();
    }

    /** The stored documents the message carries, read again at each attempt to send it. */
    private List<Mailer.MailAttachment> attachments(Notification notification) {
        return documents.findAll(notification.attachmentIds()).stream()
                .map(d -> new Mailer.MailAttachment(d.fileName(), d.format().mediaType().toString(), documents.content(d.id())))
                .toList();
    }

    /** The idempotency key of a cycle's message of one type to one recipient. */
    public static String key(Plan plan, NotificationType type, String recipient) {
        return plan.businessKey() + "/" + type + "/" + recipient;
    }

    /** What every message says of its cycle. */
    public static Map<String, Object> model(Plan plan) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("region", plan.region().name());
        model.put("year", plan.year());
        model.put("cycleKey", plan.businessKey());
        model.put("processOwner", plan.contacts().processOwner());
        return model;
    }

    /** A link users entered, only if it is a web address; anything else is not made a link. */
    public static String webAddress(String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }
}
