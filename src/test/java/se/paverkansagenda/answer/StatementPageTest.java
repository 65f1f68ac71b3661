package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/** Organisations answer the consultation from their links: a statement, or no comments. */
@IntegrationTest
class StatementPageTest {

    private static final String CYCLE = "PA-STM-2020";

    @LocalServerPort
    int port;
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
    void organisationsSubmitAStatementOrNoCommentsAndAnEmptyStatementIsRefused() {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: STM"), "processagare");
        new LifecycleDriver(engine, rounds, answers, CYCLE)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00").complete(Elements.TASK_REGISTER_RSR_TREATMENT, Map.of())
                .at("2020-05-08T09:00").answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .at("2020-11-09T09:00").complete(Elements.TASK_PRIORITISE_INPUT, Map.of(
                        AgendaProcess.PRIORITISED_ISSUES.name(), Spin.JSON("[{\"issue\": \"Stambanan\"}]")))
                .complete(Elements.TASK_WRITE_AGENDA, Map.of())
                .at("2020-12-21T09:00");
        String university = link(organisation("Mittuniversitetet"));
        String almi = link(organisation("Almi"));

        HttpResponse<String> page = anonymous().get(university);
        assertThat(page.body()).contains("Samråd: yttrande från Mittuniversitetet", "Vi har inga synpunkter");

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

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
