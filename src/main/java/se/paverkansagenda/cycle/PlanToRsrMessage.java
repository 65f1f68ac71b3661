package se.paverkansagenda.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;

/** Step 2: the implementation plan to RSR with the notice of its meeting, and the presidium's invitation. */
@Component
public class PlanToRsrMessage implements StepMessage {

    private final CycleService cycles;
    private final Notifications notifications;

    public PlanToRsrMessage(CycleService cycles, Notifications notifications) {
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public NotificationType type() {
        return NotificationType.PLAN_TO_RSR;
    }

    @Override
    public void send(String cycleKey, VariableScope step) {
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        List<StepLine> steps = new ArrayList<>();
        for (Step each : Step.values()) {
            steps.add(new StepLine(each.number(), each.swedishName(), SwedishDates.period(plan.datesOf(each))));
        }
        model.put("steps", steps);
        for (String rsr : plan.addressesOf(Plan.Council.RSR)) {
            notifications.deliverMeetingNotice(plan, Step.SEND_PLAN_TO_RSR, NotificationType.PLAN_TO_RSR, rsr,
                    Step.RSR_TREATMENT, "RSR behandlar förslaget till länsgemensam påverkansagenda", model, List.of());
        }
        for (String presidium : plan.addressesOf(Plan.Council.PRESIDIUM)) {
            notifications.deliverMeetingNotice(plan, Step.SEND_PLAN_TO_RSR, NotificationType.PRESIDIUM_INVITATION,
                    presidium, Step.PRESIDIUM_REVIEW, "RUN:s presidium: förslaget till länsgemensam påverkansagenda",
                    model, List.of());
        }
    }

    /** One row of the plan's step table in the message. */
    public record StepLine(int number, String name, String period) {
    }
}
