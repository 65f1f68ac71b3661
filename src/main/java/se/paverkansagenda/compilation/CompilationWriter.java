package se.paverkansagenda.compilation;

import static se.paverkansagenda.document.Xhtml.text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.paverkansagenda.compilation.ConsultationCompilation.Statement;
import se.paverkansagenda.compilation.InputCompilation.Municipality;
import se.paverkansagenda.compilation.InputCompilation.Proposal;
import se.paverkansagenda.document.CsvTable;
import se.paverkansagenda.document.DocxBuilder;
import se.paverkansagenda.document.PdfRenderer;
import se.paverkansagenda.document.Xhtml;
import se.paverkansagenda.notification.SwedishDates;

/** Writes the compilations as PDF, DOCX and CSV, in Swedish; what users wrote is always shown as text. */
@Component
public class CompilationWriter {

    static final String LATE = "Inkom efter svarstiden";
    static final List<String> PROPOSAL_COLUMNS = List.of("Kommunkod", "Kommun", "Förslag nr", "Rubrik", "Beskrivning",
            "Område i RUS", "Beslutsnivå", "Motivering", "Kontaktperson", "Inkom", "Efter svarstiden");
    static final List<String> STATEMENT_COLUMNS = List.of("Organisation", "Status", "Inkom", "Efter svarstiden",
            "Inga synpunkter", "Yttrande", "Bilagor", "Avsnitt");
    private static final List<String> MUNICIPALITY_COLUMNS = List.of("Kommun", "Kod", "Status", "Inkom", "Antal förslag");
    private static final List<String> ORGANISATION_COLUMNS = List.of("Organisation", "Status", "Inkom", "Bilagor");

    private final PdfRenderer pdf;
    private final Executor pdfThreads;

    /** @param pdfThreads where the PDF is rendered while the DOCX and the CSV are written on the calling thread */
    public CompilationWriter(PdfRenderer pdf, CompilationThreads pdfThreads) {
        this.pdf = pdf;
        this.pdfThreads = pdfThreads.executor();
    }

    /** The three files of a compilation. */
    public record Files(byte[] pdf, byte[] docx, byte[] csv) {
    }

    /**
     * The input compilation in all three formats. The PDF, most of the work, is rendered on a thread of
     * its own while the DOCX and the CSV are written, so the compilation takes about as long as its PDF.
     */
    public Files files(InputCompilation c) {
        return sideBySide(() -> pdf(c), () -> docx(c), () -> csv(c));
    }

    /** The consultation compilation in all three formats, its PDF rendered beside the other two. */
    public Files files(ConsultationCompilation c) {
        return sideBySide(() -> pdf(c), () -> docx(c), () -> csv(c));
    }

    private Files sideBySide(Supplier<byte[]> pdfFile, Supplier<byte[]> docxFile, Supplier<byte[]> csvFile) {
        CompletableFuture<byte[]> rendering = CompletableFuture.supplyAsync(pdfFile, pdfThreads);
        byte[] docxBytes;
        byte[] csvBytes;
        try {
            docxBytes = docxFile.get();
            csvBytes = csvFile.get();
        } catch (RuntimeException | Error e) {
            rendering.cancel(false);
            throw e;
        }
        try {
            return new Files(rendering.join(), docxBytes, csvBytes);
        } catch (CompletionException e) {
            // the PDF's own failure, as if it had been rendered on this thread
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    public byte[] pdf(InputCompilation c) {
        return pdf.fromHtml(html(c));
    }

    /** The input compilation as the XHTML its PDF is rendered from. */
    public String html(InputCompilation c) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(text(title(c))).append("</h1>")
                .append("<p class=\"muted\">").append(text(subtitle(c.cycleKey(), c.compiledOn()))).append("</p>")
                .append("<h2>Översikt</h2><p>").append(text(summary(c))).append("</p>");
        table(html, MUNICIPALITY_COLUMNS, c.municipalities().stream().map(CompilationWriter::overviewRow).toList());
        html.append("<h2>Förslag per område i RUS</h2>");
        for (Map.Entry<String, List<Proposal>> area : c.byRusArea().entrySet()) {
            html.append("<h3>").append(text(c.rusAreaName(area.getKey()))).append(" (").append(area.getValue().size())
                    .append(")</h3>");
            if (area.getValue().isEmpty()) {
                html.append("<p class=\"muted\">Inga förslag.</p>");
            }
            area.getValue().forEach(p -> proposalHtml(html, p, p.municipalityName()));
        }
        html.append("<h2>Förslag per kommun</h2>");
        for (Municipality m : c.municipalities()) {
            html.append("<h3>").append(text(m.respondent().name())).append("</h3><p>").append(text(standing(m.respondent())))
                    .append("</p>");
            if (!m.proposals().isEmpty()) {
                html.append("<p class=\"pre\">").append(text(titles(c, m))).append("</p>");
            }
            if (m.answerText() != null) {
                html.append("<p class=\"pre\">").append(text(m.answerText())).append("</p>");
            }
        }
        if (!c.earlierIssues().isEmpty()) {
            html.append("<h2>").append(text(earlierHeading(c))).append("</h2>");
            for (InputCompilation.EarlierIssue issue : c.earlierIssues()) {
                html.append("<h3>").append(text(issueHeading(issue))).append("</h3><p class=\"pre\">")
                        .append(text(issue.wording())).append("</p>");
                if (issue.comments().isEmpty()) {
                    html.append("<p class=\"muted\">Inga kommentarer.</p>");
                }
                for (InputCompilation.Comment comment : issue.comments()) {
                    html.append("<p><strong>").append(text(comment.municipalityName())).append(":</strong> ")
                            .append(text(comment.text())).append("</p>");
                }
            }
        }
        html.append("<h2>Kommuner som inte har svarat</h2>");
        names(html, c.unanswered());
        return Xhtml.page(title(c), html.toString());
    }

    public byte[] docx(InputCompilation c) {
        DocxBuilder docx = new DocxBuilder().title(title(c)).paragraph(subtitle(c.cycleKey(), c.compiledOn()))
                .heading(1, "Översikt").paragraph(summary(c))
                .table(MUNICIPALITY_COLUMNS, c.municipalities().stream().map(CompilationWriter::overviewRow).toList())
                .heading(1, "Förslag per område i RUS");
        for (Map.Entry<String, List<Proposal>> area : c.byRusArea().entrySet()) {
            docx.heading(2, c.rusAreaName(area.getKey()) + " (" + area.getValue().size() + ")");
            if (area.getValue().isEmpty()) {
                docx.paragraph("Inga förslag.");
            }
            area.getValue().forEach(p -> proposalDocx(docx, p, p.municipalityName()));
        }
        docx.heading(1, "Förslag per kommun");
        for (Municipality m : c.municipalities()) {
            docx.heading(2, m.respondent().name()).paragraph(standing(m.respondent()));
            if (!m.proposals().isEmpty()) {
                docx.paragraph(titles(c, m));
            }
            if (m.answerText() != null) {
                docx.paragraph(m.answerText());
            }
        }
        if (!c.earlierIssues().isEmpty()) {
            docx.heading(1, earlierHeading(c));
            for (InputCompilation.EarlierIssue issue : c.earlierIssues()) {
                docx.heading(2, issueHeading(issue)).paragraph(issue.wording());
                if (issue.comments().isEmpty()) {
                    docx.paragraph("Inga kommentarer.");
                }
                issue.comments().forEach(comment -> docx.paragraph(comment.municipalityName() + ": " + comment.text()));
            }
        }
        docx.heading(1, "Kommuner som inte har svarat")
                .paragraph(c.unanswered().isEmpty() ? "Alla har svarat." : joinNames(c.unanswered()));
        return docx.build();
    }

    private static String earlierHeading(InputCompilation c) {
        return "Kommentarer på frågorna från " + c.earlierIssues().get(0).year();
    }

    /** {@code 2. Bredband i hela länet (Omformuleras)}. */
    private static String issueHeading(InputCompilation.EarlierIssue issue) {
        return issue.number() + ". " + issue.title() + " (" + issue.decision() + ")";
    }

    public byte[] csv(InputCompilation c) {
        return CsvTable.write(PROPOSAL_COLUMNS, c.proposals().stream().map(p -> List.of(p.municipalityCode(),
                p.municipalityName(), String.valueOf(p.number()), p.title(), p.description(), p.rusArea(), p.decisionLevel(),
                p.justification(), p.contactPerson(), p.receivedOn() == null ? "" : p.receivedOn().toString(),
                p.late() ? "ja" : "nej")).toList());
    }

    public byte[] pdf(ConsultationCompilation c) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(text(title(c))).append("</h1>")
                .append("<p class=\"muted\">").append(text(subtitle(c.cycleKey(), c.compiledOn()))).append("</p>")
                .append("<h2>Översikt</h2><p>").append(text(summary(c))).append("</p>");
        table(html, ORGANISATION_COLUMNS, c.statements().stream().map(CompilationWriter::overviewRow).toList());
        html.append("<h2>Yttranden per organisation</h2>");
        for (Statement s : c.statements().stream().filter(s -> s.respondent().answered()).toList()) {
            html.append("<h3>").append(text(s.respondent().name())).append("</h3><p>")
                    .append(text(standing(s.respondent()))).append("</p>")
                    .append(s.noComments() ? "<p><strong>Inga synpunkter.</strong></p>"
                            : "<p class=\"pre\">" + text(s.text()) + "</p>");
            if (!s.attachmentNames().isEmpty()) {
                html.append("<p><strong>Bilagor:</strong> ").append(text(String.join(", ", s.attachmentNames())))
                        .append("</p>");
            }
        }
        if (c.draftVersion() != null) {
            html.append("<h2>Yttranden per avsnitt</h2><p>").append(text(draftNote(c))).append("</p>");
            for (ConsultationCompilation.SectionGroup group : c.bySection()) {
                html.append("<h3>").append(text(group.title())).append("</h3>");
                if (group.statements().isEmpty()) {
                    html.append("<p class=\"muted\">Inget yttrande.</p>");
                }
                for (Statement s : group.statements()) {
                    html.append("<p><strong>").append(text(s.respondent().name())).append(":</strong> ")
                            .append(text(s.text())).append("</p>");
                }
            }
        }
        html.append("<h2>Organisationer som inte har svarat</h2>");
        names(html, c.unanswered());
        return pdf.fromHtml(Xhtml.page(title(c), html.toString()));
    }

    public byte[] docx(ConsultationCompilation c) {
        DocxBuilder docx = new DocxBuilder().title(title(c)).paragraph(subtitle(c.cycleKey(), c.compiledOn()))
                .heading(1, "Översikt").paragraph(summary(c))
                .table(ORGANISATION_COLUMNS, c.statements().stream().map(CompilationWriter::overviewRow).toList())
                .heading(1, "Yttranden per organisation");
        for (Statement s : c.statements().stream().filter(s -> s.respondent().answered()).toList()) {
            docx.heading(2, s.respondent().name()).paragraph(standing(s.respondent()))
                    .paragraph(s.noComments() ? "Inga synpunkter." : s.text());
            if (!s.attachmentNames().isEmpty()) {
                docx.labelled("Bilagor", String.join(", ", s.attachmentNames()));
            }
        }
        if (c.draftVersion() != null) {
            docx.heading(1, "Yttranden per avsnitt").paragraph(draftNote(c));
            for (ConsultationCompilation.SectionGroup group : c.bySection()) {
                docx.heading(2, group.title());
                if (group.statements().isEmpty()) {
                    docx.paragraph("Inget yttrande.");
                }
                for (Statement s : group.statements()) {
                    docx.labelled(s.respondent().name(), s.text());
                }
            }
        }
        docx.heading(1, "Organisationer som inte har svarat")
                .paragraph(c.unanswered().isEmpty() ? "Alla har svarat." : joinNames(c.unanswered()));
        return docx.build();
    }

    public byte[] csv(ConsultationCompilation c) {
        return CsvTable.write(STATEMENT_COLUMNS, c.statements().stream().map(s -> List.of(s.respondent().name(),
                s.respondent().standing(), s.respondent().receivedOn() == null ? "" : s.respondent().receivedOn().toString(),
                s.respondent().late() ? "ja" : "nej", s.noComments() ? "ja" : "nej", s.noComments() ? "" : s.text(),
                String.join(", ", s.attachmentNames()), String.join("; ", s.sections()))).toList());
    }

    private static String draftNote(ConsultationCompilation c) {
        return "Samrådet gällde remissversionen, version " + c.draftVersion() + " av agendan. Varje yttrande står under"
                + " de avsnitt organisationen angav; ett yttrande som anger flera avsnitt står under vart och ett.";
    }

    private static String title(InputCompilation c) {
        return "Sammanställning av inspel – " + c.regionName() + " " + c.year();
    }

    private static String title(ConsultationCompilation c) {
        return "Sammanställning av samrådet – " + c.regionName() + " " + c.year();
    }

    private static String subtitle(String cycleKey, LocalDate compiledOn) {
        return "Länsgemensam påverkansagenda " + cycleKey + ", sammanställd " + SwedishDates.day(compiledOn) + ".";
    }

    private static String summary(InputCompilation c) {
        return c.answered().size() + " av " + c.municipalities().size() + " kommuner har svarat, " + c.unanswered().size()
                + " har inte svarat; " + c.lateCount() + " svar inkom efter svarstiden. Totalt " + c.proposals().size()
                + " förslag.";
    }

    private static String summary(ConsultationCompilation c) {
        return c.answered().size() + " av " + c.statements().size() + " organisationer har svarat, " + c.unanswered().size()
                + " har inte svarat; " + c.noCommentsCount() + " hade inga synpunkter och " + c.lateCount()
                + " svar inkom efter svarstiden.";
    }

    private static String standing(Respondent r) {
        if (!r.answered()) {
            return r.standing() + ".";
        }
        String when = r.receivedOn() == null ? "" : ", inkom " + r.receivedOnText();
        return r.standing() + when + (r.late() ? " – " + LATE.toLowerCase() : "") + ".";
    }

    private static List<String> overviewRow(Municipality m) {
        Respondent r = m.respondent();
        return List.of(r.name(), r.code(), r.standing(), r.receivedOnText(),
                r.answered() ? String.valueOf(m.proposals().size()) : "–");
    }

    private static List<String> overviewRow(Statement s) {
        Respondent r = s.respondent();
        return List.of(r.name(), s.noComments() ? r.standing() + ": inga synpunkter" : r.standing(), r.receivedOnText(),
                String.join(", ", s.attachmentNames()));
    }

    private static void proposalHtml(StringBuilder html, Proposal p, String municipality) {
        html.append("<p><strong>").append(text(p.number() + ". " + p.title())).append("</strong> – ").append(text(municipality));
        if (p.late()) {
            html.append(" <span class=\"late\">[").append(LATE).append("]</span>");
        }
        html.append("</p><p class=\"pre\">").append(text(p.description())).append("</p><p>")
                .append("<strong>Beslutsnivå:</strong> ").append(text(p.decisionLevel())).append("<br/>")
                .append("<strong>Motivering:</strong> ").append(text(p.justification())).append("<br/>")
                .append("<strong>Kontaktperson:</strong> ").append(text(p.contactPerson())).append("</p>");
    }

    private static void proposalDocx(DocxBuilder docx, Proposal p, String municipality) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Beslutsnivå", p.decisionLevel());
        fields.put("Motivering", p.justification());
        fields.put("Kontaktperson", p.contactPerson());
        docx.heading(3, p.number() + ". " + p.title() + " – " + municipality + (p.late() ? " [" + LATE + "]" : ""))
                .paragraph(p.description(), fields);
    }

    /** A municipality's proposals, one line each: "1. Rubrik – RUS-1 Infrastruktur och tillgänglighet". */
    private static String titles(InputCompilation c, Municipality m) {
        return m.proposals().stream().map(p -> p.number() + ". " + p.title() + " – " + c.rusAreaName(p.rusArea())
                + (p.late() ? " [" + LATE + "]" : "")).collect(Collectors.joining("\n"));
    }

    private static void table(StringBuilder html, List<String> headers, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        headers.forEach(h -> html.append("<th>").append(text(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(text(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void names(StringBuilder html, List<Respondent> respondents) {
        html.append("<p>").append(text(respondents.isEmpty() ? "Alla har svarat." : joinNames(respondents))).append("</p>");
    }

    private static String joinNames(List<Respondent> respondents) {
        return respondents.stream().map(Respondent::name).collect(Collectors.joining(", "));
    }
}
