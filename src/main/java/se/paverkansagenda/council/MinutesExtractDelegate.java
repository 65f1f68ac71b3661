package se.paverkansagenda.council;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.paverkansagenda.process.ProcessVariable;

/**
 * After a council's decision is registered (the presidium's review, RSR's treatments of the proposal and
 * of the compilation, the adoption):
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
        backgroundLink(step).ifPresent(link -> link.variable().from(execution).optional().filter(url -> !url.isBlank())
                .ifPresent(url -> lines.add(link.label() + treatment.itemTitle() + " – " + url.trim())));
        attached.forEach(document -> lines.add(document.label() + " (" + document.fileName() + "), bifogat"));
        List<String> minutes = extract.produce(treatment, lines).stream().map(StoredDocument::id).toList();
        treatments.minutesWritten(treatment, minutes);

        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("body", treatment.bodyName());
        model.put("bodyShort", step == Step.ADOPTION ? treatment.bodyName() : councilsOf(step).get(0).shortName());
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

    /** A link the item went to the body with, from a form's field: the PM's (steps 3 and 4), the compilation's (step 7). */
    private record BackgroundLink(String label, ProcessVariable<String> variable) {
    }

    private static Optional<BackgroundLink> backgroundLink(Step step) {
        return switch (step) {
            case PRESIDIUM_REVIEW, RSR_TREATMENT -> Optional.of(new BackgroundLink("PM: ", AgendaProcess.PM_DOCUMENT_URL));
            case SEND_COMPILATION_TO_RSR -> Optional.of(new BackgroundLink("Underlag: ", AgendaProcess.COMPILATION_DOCUMENT_URL));
            default -> Optional.empty();
        };
    }

    /**
     * The stored documents the item went to the body with: the input's compilation for RSR's treatment of
     * it (step 7), the consultation's compilation for the adoption.
     */
    private List<StoredDocument> background(String cycleKey, Step step) {
        DocumentKind kind = switch (step) {
            case SEND_COMPILATION_TO_RSR -> DocumentKind.INPUT_COMPILATION;
            case ADOPTION -> DocumentKind.CONSULTATION_COMPILATION;
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        return documents.latest(cycleKey, kind).stream()
                .filter(document -> document.format() == DocumentFormat.PDF).toList();
    }

    /** The councils whose decision the step's minutes record: both for the adoption. */
    private static List<Plan.Council> councilsOf(Step step) {
        return switch (step) {
            case PRESIDIUM_REVIEW -> List.of(Plan.Council.PRESIDIUM);
            case RSR_TREATMENT, SEND_COMPILATION_TO_RSR -> List.of(Plan.Council.RSR);
            case ADOPTION -> List.of(Plan.Council.PRESIDIUM, Plan.Council.RSR);
            default -> throw new IllegalArgumentException("No council decides at step " + step);
        };
    }

    /** The council's members (of both councils for the adoption) and the process owner, each once. */
    private static Set<String> recipients(Plan plan, Step step) {
        Set<String> recipients = new LinkedHashSet<>();
        councilsOf(step).forEach(council -> recipients.addAll(plan.addressesOf(council)));
        recipients.add(plan.contacts().processOwner());
        return recipients;
    }
}
