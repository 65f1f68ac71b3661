package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.workshop.WorkshopService;

/** Organisations answer the consultation from their links: a statement or no comments, with attachments. */
@IntegrationTest
class StatementPageTest {

    private static final String CYCLE = "PA-STM-2020";
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    AgendaWork work;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    AttachmentRepository attachments;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;

    private LifecycleDriver cycle;

    @BeforeEach
    void consultationOpen() {
        if (!lifecycles.running(CYCLE)) {
            lifecycles.atInputRound("STM").answerAllBut(RoundKind.INPUT)
                    .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                    .at("2020-11-09T09:00").prioritise(lifecycles.work())
                    .writeAgenda(lifecycles.work(), "Till samråd");
        }
        cycle = lifecycles.of(CYCLE).at("2020-12-21T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void organisationsSubmitAStatementOrNoCommentsAndAnEmptyStatementIsRefused() {
        String university = link(organisation("Mittuniversitetet"));
        String almi = link(organisation("Almi"));

        HttpResponse<String> page = anonymous().get(university);
        assertThat(page.body()).contains("Samråd: yttrande från Mittuniversitetet", "Vi har inga synpunkter",
                "enctype=\"multipart/form-data\"", "Lägg till bilagor");

        HttpResponse<String> empty = post(university, "action=submit&statement=");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Yttrandet saknas.");
        assertThat(organisation("Mittuniversitetet").status()).isEqualTo(RequestStatus.SENT);

        assertThat(post(university, "action=submit&statement=" + URLEncoder.encode(
                "Vi stöder agendan & vill lyfta forskningsinfrastrukturen.", StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(302);
        assertThat(post(almi, "action=submit&statement=&noComments=true").statusCode()).isEqualTo(302);

        assertThat(organisation("Mittuniversitetet").answerText())
                .isEqualTo("Vi stöder agendan & vill lyfta forskningsinfrastrukturen.");
        assertThat(organisation("Almi").answerText()).isEqualTo("Inga synpunkter.");
        assertThat(organisation("Almi").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(anonymous().get(almi + "/kvitto").body()).contains("Inga synpunkter.");
    }

    @Test
    void aStatementWhoseBytesAreNotUtf8IsRefusedNextToItWhetherSentAsMultipartOrUrlEncoded() {
        String link = link(organisation("Tillväxtverket"));
        byte[] latin1 = "Yttrande från Tillväxtverket".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> multipart = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", latin1));
        HttpResponse<String> urlEncoded = post(link, "action=submit&statement=Yttrande+fr%E5n+Tillv%E4xtverket");

        for (HttpResponse<String> refused : List.of(multipart, urlEncoded)) {
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("Yttrandet innehåller tecken som inte kunde läsas");
        }
        assertThat(organisation("Tillväxtverket").status()).isEqualTo(RequestStatus.SENT);
        assertThat(organisation("Tillväxtverket").answerText()).isNull();
    }

    @Test
    void aStatementCarriesAPdfAndAWordDocumentWhichTheReceiptLinksAndTheReceiptMailNames() {
        RoundRequest sametinget = organisation("Sametinget");
        String link = link(sametinget);
        byte[] pdf = TestFiles.pdf("Sametingets yttrande");

        HttpResponse<String> sent = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Se bifogat yttrande.")
                .file("attachments", "Yttrande.pdf", PDF, pdf)
                .file("attachments", "Bilaga 1.docx", DOCX, TestFiles.docx("Underlag")));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(attachments.findByRequest(sametinget.id())).extracting(Attachment::fileName, Attachment::type)
                .containsExactlyInAnyOrder(tuple("Yttrande.pdf", AttachmentType.PDF),
                        tuple("Bilaga 1.docx", AttachmentType.DOCX));
        assertThat(organisation("Sametinget").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(organisation("Sametinget").answerText()).startsWith("Se bifogat yttrande.")
                .contains("Bilagor:", "- Yttrande.pdf (1 kB)", "- Bilaga 1.docx");

        String receipt = anonymous().get(link + "/kvitto").body();
        assertThat(receipt).contains("Se bifogat yttrande.", "Yttrande.pdf", "Bilaga 1.docx");
        Attachment stored = attachments.findByRequest(sametinget.id()).stream()
                .filter(a -> a.type() == AttachmentType.PDF).findFirst().orElseThrow();
        assertThat(receipt).contains(link + "/bilagor/" + stored.id());
        HttpResponse<byte[]> download = anonymous().download(link + "/bilagor/" + stored.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).contains(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        String forOfficials = "/api/omgang/" + CYCLE + "/samrad/" + sametinget.id();
        assertThat(ApiClient.as("tjansteperson", port).get(forOfficials).body()).contains("Yttrande.pdf", "Bilaga 1.docx");
        assertThat(ApiClient.as("tjansteperson", port).download(forOfficials + "/bilagor/" + stored.id()).body())
                .isEqualTo(pdf);
        assertThat(anonymous().download(forOfficials + "/bilagor/" + stored.id()).statusCode()).isEqualTo(401);

        cycle.runDueJobs();
        assertThat(ReceivedMails.latestWith(mailServer, sametinget.recipientEmail(), "Se bifogat yttrande."))
                .get().asString().contains("Yttrande.pdf", "Bilaga 1.docx");
    }

    @Test
    void aFileIsJudgedByItsContentNotByItsNameAndARefusedFileStoresNothing() {
        RoundRequest leader = organisation("Leader");
        String link = link(leader);

        HttpResponse<String> program = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Yttrande").file("attachments", "yttrande.pdf", PDF, TestFiles.program()));
        HttpResponse<String> macros = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Yttrande").file("attachments", "yttrande.docx", DOCX, TestFiles.docm()));

        assertThat(program.statusCode()).isEqualTo(200);
        assertThat(program.body()).contains("Filen yttrande.pdf är varken en PDF eller ett Word-dokument",
                "Filer ni valde är inte sparade");
        assertThat(macros.body()).contains("Filen yttrande.docx är varken en PDF eller ett Word-dokument");
        HttpResponse<String> disguised = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Yttrande").file("attachments", "yttrande.pdf", PDF, TestFiles.pdfHeaderOnProgram()));
        assertThat(disguised.statusCode()).isEqualTo(200);
        assertThat(disguised.body()).contains("Filen yttrande.pdf kunde inte öppnas som PDF: filen är skadad");
        HttpResponse<String> lookalike = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Yttrande").file("attachments", "yttrande.docx", DOCX, TestFiles.docxLookalike()));
        assertThat(lookalike.body()).contains("Filen yttrande.docx kunde inte öppnas som Word (DOCX)");
        assertThat(attachments.findByRequest(leader.id())).isEmpty();
        assertThat(organisation("Leader").status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void aFileOverTheLimitIsRefusedNextToTheFieldAndABodyOverTheLimitGetsAPage() {
        RoundRequest torsta = organisation("Torsta");
        String link = link(torsta);
        byte[] big = Arrays.copyOf(TestFiles.pdf("stor"), (int) AnswerValidator.MAX_ATTACHMENT_BYTES + 1);
        byte[] huge = new byte[(int) AnswerPageController.MAX_STATEMENT_BYTES];

        HttpResponse<String> tooBig = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Yttrande").file("attachments", "stor.pdf", PDF, big));
        HttpResponse<String> tooLarge = multipart(link, new MultipartForm().field("action", "submit")
                .field("statement", "Yttrande").file("attachments", "a.pdf", PDF, huge));

        assertThat(tooBig.statusCode()).isEqualTo(200);
        assertThat(tooBig.body()).contains("Filen stor.pdf är för stor; en bilaga får vara högst 5 MB.");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Svaret är för stort", "högst 20 MB");
        assertThat(attachments.findByRequest(torsta.id())).isEmpty();
        assertThat(organisation("Torsta").status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void theSameFileSentTwiceIsKeptOnceAndAChangeMayTakeAFileAway() {
        RoundRequest coompanion = organisation("Coompanion");
        String link = link(coompanion);
        MultipartForm withPdf = new MultipartForm().field("action", "submit").field("statement", "Yttrande")
                .file("attachments", "Yttrande.pdf", PDF, TestFiles.pdf("Coompanion"));

        assertThat(multipart(link, withPdf).statusCode()).isEqualTo(302);
        assertThat(multipart(link, withPdf).statusCode()).isEqualTo(302);
        assertThat(attachments.findByRequest(coompanion.id())).hasSize(1);

        String pdfId = attachments.findByRequest(coompanion.id()).get(0).id();
        assertThat(anonymous().get(link).body()).contains("name=\"removeAttachments\"", pdfId);
        assertThat(multipart(link, new MultipartForm().field("action", "submit").field("statement", "Nytt yttrande")
                .field("removeAttachments", pdfId)
                .file("attachments", "Nytt.docx", DOCX, TestFiles.docx("Nytt"))).statusCode()).isEqualTo(302);

        assertThat(attachments.findByRequest(coompanion.id())).extracting(Attachment::fileName)
                .containsExactly("Nytt.docx");
        assertThat(organisation("Coompanion").answerText()).contains("Nytt yttrande", "Nytt.docx")
                .doesNotContain("Yttrande.pdf");
    }

    @Test
    void atMostFiveFilesAndAnotherRequestsFileIsNotFound() {
        RoundRequest foretagarna = organisation("Företagarna");
        String link = link(foretagarna);
        MultipartForm six = new MultipartForm().field("action", "submit").field("statement", "Yttrande");
        for (int i = 0; i < 6; i++) {
            six.file("attachments", "del" + i + ".pdf", PDF, TestFiles.pdf("del " + i));
        }

        HttpResponse<String> refused = multipart(link, six);

        assertThat(refused.body()).contains("Högst 5 bilagor per yttrande (nu 6).");
        assertThat(attachments.findByRequest(foretagarna.id())).isEmpty();

        RoundRequest almi = organisation("Handelskammaren Mitt");
        multipart(link(almi), new MultipartForm().field("action", "submit").field("statement", "Yttrande")
                .file("attachments", "Handelskammaren.pdf", PDF, TestFiles.pdf("Handelskammaren")));
        String othersFile = attachments.findByRequest(almi.id()).get(0).id();
        HttpResponse<byte[]> notOurs = anonymous().download(link + "/bilagor/" + othersFile);
        assertThat(notOurs.statusCode()).isEqualTo(404);
        assertThat(new String(notOurs.body(), StandardCharsets.UTF_8)).contains("Bilagan finns inte")
                .doesNotContain("Handelskammaren");
    }

    private RoundRequest organisation(String name) {
        return rounds.requestsOf(CYCLE, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals(name)).findFirst().orElseThrow();
    }

    private String link(RoundRequest request) {
        return "/svar/" + tokens.mint(request.id());
    }

    private HttpResponse<String> post(String path, String form) {
        return anonymous().post(path, "application/x-www-form-urlencoded", form);
    }

    private HttpResponse<String> multipart(String path, MultipartForm form) {
        return anonymous().post(path, form.contentType(), form.bytes());
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
