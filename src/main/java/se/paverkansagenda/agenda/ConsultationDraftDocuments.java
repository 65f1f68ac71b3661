package se.paverkansagenda.agenda;

import static se.paverkansagenda.document.Xhtml.text;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.DocxBuilder;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.document.Xhtml;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundOpening;
import se.paverkansagenda.round.RoundService;

/**
 * When the consultation (step 11) opens, the agenda's latest saved version is frozen as the
 * consultation draft (remissversion): written as PDF and Word into the document store and recorded
 * with its sections, in the transaction that opens the round, so every request mail carries it and
 * every statement can name its sections. A retried opening finds the draft and writes nothing again.
 */
@Component
public class ConsultationDraftDocuments implements RoundOpening {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationDraftDocuments.class);

    private final AgendaService agenda;
    private final RoundService rounds;
    private final CycleService cycles;
    private final DocumentStore documents;
    private final PdfRenderer pdf;
    private final DeadlineService deadlines;

    public ConsultationDraftDocuments(AgendaService agenda, RoundService rounds, CycleService cycles,
                                      DocumentStore documents, PdfRenderer pdf, DeadlineService deadlines) {
        this.agenda = agenda;
        this.rounds = rounds;
        this.cycles = cycles;
        this.documents = documents;
        this.pdf = pdf;
        this.deadlines = deadlines;
    }

    @Override
    public void opening(String cycleKey, RoundKind kind) {
        if (kind != RoundKind.CONSULTATION || rounds.consultationDraft(cycleKey).isPresent()) {
            return;
        }
        Optional<AgendaVersion> latest = agenda.latest(cycleKey);
        if (latest.isEmpty()) {
            LOG.warn("Samrådet i {} öppnas utan sparad agendaversion: ingen remissversion skickas", cycleKey);
            return;
        }
        freeze(cycleKey, latest.get());
    }

    private void freeze(String cycleKey, AgendaVersion version) {
        Plan plan = cycles.planOf(cycleKey);
        OffsetDateTime now = OffsetDateTime.now(deadlines.clock());
        String title = "Remissversion: förslag till länsgemensam påverkansagenda för " + plan.region().name() + " "
                + plan.year();
        String about = "Version " + version.number() + " av agendan, fryst för samråd "
                + SwedishDates.day(now.atZoneSameInstant(deadlines.zone()).toLocalDate()) + ". Yttrande senast "
                + SwedishDates.day(plan.datesOf(Step.CONSULTATION).end()) + ".";
        String pdfId = documents.store(cycleKey, Step.CONSULTATION, DocumentKind.CONSULTATION_DRAFT, DocumentFormat.PDF,
                pdf.fromHtml(html(title, about, version))).id();
        String docxId = documents.store(cycleKey, Step.CONSULTATION, DocumentKind.CONSULTATION_DRAFT,
                DocumentFormat.DOCX, docx(title, about, version)).id();
        rounds.recordConsultationDraft(new ConsultationDraft(cycleKey, version.number(), now, pdfId, docxId,
                version.sections().stream()
                        .map(section -> new ConsultationDraft.Section(section.key(), section.position(), section.title()))
                        .toList()));
    }

    static String html(String title, String about, AgendaVersion version) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(title)).append("</h1><p class=\"muted\">").append(text(about)).append("</p>");
        for (AgendaSection section : version.sections()) {
            body.append("<h2>").append(section.position()).append(". ").append(text(section.title())).append("</h2>")
                    .append("<p class=\"pre\">").append(text(section.text())).append("</p>");
        }
        return Xhtml.page(title, body.toString());
    }

    static byte[] docx(String title, String about, AgendaVersion version) {
        DocxBuilder docx = new DocxBuilder().title(title).paragraph(about);
        for (AgendaSection section : version.sections()) {
            docx.heading(1, section.position() + ". " + section.title()).paragraph(section.text());
        }
        return docx.build();
    }
}
