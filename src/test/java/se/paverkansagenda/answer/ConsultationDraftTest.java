package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.AgendaVersion;
import se.paverkansagenda.compilation.CompilationService;
import se.paverkansagenda.compilation.ConsultationCompilation;
import se.paverkansagenda.compilation.DocumentContent;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The consultation sends its draft: opening it freezes the agenda's version as the consultation draft,
 * every request mail carries it as PDF and Word, the answer page links it through the recipient's own
 * link only, a statement names the sections it concerns, and the compilation and the agenda page group
 * the statements by section.
 */
@IntegrationTest
class ConsultationDraftTest {

    private static final String CYCLE = "PA-CDR-2020";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    AgendaService agenda;
    @Autowired
    CompilationService compilations;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDraftGoesWithEveryRequestOpensFromTheOwnLinkOnlyAndStatementsAreGroupedBySection() throws Exception {
        LifecycleDriver cycle = lifecycles.atInputRound("CDR").answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(lifecycles.work())
                .writeAgenda(lifecycles.work(), "Till samråd")
                .at("2020-12-21T09:00");
        AgendaVersion consulted = agenda.latest(CYCLE).orElseThrow();

        // frozen as the consultation opened, with the sections of the version then
        ConsultationDraft draft = rounds.consultationDraft(CYCLE).orElseThrow();
        assertThat(draft.version()).isEqualTo(consulted.number());
        assertThat(draft.sections()).hasSize(consulted.sections().size()).hasSizeGreaterThan(1);
        assertThat(draft.sections().get(0).title()).isEqualTo(consulted.sections().get(0).title());

        // every organisation's request mail carries it as PDF and Word
        RoundRequest university = organisation("Mittuniversitetet");
        MimeMessage mail = ReceivedMails.to(mailServer, university.recipientEmail()).stream()
                .filter(message -> ReceivedMails.text(message).contains("(" + CYCLE + ")"))
                .filter(message -> ReceivedMails.text(message).contains("remissversionen")).findFirst().orElseThrow();
        assertThat(ReceivedMails.text(mail)).contains("remissversionen (version " + draft.version() + " av agendan)");
        List<Part> files = ReceivedMails.attachments(mail);
        assertThat(files).extracting(Part::getFileName).containsExactly(
                "remissversion-" + CYCLE + "-v1.pdf", "remissversion-" + CYCLE + "-v1.docx");
        byte[] attachedPdf = bytes(files.get(0));
        String pdfText = DocumentContent.pdfText(attachedPdf).replaceAll("\\s+", " ");
        assertThat(pdfText).contains("Remissversion", "Region Jämtland Härjedalen", "påverkansagenda",
                consulted.sections().get(0).title());
        assertThat(DocumentContent.pdfFonts(attachedPdf)).isNotEmpty()
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue())
                .anySatisfy(font -> assertThat(font.name()).contains("DejaVu"));
        assertThat(DocumentContent.docxText(bytes(files.get(1)))).contains("Remissversion",
                consulted.sections().get(0).title());

        // the answer page links it through the recipient's own link; a forged or other kind of link finds nothing
        String link = ReceivedMails.linkTo(mailServer, tokens, university);
        assertThat(anonymous().get(link).body()).contains(link + "/remissversion.pdf", link + "/remissversion.docx",
                "Remissversionen, version 1 av agendan", "Avsnitt som yttrandet gäller");
        HttpResponse<byte[]> pdf = anonymous().download(link + "/remissversion.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.body()).isEqualTo(attachedPdf);
        assertThat(anonymous().download(link + "/remissversion.docx").statusCode()).isEqualTo(200);
        assertThat(anonymous().download("/svar/AAAAAAAAAAAAAAAAAAAAAA/remissversion.pdf").statusCode()).isEqualTo(404);
        RoundRequest municipality = rounds.requestsOf(CYCLE, RoundKind.INPUT).get(0);
        assertThat(anonymous().download("/svar/" + tokens.mint(municipality.id()) + "/remissversion.pdf").statusCode())
                .isEqualTo(404);

        // a statement names sections of the draft; one the draft does not have is refused
        String first = draft.sections().get(0).key();
        String second = draft.sections().get(1).key();
        HttpResponse<String> forged = post(link, "action=submit&statement=Synpunkter&sections=" + first
                + "&sections=" + URLEncoder.encode("<finns-inte>", StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("Avsnittet &lt;finns-inte&gt; finns inte i remissversionen.")
                .doesNotContain("<finns-inte>");
        assertThat(organisation("Mittuniversitetet").status()).isEqualTo(RequestStatus.SENT);
        assertThat(post(link, "action=submit&statement=" + URLEncoder.encode("Vi stöder första och andra avsnittet.",
                StandardCharsets.UTF_8) + "&sections=" + second + "&sections=" + first).statusCode()).isEqualTo(302);
        assertThat(anonymous().get(link + "/kvitto").body()).contains("Avsnitt som yttrandet gäller",
                "1. " + draft.sections().get(0).title(), "2. " + draft.sections().get(1).title());
        String almi = ReceivedMails.linkTo(mailServer, tokens, organisation("Almi"));
        assertThat(post(almi, "action=submit&statement=" + URLEncoder.encode("Om det andra avsnittet.",
                StandardCharsets.UTF_8) + "&sections=" + second).statusCode()).isEqualTo(302);
        String companies = ReceivedMails.linkTo(mailServer, tokens, organisation("Företagarna"));
        assertThat(post(companies, "action=submit&statement=" + URLEncoder.encode("Allmänt om agendan.",
                StandardCharsets.UTF_8)).statusCode()).isEqualTo(302);
        // its page shows the sections named, to change them
        assertThat(anonymous().get(link).body()).containsPattern("value=\"" + first + "\"\\s+checked");

        // the compilation groups the statements by the sections they name, and keeps those naming none apart
        ConsultationCompilation compilation = compilations.consultation(CYCLE);
        assertThat(compilation.draftVersion()).isEqualTo(1);
        assertThat(compilation.bySection()).hasSize(draft.sections().size() + 1);
        assertThat(compilation.bySection().get(0).statements()).extracting(s -> s.respondent().name())
                .containsExactly("Mittuniversitetet");
        assertThat(compilation.bySection().get(1).statements()).extracting(s -> s.respondent().name())
                .containsExactlyInAnyOrder("Mittuniversitetet", "Almi");
        assertThat(compilation.bySection().get(compilation.bySection().size() - 1).statements())
                .extracting(s -> s.respondent().name()).containsExactly("Företagarna");

        // the agenda page shows each section's statements
        String page = ApiClient.as("tjansteperson", port).get("/api/cykel/" + CYCLE + "/agenda").body();
        assertThat(page).contains("Samrådet hölls om remissversionen, version 1 av agendan.",
                "Yttranden som anger avsnittet (remissversion 1)", "Vi stöder första och andra avsnittet.",
                "Om det andra avsnittet.");

        // and so does the trace, the organisation's own choice by its name
        JsonNode trace = new ObjectMapper().readTree(ApiClient.as("tjansteperson", port)
                .get("/api/cycles/" + CYCLE + "/trace").body());
        JsonNode secondTrace = trace.path("sections").get(1);
        assertThat(secondTrace.path("key").asText()).isEqualTo(second);
        assertThat(secondTrace.path("statements").findValuesAsText("organisation"))
                .containsExactlyInAnyOrder("Mittuniversitetet", "Almi");
        assertThat(secondTrace.path("statements").findValuesAsText("linkedBy")).contains("Almi");

        // once the consultation is over, the draft's link is gone like the page
        cycle.at("2021-01-30T09:00");
        assertThat(anonymous().download(link + "/remissversion.pdf").statusCode()).isEqualTo(410);
        assertThat(anonymous().get(link).statusCode()).isEqualTo(410);
    }

    private RoundRequest organisation(String name) {
        return rounds.requestsOf(CYCLE, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals(name)).findFirst().orElseThrow();
    }

    private HttpResponse<String> post(String path, String form) {
        return anonymous().post(path, "application/x-www-form-urlencoded", form);
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    private static byte[] bytes(Part part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toByteArray();
    }
}
