package se.paverkansagenda.carryforward;

import static se.paverkansagenda.document.Xhtml.text;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.DocxBuilder;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.document.Xhtml;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;

/**
 * The follow-up report (uppföljningsrapport) as PDF and Word: for each issue of the followed agenda what was
 * done, the result, the responsible organisation and whether it is kept, reworded (with the new wording) or
 * closed (with the reason). Stored with the cycle's documents, in step 1.
 */
@Service
public class FollowUpReport {

    private final CarryForwardService service;
    private final CycleService cycles;
    private final DocumentStore documents;
    private final PdfRenderer pdf;

    public FollowUpReport(CarryForwardService service, CycleService cycles, DocumentStore documents, PdfRenderer pdf) {
        this.service = service;
        this.cycles = cycles;
        this.documents = documents;
        this.pdf = pdf;
    }

    public List<StoredDocument> produce(String cycleKey) {
        Plan plan = cycles.planOf(cycleKey);
        List<CarriedIssue> issues = service.issues(cycleKey);
        String title = title(plan);
        String intro = intro(plan, issues);
        return documents.storePdfAndDocx(cycleKey, Step.DRAFT_PM, DocumentKind.FOLLOW_UP_REPORT,
                pdf.fromHtml(html(title, intro, issues)), docx(title, intro, issues));
    }

    static String title(Plan plan) {
        return "Uppföljning av påverkansagendan " + followedYear(plan) + " – " + plan.region().name();
    }

    private static String followedYear(Plan plan) {
        return plan.follows().substring(plan.follows().lastIndexOf('-') + 1);
    }

    static String intro(Plan plan, List<CarriedIssue> issues) {
        long kept = issues.stream().filter(issue -> issue.decision() == FollowUpDecision.KEEP).count();
        long reworded = issues.stream().filter(issue -> issue.decision() == FollowUpDecision.REWORD).count();
        long closed = issues.stream().filter(issue -> issue.decision() == FollowUpDecision.CLOSE).count();
        return "Uppföljning av de " + issues.size() + " frågorna i den fastställda påverkansagendan för " + plan.follows()
                + ", inför cykeln " + plan.businessKey() + ": " + kept + " behålls, " + reworded + " omformuleras och "
                + closed + " avslutas. Frågor som behålls eller omformuleras förs över till årets workshop.";
    }

    /** The lines of one issue's follow-up, as label and text. */
    static List<String[]> lines(CarriedIssue issue) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Lydelse " + issue.previousYear(), issue.text()});
        lines.add(new String[] {"Vad har gjorts", issue.done()});
        lines.add(new String[] {"Resultat", issue.result()});
        lines.add(new String[] {"Ansvarig organisation", issue.responsible()});
        lines.add(new String[] {"Beslut", issue.decision() == null ? "Inte uppföljd" : issue.decision().swedishName()});
        if (issue.decision() == FollowUpDecision.REWORD) {
            lines.add(new String[] {"Ny lydelse", issue.newWording()});
        }
        if (issue.decision() == FollowUpDecision.CLOSE) {
            lines.add(new String[] {"Skäl att avsluta", issue.closeReason()});
        }
        return lines;
    }

    static String html(String title, String intro, List<CarriedIssue> issues) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(title)).append("</h1><p>").append(text(intro)).append("</p>");
        for (CarriedIssue issue : issues) {
            body.append("<h2>").append(issue.position()).append(". ").append(text(issue.title())).append("</h2>");
            for (String[] line : lines(issue)) {
                body.append("<p><strong>").append(text(line[0])).append(":</strong> </p><p class=\"pre\">")
                        .append(text(line[1] == null ? "" : line[1])).append("</p>");
            }
        }
        return Xhtml.page(title, body.toString());
    }

    static byte[] docx(String title, String intro, List<CarriedIssue> issues) {
        DocxBuilder docx = new DocxBuilder().title(title).paragraph(intro);
        for (CarriedIssue issue : issues) {
            docx.heading(1, issue.position() + ". " + issue.title());
            for (String[] line : lines(issue)) {
                docx.paragraph(line[0] + ": " + (line[1] == null ? "" : line[1]));
            }
        }
        return docx.build();
    }
}
