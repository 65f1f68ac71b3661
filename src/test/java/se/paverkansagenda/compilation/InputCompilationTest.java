package se.paverkansagenda.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * Step 6 compiles a real input round, three answers on time, one late and four without an answer,
 * to PDF, DOCX and CSV; each is opened with a library and read back, and steps 6 and 7 mail them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputCompilationTest {

    private static final String CYCLE = "PA-DOC-2020";
    private static final String SCRIPT = "<script>alert(1)</script> Elektrifiera Mittbanan";
    private static final String FORMULA = "=HYPERLINK(\"http://angripare.example\";\"Klicka\")";

    @Autowired
    Lifecycles lifecycles;
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
    EmbeddedMailServer mailServer;

    private LifecycleDriver cycle;
    private ServerSocket outside;
    private String image;

    @BeforeAll
    void runTheInputRoundToStepSix() throws IOException {
        outside = new ServerSocket(0);
        image = "<img src=\"http://127.0.0.1:" + outside.getLocalPort() + "/x.png\"/> Bredband";
        cycle = lifecycles.atInputRound("DOC");
        publicAnswers.submitProposals(request("2380"), List.of(
                proposal(SCRIPT, "RUS-1", "Järnvägen mellan Sundsvall och Storlien"),
                proposal(image, "RUS-2", "Fiber till alla byar")));
        publicAnswers.submitProposals(request("2321"), List.of(proposal(FORMULA, "RUS-1", "-Flyget till Åre Östersund")));
        publicAnswers.submitProposals(request("2313"), List.of(proposal("Inlandsbanan", "RUS-6", "Gods på räls")));
        cycle.at("2020-10-03T09:30");
        publicAnswers.submitProposals(request("2309"), List.of(proposal("Sent men viktigt", "RUS-4", "Yrkeshögskola")));
        cycle.at("2020-10-05T09:00");
    }

    @AfterAll
    void resetClock() throws IOException {
        ClockUtil.reset();
        outside.close();
    }

    @Test
    void stepSixStoresTheCompilationOnceInEachFormatAndGivesTheProcessItsLinks() {
        List<StoredDocument> stored = documents.latest(CYCLE, DocumentKind.INPUT_COMPILATION);

        assertThat(stored).extracting(StoredDocument::format)
                .containsExactly(DocumentFormat.CSV, DocumentFormat.DOCX, DocumentFormat.PDF);
        assertThat(stored).allSatisfy(document -> {
            assertThat(document.version()).isEqualTo(1);
            assertThat(document.step()).isEqualTo(Step.COMPILE_INPUT);
            assertThat(document.sizeBytes()).isEqualTo(documents.content(document.id()).length);
        });
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CYCLE)
                .processDefinitionKey(AgendaProcess.KEY).singleResult().getId();
        SpinJsonNode links = (SpinJsonNode) engine.getRuntimeService().getVariable(instance,
                AgendaProcess.INPUT_COMPILATION_DOCUMENTS.name());
        assertThat(links.elements()).extracting(link -> link.prop("url").stringValue())
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(StoredDocument::downloadPath).toList());
        assertThat(links.elements()).extracting(link -> link.prop("label").stringValue())
                .contains("Sammanställning av inspel, PDF, version 1");
    }

    @Test
    void thePdfNamesEveryMunicipalityCountsTheAnswersFlagsTheLateOneAndShowsMarkupAsText() {
        byte[] pdf = content(DocumentFormat.PDF);
        String text = DocumentContent.pdfText(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Sammanställning av inspel – Region Jämtland Härjedalen 2020",
                "4 av 8 kommuner har svarat, 4 har inte svarat; 1 svar inkom efter svarstiden. Totalt 5 förslag.",
                "Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen", "Östersund",
                "RUS-1 Infrastruktur och tillgänglighet (2)", "RUS-7 Finansiering och skattebas (0)",
                "1. Sent men viktigt – Krokom [Inkom efter svarstiden]",
                "1. " + SCRIPT, "2. <img src=", FORMULA,
                "Kommuner som inte har svarat Ragunda, Bräcke, Berg, Härjedalen");
        assertThat(DocumentContent.pdfImages(pdf)).as("markup is text, not an image").isZero();
        assertThatThrownBy(() -> {
            outside.setSoTimeout(200);
            outside.accept().close();
        }).as("no request left the renderer").isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void theWordDocumentHasTheSameContent() {
        String text = DocumentContent.docxText(content(DocumentFormat.DOCX));

        assertThat(text).contains("Sammanställning av inspel – Region Jämtland Härjedalen 2020",
                "4 av 8 kommuner har svarat, 4 har inte svarat; 1 svar inkom efter svarstiden. Totalt 5 förslag.",
                "1. Sent men viktigt – Krokom [Inkom efter svarstiden]", "1. " + SCRIPT + " – Östersund",
                "2. " + image + " – Östersund", FORMULA, "Järnvägen mellan Sundsvall och Storlien",
                "Ragunda, Bräcke, Berg, Härjedalen");
        assertThat(text).contains("Östersund\t2380\tBesvarad", "Krokom\t2309\tBesvarad efter svarstiden",
                "Berg\t2326\tStängd utan svar");
    }

    @Test
    void theCsvParsesBackToTheProposalsWithEveryFormulaDisarmed() {
        byte[] csv = content(DocumentFormat.CSV);
        List<CSVRecord> records = DocumentContent.csvRecords(csv);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(records).extracting(r -> r.get("Kommun") + "|" + r.get("Förslag nr") + "|" + r.get("Rubrik") + "|"
                + r.get("Område i RUS") + "|" + r.get("Efter svarstiden")).containsExactly(
                "Krokom|1|Sent men viktigt|RUS-4|ja",
                "Strömsund|1|Inlandsbanan|RUS-6|nej",
                "Åre|1|'" + FORMULA + "|RUS-1|nej",
                "Östersund|1|" + SCRIPT + "|RUS-1|nej",
                "Östersund|2|" + image + "|RUS-2|nej");
        assertThat(records.get(2).get("Beskrivning")).isEqualTo("'-Flyget till Åre Östersund");
        assertThat(records.get(0).get("Inkom")).isEqualTo("2020-10-03");
    }

    @Test
    void theMailsOfStepsSixAndSevenCarryTheDocuments() throws Exception {
        if (cycle.task(Elements.TASK_COMPILE_INPUT) != null) {
            cycle.complete(Elements.TASK_COMPILE_INPUT, Map.of(AgendaProcess.COMPILATION_SUMMARY.name(), "Fem förslag"));
        }
        cycle.at("2020-10-30T09:00");

        List<StoredDocument> stored = documents.latest(CYCLE, DocumentKind.INPUT_COMPILATION);
        for (String recipient : List.of("rsr-sekretariat@regionjh.example", "registrator@berg.example")) {
            MimeMessage mail = ReceivedMails.to(mailServer, recipient).stream()
                    .filter(m -> subject(m).startsWith("Sammanställning")).reduce((first, last) -> last).orElseThrow();
            assertThat(ReceivedMails.text(mail)).contains("Sammanställningen är bifogad som PDF, Word (DOCX) och CSV.");
            List<Part> files = ReceivedMails.attachments(mail);
            assertThat(files.stream().map(InputCompilationTest::fileName).toList()).containsExactlyInAnyOrder(
                    "sammanstallning-inspel-PA-DOC-2020-v1.pdf", "sammanstallning-inspel-PA-DOC-2020-v1.docx",
                    "sammanstallning-inspel-PA-DOC-2020-v1.csv", "kallelse.ics");
            Part pdf = files.stream().filter(f -> fileName(f).endsWith(".pdf")).findFirst().orElseThrow();
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(content(DocumentFormat.PDF));
        }
        assertThat(stored).hasSize(3);
    }

    private byte[] content(DocumentFormat format) {
        StoredDocument document = documents.latest(CYCLE, DocumentKind.INPUT_COMPILATION).stream()
                .filter(d -> d.format() == format).findFirst().orElseThrow();
        return documents.content(document.id());
    }

    private RoundRequest request(String code) {
        return rounds.requestsOf(CYCLE, RoundKind.INPUT).stream().filter(r -> r.recipientCode().equals(code))
                .findFirst().orElseThrow();
    }

    private static ProposalRow proposal(String title, String rusArea, String description) {
        return new ProposalRow(title, description, rusArea, "NATIONAL", "Motivering", "Kommunstrateg");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
