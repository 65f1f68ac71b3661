package se.paverkansagenda.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.AttachmentType;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.answer.TestFiles;
import se.paverkansagenda.answer.UploadedFile;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The consultation ends and step 12 starts with the statements compiled: who wrote what, who had no
 * comments, which files came with them, and who did not answer, in PDF, DOCX and CSV.
 */
@IntegrationTest
class ConsultationCompilationTest {

    private static final String CYCLE = "PA-SMR-2020";
    private static final String MARKUP = "<b>Fet</b> & <script>alert(1)</script>";

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    AgendaWork work;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    PublicAnswerService publicAnswers;
    @Autowired
    DocumentStore documents;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void stepTwelveStartsWithTheStatementsCompiledAndLinkedFromItsTask() {
        LifecycleDriver cycle = lifecycles.atInputRound("SMR")
                .answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(work)
                .writeAgenda(work, "Till samråd")
                .at("2020-12-21T09:00");
        publicAnswers.submitStatement(request("Mittuniversitetet"), "Vi stöder agendan. " + MARKUP,
                List.of(new UploadedFile("yttrande-miun.pdf", AttachmentType.PDF, TestFiles.pdf("miun")),
                        new UploadedFile("bilaga 2.docx", AttachmentType.DOCX, TestFiles.docx("bilaga"))), List.of());
        publicAnswers.submitStatement(request("Almi"), PublicAnswerService.NO_COMMENTS, List.of(), List.of());
        publicAnswers.submitStatement(request("Sametinget"), "=CMD|' /C calc'!A0 Samiska perspektiv saknas.", List.of(),
                List.of());
        assertThat(documents.latest(CYCLE, DocumentKind.CONSULTATION_COMPILATION)).as("not while answers come in").isEmpty();

        cycle.at("2021-01-30T09:00");

        List<StoredDocument> stored = documents.latest(CYCLE, DocumentKind.CONSULTATION_COMPILATION);
        assertThat(stored).extracting(StoredDocument::format)
                .containsExactly(DocumentFormat.CSV, DocumentFormat.DOCX, DocumentFormat.PDF);
        assertThat(stored).allMatch(d -> d.step() == Step.CONSULTATION && d.version() == 1);
        SpinJsonNode links = (SpinJsonNode) engine.getTaskService().getVariable(
                cycle.task(Elements.TASK_REGISTER_ADOPTION).getId(), AgendaProcess.CONSULTATION_COMPILATION_DOCUMENTS.name());
        assertThat(links.elements()).extracting(link -> link.prop("url").stringValue())
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(StoredDocument::downloadPath).toList());

        String summary = "3 av 19 organisationer har svarat, 16 har inte svarat; 1 hade inga synpunkter och 0 svar"
                + " inkom efter svarstiden.";
        String pdf = DocumentContent.pdfText(content(stored, DocumentFormat.PDF)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Sammanställning av samrådet – Region Jämtland Härjedalen 2020", summary,
                "Vi stöder agendan. " + MARKUP, "Bilagor: bilaga 2.docx, yttrande-miun.pdf", "Almi",
                "Inga synpunkter.", "Organisationer som inte har svarat Coompanion, ESF-rådet, Företagarna,");
        String docx = DocumentContent.docxText(content(stored, DocumentFormat.DOCX));
        assertThat(docx).contains(summary, "Vi stöder agendan. " + MARKUP, "Bilagor: bilaga 2.docx, yttrande-miun.pdf",
                "Almi\tBesvarad: inga synpunkter", "Handelskammaren Mitt\tStängd utan svar");

        List<CSVRecord> csv = DocumentContent.csvRecords(content(stored, DocumentFormat.CSV));
        assertThat(csv).hasSize(19);
        CSVRecord miun = row(csv, "Mittuniversitetet");
        assertThat(miun.get("Yttrande")).isEqualTo("Vi stöder agendan. " + MARKUP);
        assertThat(miun.get("Bilagor")).isEqualTo("bilaga 2.docx, yttrande-miun.pdf");
        assertThat(row(csv, "Almi").get("Inga synpunkter")).isEqualTo("ja");
        assertThat(row(csv, "Sametinget").get("Yttrande")).isEqualTo("'=CMD|' /C calc'!A0 Samiska perspektiv saknas.");
        assertThat(row(csv, "Leader").get("Status")).isEqualTo("Stängd utan svar");
    }

    private RoundRequest request(String organisation) {
        return rounds.requestsOf(CYCLE, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals(organisation)).findFirst().orElseThrow();
    }

    private byte[] content(List<StoredDocument> stored, DocumentFormat format) {
        return documents.content(stored.stream().filter(d -> d.format() == format).findFirst().orElseThrow().id());
    }

    private static CSVRecord row(List<CSVRecord> csv, String organisation) {
        return csv.stream().filter(r -> r.get("Organisation").equals(organisation)).findFirst().orElseThrow();
    }
}
