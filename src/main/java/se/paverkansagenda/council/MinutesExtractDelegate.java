package se.paverkansagenda.council;

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
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/**
 * After RSR's treatment is registered: writes the minutes extract and sends it to the council and the
 * process owner. A job of its own, retried by the job executor, so a failure shows in Cockpit.
 */
@Component("minutesExtractDelegate")
public class MinutesExtractDelegate implements JavaDelegate {

    private final TreatmentService treatments;
    private final MinutesExtract extract;
    private final CycleService cycles;
    private final Notifications notifications;

    public MinutesExtractDelegate(TreatmentService treatments, MinutesExtract extract, CycleService cycles,
                                  Notifications notifications) {
        this.treatments = treatments;
        this.extract = extract;
        this.cycles = cycles;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(execution).get();
        Treatment treatment = treatments.latest(cycleKey, Step.RSR_TREATMENT).orElseThrow(() ->
                new IllegalStateException("RSR:s behandling av " + cycleKey + " är inte registrerad"));
        List<String> documents = extract.produce(treatment).stream().map(StoredDocument::id).toList();
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("meetingDate", SwedishDates.day(treatment.meetingDate()));
        model.put("paragraph", treatment.paragraph());
        model.put("item", treatment.itemTitle());
        model.put("consensus", treatment.consensus());
        model.put("dissents", treatment.dissents().size());
        Set<String> recipients = new LinkedHashSet<>(List.of(plan.contacts().rsr(), plan.contacts().processOwner()));
        for (String recipient : recipients) {
            notifications.deliver(new Notifications.Message(
                    Notifications.key(plan, NotificationType.MINUTES_EXTRACT, recipient) + "/" + treatment.id(), plan,
                    Step.RSR_TREATMENT, NotificationType.MINUTES_EXTRACT, recipient, model, null, documents));
        }
    }
}
