package se.paverkansagenda.cycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.paverkansagenda.agenda.AdoptionBody;
import se.paverkansagenda.cycle.StepFacts.PrioritisedIssue;
import se.paverkansagenda.notification.NotificationService;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.process.AgendaProcess;

/** Sends the message of a notification step (the plan to RSR, the compilation, information to LPS, ...). */
@Component("stepNotificationDelegate")
public class StepNotificationDelegate implements JavaDelegate {

    private final NotificationService notifications;

    public StepNotificationDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StepFacts facts = new StepFacts(
                AgendaProcess.COMPILATION_SUMMARY.from(execution).optional().orElse(null),
                AgendaProcess.COMPILATION_DOCUMENT_URL.from(execution).optional().orElse(null),
                AgendaProcess.PRIORITISED_ISSUES.from(execution).optional().map(StepNotificationDelegate::issues)
                        .orElse(List.of()),
                AgendaProcess.ADOPTION_PARAGRAPH.from(execution).optional().orElse(null),
                AgendaProcess.ADOPTION_DATE.from(execution).optional().orElse(null),
                AgendaProcess.AGENDA_DOCUMENT_URL.from(execution).optional().orElse(null),
                AgendaProcess.ADOPTION_BODY.from(execution).optional().flatMap(AdoptionBody::of)
                        .map(AdoptionBody::swedishName).orElse(null),
                AgendaProcess.AGENDA_VERSION.from(execution).optional().orElse(null));
        notifications.notifyStep(AgendaProcess.CYCLE_KEY.from(execution).get(),
                NotificationType.valueOf(AgendaProcess.NOTIFICATION_TYPE.from(execution).get()), facts);
    }

    private static List<PrioritisedIssue> issues(SpinJsonNode list) {
        if (!list.isArray()) {
            return List.of();
        }
        return list.elements().stream()
                .map(item -> new PrioritisedIssue(text(item, "issue"), text(item, "rusArea"), text(item, "proposedBy")))
                .toList();
    }

    private static String text(SpinJsonNode item, String property) {
        return item.hasProp(property) && item.prop(property).isString() ? item.prop(property).stringValue() : null;
    }
}
