package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
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
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * A link's state follows its request and its cycle, not only the calendar: once the round or the cycle
 * has ended, the link takes no answer even on a day the dates would allow one.
 */
@IntegrationTest
class LinkFollowsRequestTest {

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
    AnswerTokens tokens;
    @Autowired
    ProposalRepository proposals;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestClosedAsUnansweredTakesNoAnswerOnceTheCompilationIsMadeWhateverTheDateSays() {
        LifecycleDriver cycle = lifecycles.atInputRound("LFA");
        String ragunda = link(cycle, "2303");
        cycle.at("2020-10-03T09:30");
        assertThat(request(cycle, "2303").status()).isEqualTo(RequestStatus.UNANSWERED);
        cycle.at("2020-10-05T09:00");

        // a clock that says the late answers' days are still running
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-10-03 12:00:00"));
        HttpResponse<String> page = anonymous().get(ragunda);
        HttpResponse<String> submitted = anonymous().post(ragunda, "application/x-www-form-urlencoded", SUBMIT);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Omgången är avslutad");
        assertThat(submitted.statusCode()).isEqualTo(410);
        assertThat(request(cycle, "2303").status()).isEqualTo(RequestStatus.UNANSWERED);
        assertThat(proposals.findByRequest(request(cycle, "2303").id())).isEmpty();
    }

    @Test
    void aLinkOfACycleThatHasEndedIsClosedWhileItsDeadlineIsStillAhead() {
        LifecycleDriver cycle = lifecycles.atInputRound("LFE");
        String krokom = link(cycle, "2309");
        assertThat(anonymous().get(krokom).statusCode()).isEqualTo(200);

        engine.getRuntimeService().deleteProcessInstance(cycles.find(cycle.cycleKey()).processInstanceId(),
                "cycle stopped");
        HttpResponse<String> page = anonymous().get(krokom);
        HttpResponse<String> submitted = anonymous().post(krokom, "application/x-www-form-urlencoded", SUBMIT);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(submitted.statusCode()).isEqualTo(410);
        assertThat(request(cycle, "2309").status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void theReceiptPageExistsOnlyForARequestThatHasAnAnswer() {
        LifecycleDriver cycle = lifecycles.atInputRound("LFR");
        String are = link(cycle, "2321");

        HttpResponse<String> noAnswer = anonymous().get(are + "/kvitto");
        assertThat(noAnswer.statusCode()).isEqualTo(404);
        assertThat(noAnswer.body()).doesNotContain("Ert svar är mottaget").contains("Inget svar att visa");

        assertThat(anonymous().post(are, "application/x-www-form-urlencoded", SUBMIT).statusCode()).isEqualTo(302);
        HttpResponse<String> receipt = anonymous().get(are + "/kvitto");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).contains("Ert svar är mottaget", "Stambanan");
    }

    private static final String SUBMIT = "action=submit&proposals%5B0%5D.title=Stambanan"
            + "&proposals%5B0%5D.description=Beskrivning&proposals%5B0%5D.rusArea=RUS-1"
            + "&proposals%5B0%5D.decisionLevel=EU&proposals%5B0%5D.justification=Motivering"
            + "&proposals%5B0%5D.contactPerson=Kommunstrateg";

    private RoundRequest request(LifecycleDriver cycle, String code) {
        return rounds.requestsOf(cycle.cycleKey(), RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals(code)).findFirst().orElseThrow();
    }

    private String link(LifecycleDriver cycle, String code) {
        return "/svar/" + tokens.mint(request(cycle, code).id());
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
