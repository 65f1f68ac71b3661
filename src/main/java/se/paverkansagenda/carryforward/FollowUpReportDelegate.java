package se.paverkansagenda.carryforward;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/**
 * After the follow-up task: writes the follow-up report and sends it to the presidium (the steering group)
 * and the partnership, each member as the plan lists them, and the process owner. A job of its own, retried by
 * the job executor, so a failure shows in Cockpit.
 */
@Component("followUpReportDelegate")
public class FollowUpReportDelegate implements JavaDelegate {

    private final FollowUpReport report;
    private final CarryForwardService service;
    private final CycleService cycles;
    private final Notifications notifications;

    public FollowUpReportDelegate(FollowUpReport report, CarryForwardService service, CycleService cycles,
                                  Notifications notifications) {
        this.report = report;
        this.service = service;
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(execution).get();
        if (service.follows(cycleKey).isEmpty()) {
            return;
        }
        List<String> attachments = report.produce(cycleKey).stream().map(StoredDocument::id).toList();
        Plan plan = cycles.planOf(cycleKey);
        List<CarriedIssue> issues = service.issues(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("followed", plan.follows());
        model.put("issues", issues.size());
        model.put("carried", issues.stream().filter(CarriedIssue::carriedForward).count());
        model.put("closed", issues.stream().filter(issue -> issue.decision() == FollowUpDecision.CLOSE).count());
        model.put("summary", AgendaProcess.FOLLOW_UP_SUMMARY.from(execution).optional().orElse(null));
        for (String recipient : recipients(plan)) {
            notifications.deliver(new Notifications.Message(
                    Notifications.key(plan, NotificationType.FOLLOW_UP_REPORT, recipient), plan, Step.DRAFT_PM,
                    NotificationType.FOLLOW_UP_REPORT, recipient, model, null, attachments));
        }
    }

    /** The presidium and the partnership (their addresses and members) and the process owner, each once. */
    static Set<String> recipients(Plan plan) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.addAll(plan.addressesOf(Plan.Council.PRESIDIUM));
        recipients.addAll(plan.addressesOf(Plan.Council.PARTNERSHIP));
        recipients.add(plan.contacts().processOwner());
        return recipients;
    }
}
