package se.paverkansagenda.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Reads what the application's SMTP server received and moves a cycle's jobs along. */
final class MailTestSupport {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final EmbeddedMailServer server;
    private final NotificationRepository outbox;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    MailTestSupport(EmbeddedMailServer server, NotificationRepository outbox, RuntimeService runtimeService,
                    ManagementService managementService) {
        this.server = server;
        this.outbox = outbox;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    static void clockAt(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant()));
    }

    /** The messages of the cycle that the SMTP server received, found by the Message-ID the outbox gave them. */
    List<Mail> mails(String cycleKey) {
        Set<String> ids = outbox.findByCycle(cycleKey).stream().map(Notification::messageId).collect(Collectors.toSet());
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.receivedMessages()) {
            try {
                if (ids.contains(message.getMessageID())) {
                    mails.add(Mail.of(message));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    List<Mail> mailsTo(String cycleKey, String recipient) {
        return mails(cycleKey).stream().filter(m -> m.to().equals(recipient)).toList();
    }

    /** Runs every due job of every process instance of the cycle until none is left. */
    void runDueJobs(String cycleKey) {
        List<Job> due;
        while (!(due = dueJobs(cycleKey)).isEmpty()) {
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    List<Job> dueJobs(String cycleKey) {
        List<Job> jobs = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycleKey).list()) {
            jobs.addAll(managementService.createJobQuery().processInstanceId(instance.getId()).executable().list());
        }
        return jobs;
    }

    static VEvent event(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One received message: recipient, subject, plain text, HTML and the calendar attachment if any. */
    record Mail(String to, String subject, String text, String html, String calendar, String calendarType,
                String messageId) {

        static Mail of(MimeMessage message) throws Exception {
            Parts parts = new Parts();
            parts.collect(message);
            return new Mail(((InternetAddress) message.getAllRecipients()[0]).getAddress(), message.getSubject(),
                    parts.text, parts.html, parts.calendar, parts.calendarType, message.getMessageID());
        }
    }

    private static final class Parts {
        String text;
        String html;
        String calendar;
        String calendarType;

        void collect(Part part) throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/calendar")) {
                calendar = read(part);
                calendarType = part.getContentType() + "; filename=" + part.getFileName();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            }
        }

        private static String read(Part part) throws IOException, jakarta.mail.MessagingException {
            try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
