package se.paverkansagenda.compilation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.cycle.StepMessage;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.notification.Notifications;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * Step 7: the compilation of the input to RSR, and to every municipality (step 6), with the stored
 * compilation attached and the invitation to the workshop.
 */
@Component
public class CompilationToRsrMessage implements StepMessage {

    private static final String WORKSHOP = "Workshop: prioritering av inspelen till påverkansagendan";

    private final CycleService cycles;
    private final RoundService rounds;
    private final DocumentStore documents;
    private final Notifications notifications;

    public CompilationToRsrMessage(CycleService cycles, RoundService rounds, DocumentStore documents,
                                   Notifications notifications) {
        this.cycles = cycles;
        this.rounds = rounds;
        this.documents = documents;
        this.notifications = notifications;
    }

    @Override
    public NotificationType type() {
        return NotificationType.COMPILATION_TO_RSR;
    }

    @Override
    public void send(String cycleKey, VariableScope step) {
        Plan plan = cycles.planOf(cycleKey);
        List<String> compilation = documents.latest(cycleKey, DocumentKind.INPUT_COMPILATION).stream()
                .map(StoredDocument::id).toList();
        Map<String, Object> model = Notifications.model(plan);
        List<RoundRequest> requests = rounds.requestsOf(cycleKey, RoundKind.INPUT);
        model.put("answered", requests.stream().filter(r -> r.status() == RequestStatus.ANSWERED)
                .map(RoundRequest::recipientName).toList());
        model.put("unanswered", requests.stream().filter(r -> r.status() != RequestStatus.ANSWERED)
                .map(RoundRequest::recipientName).toList());
        model.put("summary", AgendaProcess.COMPILATION_SUMMARY.from(step).optional().orElse(null));
        model.put("documentUrl",
                Notifications.webAddress(AgendaProcess.COMPILATION_DOCUMENT_URL.from(step).optional().orElse(null)));
        model.put("attachedFiles", compilation.size());
        for (String rsr : plan.addressesOf(Plan.Council.RSR)) {
            notifications.deliverMeetingNotice(plan, Step.SEND_COMPILATION_TO_RSR, NotificationType.COMPILATION_TO_RSR,
                    rsr, Step.WORKSHOP, WORKSHOP, model, compilation);
        }
        for (Plan.Municipality municipality : plan.municipalities()) {
            Map<String, Object> own = new LinkedHashMap<>(model);
            own.put("recipientName", municipality.name());
            notifications.deliverMeetingNotice(plan, Step.COMPILE_INPUT, NotificationType.COMPILATION_TO_MUNICIPALITY,
                    municipality.email(), Step.WORKSHOP, WORKSHOP, own, compilation);
        }
    }
}
