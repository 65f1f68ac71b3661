package se.paverkansagenda.report;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.notification.MailSettings;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.report.SteeringReportRepository.ReportPeriod;
import se.paverkansagenda.stage.CycleProgress;
import se.paverkansagenda.stage.StagePdf;
import se.paverkansagenda.stage.StageProgress;

/**
 * The stage-progress report to the steering group (the presidium) and the process owner, each period
 * the plan sets while the cycle runs: what was done since the last report, what is late and what comes
 * next, with the timeline as PDF. The messages go through the outbox, so a mail server that fails makes
 * the job retry and the report is not lost; the report's period is recorded first, so a retry reports
 * the same period and the next report starts where this one ended.
 */
@Service
public class SteeringReportService {

    private final StageProgress stages;
    private final StagePdf pdf;
    private final CycleService cycles;
    private final SteeringReportRepository reports;
    private final Notifications notifications;
    private final DeadlineService deadlines;
    private final MailSettings mail;
    private final DocumentStore documents;

    public SteeringReportService(StageProgress stages, StagePdf pdf, CycleService cycles, SteeringReportRepository reports,
                                 Notifications notifications, DeadlineService deadlines, MailSettings mail,
                                 DocumentStore documents) {
        this.stages = stages;
        this.pdf = pdf;
        this.cycles = cycles;
        this.reports = reports;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.mail = mail;
        this.documents = documents;
    }

    /** Sends the report named by {@code reportName} (the timer's execution), once. */
    public void send(String cycleKey, String reportName) {
        OffsetDateTime now = OffsetDateTime.now(deadlines.clock());
        CycleProgress progress = stages.of(cycleKey);
        ReportPeriod period = reports.recordOnce(cycleKey, reportName, progress.startedAt(), now);
        if (period.sentAt() != null) {
            return;
        }
        Plan plan = cycles.planOf(cycleKey);
        SteeringReport report = SteeringReport.of(progress, period.from(), period.to(), plan.steeringReport().every());
        Map<String, Object> model = Notifications.model(plan);
        model.putAll(report.model());
        model.put("lateCount", report.late().size());
        model.put("timelineUrl", mail.publicBaseUrl() + "/api/cycles/" + cycleKey + "/tidslinje");
        String documentId = reports.documentOnce(period, () -> documents.store(cycleKey, null, DocumentKind.STEERING_REPORT,
                DocumentFormat.PDF, pdf.pdf(progress)).id());
        NotificationType type = NotificationType.STEERING_REPORT;
        Set<String> recipients = new LinkedHashSet<>(plan.addressesOf(Plan.Council.PRESIDIUM));
        recipients.add(plan.contacts().processOwner());
        for (String recipient : recipients) {
            notifications.deliver(new Notifications.Message(Notifications.key(plan, type, recipient) + "/" + period.id(),
                    plan, null, type, recipient, model, null, List.of(documentId)));
        }
        reports.markSent(period.id(), OffsetDateTime.now(deadlines.clock()));
    }
}
