package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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

/** The application's own pages carry the security headers, in Swedish, and need no inline style or script. */
@IntegrationTest
class PageHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    AnswerTokens tokens;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyPageOfTheApplicationSendsTheSecurityHeaders() {
        LifecycleDriver cycle = lifecycles.atInputRound("PHD");
        RoundRequest ostersund = rounds.requestsOf(cycle.cycleKey(), RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals("2380")).findFirst().orElseThrow();
        String link = "/svar/" + tokens.mint(ostersund.id());
        ApiClient recipient = ApiClient.anonymous(port).withHeader("Accept-Language", "en-GB,en;q=0.9");
        ApiClient official = ApiClient.as("tjansteperson", port).withHeader("Accept-Language", "en");
        assertThat(recipient.post(link, "application/x-www-form-urlencoded",
                "action=submit&proposals%5B0%5D.title=Stambanan&proposals%5B0%5D.description=Beskrivning"
                        + "&proposals%5B0%5D.rusArea=RUS-1&proposals%5B0%5D.decisionLevel=EU"
                        + "&proposals%5B0%5D.justification=Motivering&proposals%5B0%5D.contactPerson=Strateg")
                .statusCode()).isEqualTo(302);

        for (HttpResponse<String> tokenPage : java.util.List.of(recipient.get(link), recipient.get(link + "/kvitto"),
                recipient.get("/svar/AAAAAAAAAAAAAAAAAAAAAA"))) {
            assertSecurityHeaders(tokenPage);
            assertThat(tokenPage.headers().firstValue("Cache-Control")).as(tokenPage.uri().getPath()).hasValue("no-store");
        }
        for (String page : new String[] {"/api/omgang/" + cycle.cycleKey() + "/inspel",
                "/api/cycles/" + cycle.cycleKey() + "/tidslinje", "/api/cykel/" + cycle.cycleKey() + "/sparbarhet",
                "/api/cykel/" + cycle.cycleKey() + "/workshop"}) {
            HttpResponse<String> response = official.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertSecurityHeaders(response);
        }
        assertSecurityHeaders(ApiClient.anonymous(port).get("/api/cycles/" + cycle.cycleKey() + "/tidslinje"));
    }

    @Test
    void thePagesStyleSheetIsAFileOfItsOwnOpenToAll() {
        HttpResponse<String> css = ApiClient.anonymous(port).get("/css/sidor.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains("font-family");
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String path = response.uri().getPath();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        if (response.statusCode() != 401) {
            assertThat(response.headers().firstValue("Content-Language")).as(path).hasValue("sv");
            assertThat(response.body()).as(path).doesNotContain("<style", " style=\"", "<script", " onclick=");
        }
    }
}
