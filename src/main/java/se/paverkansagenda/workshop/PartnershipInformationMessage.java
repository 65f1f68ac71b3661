package se.paverkansagenda.workshop;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.StepMessage;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/** Step 10: the county partnership hears of the workshop's prioritised issues and the steps ahead. */
@Component
public class PartnershipInformationMessage implements StepMessage {

    private final CycleService cycles;
    private final Notifications notifications;

    public PartnershipInformationMessage(CycleService cycles, Notifications notifications) {
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public NotificationType type() {
        return NotificationType.PARTNERSHIP_INFORMATION;
    }

    @Override
    public void send(String cycleKey, VariableScope step) {
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("issues", AgendaProcess.PRIORITISED_ISSUES.from(step).optional()
                .map(PartnershipInformationMessage::issues).orElse(List.of()));
        model.put("writing", SwedishDates.period(plan.datesOf(Step.WRITE_AGENDA)));
        model.put("consultation", SwedishDates.period(plan.datesOf(Step.CONSULTATION)));
        model.put("adoption", SwedishDates.period(plan.datesOf(Step.ADOPTION)));
        for (String partnership : plan.addressesOf(Plan.Council.PARTNERSHIP)) {
            notifications.deliver(new Notifications.Message(Notifications.key(plan, type(), partnership), plan,
                    Step.INFORM_PARTNERSHIP, type(), partnership, model));
        }
    }

    private static List<IssueLine> issues(SpinJsonNode list) {
        if (!list.isArray()) {
            return List.of();
        }
        return list.elements().stream()
                .map(item -> new IssueLine(text(item, "issue"), text(item, "rusArea"), text(item, "proposedBy")))
                .toList();
    }

    private static String text(SpinJsonNode item, String property) {
        return item.hasProp(property) && item.prop(property).isString() ? item.prop(property).stringValue() : null;
    }

    /** One prioritised issue as the message lists it. */
    public record IssueLine(String issue, String rusArea, String proposedBy) {
    }
}
