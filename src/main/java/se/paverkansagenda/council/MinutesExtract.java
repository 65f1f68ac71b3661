package se.paverkansagenda.council;

import static se.paverkansagenda.document.Xhtml.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.DocxBuilder;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.document.Xhtml;
import se.paverkansagenda.notification.SwedishDates;
import se.paverkansagenda.plan.Plan;

/**
 * The extract of a council's minutes (protokollsutdrag) for one treatment, as PDF and Word: the body,
 * meeting, paragraph, item and its RUS areas, the position, whether it was taken in consensus, each
 * dissent with its author, and the background documents that went with the item.
 */
@Service
public class MinutesExtract {

    static final String RSR = "Regionens samverkansråd (RSR)";

    private final CycleService cycles;
    private final DocumentStore documents;
    private final PdfRenderer pdf;

    public MinutesExtract(CycleService cycles, DocumentStore documents, PdfRenderer pdf) {
        this.cycles = cycles;
        this.documents = documents;
        this.pdf = pdf;
    }

    public List<StoredDocument> produce(Treatment treatment) {
        return produce(treatment, List.of());
    }

    /** @param background the background documents that went with the item, one line each (name, where to find it) */
    public List<StoredDocument> produce(Treatment treatment, List<String> background) {
        Plan plan = cycles.planOf(treatment.cycleKey());
        List<String[]> lines = lines(treatment, plan);
        String title = title(treatment);
        return List.of(
                documents.store(treatment.cycleKey(), treatment.step(), DocumentKind.MINUTES_EXTRACT, DocumentFormat.PDF,
                        pdf.fromHtml(html(title, treatment, lines, background))),
                documents.store(treatment.cycleKey(), treatment.step(), DocumentKind.MINUTES_EXTRACT,
                        DocumentFormat.DOCX, docx(title, treatment, lines, background)));
    }

    static String title(Treatment treatment) {
        return "Protokollsutdrag, " + treatment.bodyName() + " " + SwedishDates.day(treatment.meetingDate())
                + (treatment.paragraph() == null ? "" : ", § " + treatment.paragraph());
    }

    /** Label and value of each fact the extract states, in order. */
    static List<String[]> lines(Treatment treatment, Plan plan) {
        Map<String, String> areaNames = plan.rusAreas().stream()
                .collect(Collectors.toMap(Plan.RusArea::code, area -> area.code() + " " + area.name()));
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Organ", treatment.bodyName() + ", " + plan.region().name()});
        lines.add(new String[] {"Steg i cykeln", treatment.step().number() + ". " + treatment.step().swedishName()});
        lines.add(new String[] {"Sammanträde", SwedishDates.day(treatment.meetingDate())});
        lines.add(new String[] {"Paragraf", treatment.paragraph() == null ? "Ingen angiven" : "§ " + treatment.paragraph()});
        lines.add(new String[] {"Ärende", treatment.itemTitle()});
        lines.add(new String[] {"Ärendetyp", treatment.itemKind().swedishName()});
        lines.add(new String[] {"RUS-områden", treatment.rusAreas().isEmpty() ? "Inga angivna"
                : treatment.rusAreas().stream().map(code -> areaNames.getOrDefault(code, code))
                        .collect(Collectors.joining(", "))});
        lines.add(new String[] {"Konsensus", treatment.consensus() ? "Ja, ställningstagandet fattades i konsensus"
                : "Nej, ställningstagandet fattades inte i konsensus"});
        if (treatment.noDissentNote() != null) {
            lines.add(new String[] {"Inga avvikande synpunkter antecknade", treatment.noDissentNote()});
        }
        if (treatment.minutesUrl() != null) {
            lines.add(new String[] {"Protokollet", treatment.minutesUrl()});
        }
        lines.add(new String[] {"Registrerat av", treatment.recordedBy()});
        return lines;
    }

    static String html(String title, Treatment treatment, List<String[]> lines, List<String> background) {
        StringBuilder body = new StringBuilder("<h1>").append(text(title)).append("</h1><table>");
        lines.forEach(line -> body.append("<tr><th>").append(text(line[0])).append("</th><td>")
                .append(text(line[1])).append("</td></tr>"));
        body.append("</table><h2>").append(text(heading(treatment))).append("</h2><p class=\"pre\">")
                .append(text(treatment.position())).append("</p><h2>Avvikande synpunkter</h2>");
        if (treatment.dissents().isEmpty()) {
            body.append("<p class=\"muted\">Inga avvikande synpunkter lades till protokollet.</p>");
        }
        treatment.dissents().forEach(dissent -> body.append("<h3>").append(text(dissent.author()))
                .append("</h3><p class=\"pre\">").append(text(dissent.opinion())).append("</p>"));
        body.append("<h2>Bakgrundsdokument</h2>");
        if (background.isEmpty()) {
            body.append("<p class=\"muted\">Inga bakgrundsdokument angavs.</p>");
        } else {
            body.append("<ul>");
            background.forEach(document -> body.append("<li>").append(text(document)).append("</li>"));
            body.append("</ul>");
        }
        return Xhtml.page(title, body.toString());
    }

    static byte[] docx(String title, Treatment treatment, List<String[]> lines, List<String> background) {
        DocxBuilder docx = new DocxBuilder().title(title);
        lines.forEach(line -> docx.labelled(line[0], line[1]));
        docx.heading(1, heading(treatment)).paragraph(treatment.position()).heading(1, "Avvikande synpunkter");
        if (treatment.dissents().isEmpty()) {
            docx.paragraph("Inga avvikande synpunkter lades till protokollet.");
        }
        treatment.dissents().forEach(dissent -> docx.heading(2, dissent.author()).paragraph(dissent.opinion()));
        docx.heading(1, "Bakgrundsdokument");
        if (background.isEmpty()) {
            docx.paragraph("Inga bakgrundsdokument angavs.");
        }
        background.forEach(docx::paragraph);
        return docx.build();
    }

    private static String heading(Treatment treatment) {
        if (RSR.equals(treatment.bodyName())) {
            return treatment.itemKind() == ItemKind.POSITION ? "Rådets ställningstagande" : "Rådet noterade";
        }
        return treatment.itemKind() == ItemKind.POSITION ? "Beslut och ställningstagande" : "Noterat";
    }
}
