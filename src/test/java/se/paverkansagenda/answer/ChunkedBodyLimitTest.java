package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The answer page's size limits hold for bodies sent in chunks, without a Content-Length: an
 * over-limit form gets the page that says so, and the saved draft stays as it was.
 */
@IntegrationTest
class ChunkedBodyLimitTest {

    private static final String URLENCODED = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    ProposalRepository proposals;

    private static LifecycleDriver cycle;
    private RoundRequest request;
    private String link;

    @BeforeEach
    void aSavedDraft() {
        if (cycle == null) {
            cycle = lifecycles.atInputRound("CHB");
        } else {
            cycle.at("2020-05-08T09:00");
        }
        request = rounds.requestsOf(cycle.cycleKey(), RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals("2380")).findFirst().orElseThrow();
        link = "/svar/" + tokens.mint(request.id());
        assertThat(anonymous().post(link, URLENCODED, "action=save&proposals%5B0%5D.title=Inlandsbanan").body())
                .contains("Utkastet är sparat");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aChunkedFormBeyondTheContainersOwnLimitIsRefusedAndTheDraftStays() {
        HttpResponse<String> huge = anonymous().postChunked(link, URLENCODED,
                ("action=save&proposals%5B0%5D.title=" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("Svaret är för stort").doesNotContain("Utkastet är sparat");
        assertDraftStays();
    }

    @Test
    void aChunkedFormBeyondThePagesLimitIsRefusedAndTheDraftStays() {
        HttpResponse<String> large = anonymous().postChunked(link, URLENCODED,
                ("action=save&proposals%5B0%5D.title=Annat&proposals%5B0%5D.description="
                        + "x".repeat((int) AnswerPageController.MAX_BODY_BYTES)).getBytes(StandardCharsets.US_ASCII));

        assertThat(large.statusCode()).isEqualTo(413);
        assertDraftStays();
    }

    @Test
    void aChunkedMultipartBodyBeyondThePagesLimitIsRefusedAndTheDraftStays() {
        MultipartForm form = new MultipartForm().field("action", "save").field("proposals[0].title", "Annat")
                .field("proposals[0].description", "x".repeat((int) AnswerPageController.MAX_BODY_BYTES));

        HttpResponse<String> large = anonymous().postChunked(link, form.contentType(), form.bytes());

        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("Svaret är för stort");
        assertDraftStays();
    }

    @Test
    void aChunkedMultipartBodyBeyondTheUploadLimitIsRefusedAndTheDraftStays() {
        MultipartForm form = new MultipartForm().field("action", "save").field("proposals[0].title", "Annat")
                .file("attachments", "stor.pdf", "application/pdf",
                        new byte[(int) AnswerPageController.MAX_STATEMENT_BYTES + 1024]);

        HttpResponse<String> huge = anonymous().postChunked(link, form.contentType(), form.bytes());

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("Svaret är för stort");
        assertDraftStays();
    }

    @Test
    void aChunkedFormWithinTheLimitIsTakenAsSent() {
        String body = "action=save&proposals%5B0%5D.title=" + URLEncoder.encode("Flyget till Åre & Östersund",
                StandardCharsets.UTF_8);

        HttpResponse<String> saved = anonymous().postChunked(link, URLENCODED, body.getBytes(StandardCharsets.US_ASCII));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Utkastet är sparat");
        assertThat(proposals.findByRequest(request.id())).extracting(ProposalRow::getTitle)
                .containsExactly("Flyget till Åre & Östersund");
    }

    private void assertDraftStays() {
        assertThat(proposals.findByRequest(request.id())).extracting(ProposalRow::getTitle)
                .containsExactly("Inlandsbanan");
        assertThat(anonymous().get(link).body()).contains("value=\"Inlandsbanan\"");
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
