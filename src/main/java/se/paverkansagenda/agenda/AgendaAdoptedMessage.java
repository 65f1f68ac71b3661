package se.paverkansagenda.agenda;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.process.AgendaProcess;

/** After step 12: the adopted agenda, with its documents, to everyone who took part. */
@Component
public class AgendaAdoptedMessage implements StepMessage {

    private final CycleService cycles;
    private final DocumentStore documents;
    private final Notifications notifications;

    private final RoundService rounds;

    public AgendaAdoptedMessage(CycleService cycles, DocumentStore documents, Notifications notifications,
                                RoundService rounds) {
        this.rounds = rounds;
        this.cycles = cycles;
        this.documents = documents;
        this.notifications = notifications;
    }

    @Override
    public NotificationType type() {
        return NotificationType.AGENDA_ADOPTED;
    }

    @Override
    public void send(String cycleKey, VariableScope step) {
        Plan plan = cycles.planOf(cycleKey);
        Map<String, Object> model = Notifications.model(plan);
        model.put("paragraph", AgendaProcess.ADOPTION_PARAGRAPH.from(step).optional().orElse(null));
        model.put("decisionDate", AgendaProcess.ADOPTION_DATE.from(step).optional().orElse(null));
        model.put("body", AgendaProcess.ADOPTION_BODY.from(step).optional().flatMap(AdoptionBody::of)
                .map(AdoptionBody::swedishName).orElse(null));
        Integer version = AgendaProcess.AGENDA_VERSION.from(step).optional().orElse(null);
        model.put("version", version);
        model.put("consulted", version == null ? null
                : AdoptedAgendaDocuments.consulted(rounds.consultationDraft(cycleKey), version).orElse(null));
        model.put("documentUrl",
                Notifications.webAddress(AgendaProcess.AGENDA_DOCUMENT_URL.from(step).optional().orElse(null)));
        List<String> agenda = documents.latest(cycleKey, DocumentKind.ADOPTED_AGENDA).stream()
                .map(StoredDocument::id).toList();
        model.put("attachedFiles", agenda.size());
        for (String recipient : everyoneTakingPart(plan)) {
            notifications.deliver(new Notifications.Message(Notifications.key(plan, type(), recipient), plan,
                    Step.ADOPTION, type(), recipient, model, null, agenda));
        }
    }

    /** The councils, the partnership, the process owner, every municipality and organisation. */
    private static Set<String> everyoneTakingPart(Plan plan) {
        Set<String> recipients = new LinkedHashSet<>(List.of(plan.contacts().rsr(), plan.contacts().presidium(),
                plan.contacts().partnership(), plan.contacts().processOwner()));
        plan.municipalities().forEach(m -> recipients.add(m.email()));
        plan.organisations().forEach(o -> recipients.add(o.email()));
        return recipients;
    }
}
