package se.paverkansagenda.council;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/**
 * After a council's decision is registered (the presidium's review, RSR's treatment, the adoption):
 * writes the minutes extract with its background documents and sends it to the council's members and
 * the process owner. A job of its own, retried by the job executor, so a failure shows in Cockpit.
 */
@Component("minutesExtractDelegate")
public class MinutesExtractDelegate implements JavaDelegate {

    private final TreatmentService treatments;
    private final MinutesExtract extract;
    private final CycleService cycles;
    private final DocumentStore documents;
    private final Notifications notifications;

    public MinutesExtractDelegate(TreatmentService treatments, MinutesExtract extract, CycleService cycles,
                                  DocumentStore documents, Notifications notifications) {
        this.treatments = treatments;
        this.extract = extract;
        this.cycles = cycles;
        this.documents = documents;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleKey = AgendaProcess.CYCLE_KEY.from(execution).get();
        Step step = AgendaProcess.minutesStepOf(execution.getCurrentActivityId());
        Treatment treatment = treatments.latest(cycleKey, step).orElseThrow(() ->
                new IllegalStateException("Beslutet i steg " + step.number() + " av " + cycleKey + " är inte registrerat"));
        List<StoredDocument> attached = background(cycleKey, step);
        List<String> lines = new ArrayList<>();
        AgendaProcess.PM_DOCUMENT_URL.from(execution).optional().filter(url -> step != Step.ADOPTION && !url.isBlank())
                .ifPresent(url -> lines.add("PM: " + treatment.itemTitle() + " – " + url.trim()));
        attached.forEach(document -> lines.add(document.label() + " (" + document.fileName() + "), bifogat"));
        List<String> minutes = extract.produce(treatment, lines).stream().map(StoredDocument::id).toList();
        treatments.minutesWritten(treatment, minutes);

        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("body", treatment.bodyName());
        model.put("bodyShort", shortName(step, treatment));
        model.put("recipients", step == Step.ADOPTION ? "RSR och RUN:s presidium" : treatment.bodyName());
        model.put("meetingDate", SwedishDates.day(treatment.meetingDate()));
        model.put("paragraph", treatment.paragraph());
        model.put("item", treatment.itemTitle());
        model.put("consensus", treatment.consensus());
        model.put("dissents", treatment.dissents().size());
        model.put("background", attached.size());
        List<String> attachments = new ArrayList<>(minutes);
        attached.forEach(document -> attachments.add(document.id()));
        for (String recipient : recipients(plan, step)) {
            notifications.deliver(new Notifications.Message(
                    Notifications.key(plan, NotificationType.MINUTES_EXTRACT, recipient) + "/" + treatment.id(), plan,
                    step, NotificationType.MINUTES_EXTRACT, recipient, model, null, attachments));
        }
    }

    /** The stored documents the item went to the body with: the consultation's compilation for the adoption. */
    private List<StoredDocument> background(String cycleKey, Step step) {
        if (step != Step.ADOPTION) {
            return List.of();
        }
        return documents.latest(cycleKey, DocumentKind.CONSULTATION_COMPILATION).stream()
                .filter(document -> document.format() == DocumentFormat.PDF).toList();
    }

    /** The council's members (of both councils for the adoption) and the process owner, each once. */
    private static Set<String> recipients(Plan plan, Step step) {
        Set<String> recipients = new LinkedHashSet<>();
        if (step == Step.PRESIDIUM_REVIEW || step == Step.ADOPTION) {
            recipients.addAll(plan.addressesOf(Plan.Council.PRESIDIUM));
        }
        if (step == Step.RSR_TREATMENT || step == Step.ADOPTION) {
            recipients.addAll(plan.addressesOf(Plan.Council.RSR));
        }
        recipients.add(plan.contacts().processOwner());
        return recipients;
    }

    private static String shortName(Step step, Treatment treatment) {
        return switch (step) {
            case RSR_TREATMENT -> Plan.Council.RSR.shortName();
            case PRESIDIUM_REVIEW -> Plan.Council.PRESIDIUM.shortName();
            default -> treatment.bodyName();
        };
    }
}
