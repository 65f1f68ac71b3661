package se.paverkansagenda.agenda;

import static se.paverkansagenda.document.Xhtml.text;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.DocxBuilder;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.document.Xhtml;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.ConsultationDraft;

/**
 * The adopted agenda as PDF and Word: the frozen version's sections in order, under the decision that
 * adopted it. Stored in the adoption's transaction, so a decision that is not recorded leaves no
 * document, and the announcement carries exactly the version adopted.
 */
@Service
public class AdoptedAgendaDocuments {

    private final AgendaService agenda;
    private final CycleService cycles;
    private final DocumentStore documents;
    private final PdfRenderer pdf;

    public AdoptedAgendaDocuments(AgendaService agenda, CycleService cycles, DocumentStore documents, PdfRenderer pdf) {
        this.agenda = agenda;
        this.cycles = cycles;
        this.documents = documents;
        this.pdf = pdf;
    }

    /** Writes and stores the adopted version; the cycle's agenda must be adopted. */
    public List<StoredDocument> produce(String cycleKey) {
        AgendaDecision decision = agenda.decision(cycleKey);
        if (decision.state() != AgendaDecision.State.ADOPTED) {
            throw new IllegalStateException("Agendan för " + cycleKey + " är inte fastställd.");
        }
        AgendaVersion version = agenda.version(cycleKey, decision.version());
        Plan plan = cycles.planOf(cycleKey);
        String title = "Länsgemensam påverkansagenda för " + plan.region().name() + " " + plan.year();
        String adopted = adoptedBy(decision) + consulted(agenda.consultationDraft(cycleKey), decision.version())
                .map(text -> " " + text).orElse("");
        return documents.storePdfAndDocx(cycleKey, Step.ADOPTION, DocumentKind.ADOPTED_AGENDA,
                pdf.fromHtml(html(title, adopted, version)), docx(title, adopted, version));
    }

    static String adoptedBy(AgendaDecision decision) {
        return "Fastställd av " + decision.body().swedishName() + " " + SwedishDates.day(decision.decidedOn())
                + ", § " + decision.paragraph() + ". Version " + decision.version() + ".";
    }

    /**
     * Which version the consultation was held on, for the adoption's record: the version adopted, or an
     * earlier one when the agenda was changed after the consultation (sent back and rewritten) without
     * a new consultation. Empty when the consultation sent no draft.
     */
    static Optional<String> consulted(Optional<ConsultationDraft> draft, int adoptedVersion) {
        return draft.map(d -> d.version() == adoptedVersion
                ? "Samrådet hölls om denna version (remissversionen)."
                : "Samrådet hölls om version " + d.version() + " (remissversionen); version " + adoptedVersion
                        + " har ändrats efter samrådet utan nytt samråd.");
    }

    static String html(String title, String adopted, AgendaVersion version) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(title)).append("</h1><p class=\"muted\">").append(text(adopted)).append("</p>");
        for (AgendaSection section : version.sections()) {
            body.append("<h2>").append(section.position()).append(". ").append(text(section.title())).append("</h2>")
                    .append("<p class=\"pre\">").append(text(section.text())).append("</p>");
            if (section.origin() == SectionOrigin.ADDED) {
                body.append("<p class=\"muted\">").append(text(section.origin().swedishName())).append("</p>");
            }
        }
        return Xhtml.page(title, body.toString());
    }

    static byte[] docx(String title, String adopted, AgendaVersion version) {
        DocxBuilder docx = new DocxBuilder().title(title).paragraph(adopted);
        for (AgendaSection section : version.sections()) {
            docx.heading(1, section.position() + ". " + section.title()).paragraph(section.text());
            if (section.origin() == SectionOrigin.ADDED) {
                docx.paragraph(section.origin().swedishName());
            }
        }
        return docx.build();
    }
}
