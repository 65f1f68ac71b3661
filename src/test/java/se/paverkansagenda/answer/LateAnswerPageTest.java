package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
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
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AnswerAfterCloseProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerFacts;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundRequestRepository;
import se.paverkansagenda.round.RoundService;

/**
 * Answers from the link after the deadline follow the plan's rule: taken in and marked late until
 * the next step starts, or refused with a page that says so.
 */
@IntegrationTest
class LateAnswerPageTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    RoundRequestRepository requests;
    @Autowired
    AnswerService answers;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlanThatAcceptsLateAnswersTakesThemUntilTheNextStepStartsAndMarksThemLate() {
        LifecycleDriver cycle = lifecycles.atInputRound("LAT");
        String ostersund = link("PA-LAT-2020", "2380");
        String krokom = link("PA-LAT-2020", "2309");
        String bracke = link("PA-LAT-2020", "2305");

        // the day after the deadline, before the deadline's timer has closed the request
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-10-03 09:00:00"));
        HttpResponse<String> page = anonymous().get(ostersund);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Svarstiden har gått ut. Ert svar tas ändå emot till och med "
                + "söndag 4 oktober 2020 och märks som sent svar.");
        assertThat(submit(ostersund, "Stambanan").statusCode()).isEqualTo(302);
        assertThat(request("PA-LAT-2020", "2380").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(facts("PA-LAT-2020", "2380")).isEqualTo(new AnswerFacts(AnswerChannel.LINK, true,
                LocalDate.parse("2020-10-03")));
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .activityId(RequestRoundProcess.Elements.END_ANSWERED).list().stream()
                .filter(a -> a.getProcessInstanceId().equals(requestProcess(request("PA-LAT-2020", "2380"))))
                .count()).isEqualTo(1);

        // the timer has closed the others; one of them answers still, and gets its receipt
        cycle.at("2020-10-03T09:30");
        assertThat(request("PA-LAT-2020", "2309").status()).isEqualTo(RequestStatus.UNANSWERED);
        assertThat(submit(krokom, "Inlandsbanan").statusCode()).isEqualTo(302);
        RoundRequest answeredLate = request("PA-LAT-2020", "2309");
        assertThat(answeredLate.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(facts("PA-LAT-2020", "2309").late()).isTrue();
        assertThat(proposals.findByRequest(answeredLate.id())).extracting(ProposalRow::getTitle)
                .containsExactly("Inlandsbanan");
        cycle.runDueJobs();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AnswerAfterCloseProcess.KEY)
                .processInstanceBusinessKey("PA-LAT-2020").finished().count()).isEqualTo(1);
        assertThat(ReceivedMails.latestWith(mailServer, answeredLate.recipientEmail(), "Inlandsbanan")).isPresent();

        // a late answer is final
        HttpResponse<String> change = anonymous().get(ostersund);
        assertThat(change.statusCode()).isEqualTo(410);
        assertThat(change.body()).contains("Ert svar är registrerat och kan inte längre ändras.");

        // the next step has started: no more answers
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-10-05 09:00:00"));
        HttpResponse<String> closed = anonymous().get(bracke);
        assertThat(closed.statusCode()).isEqualTo(410);
        assertThat(closed.body()).contains("sena svar togs emot till och med söndag 4 oktober 2020");
        assertThat(request("PA-LAT-2020", "2305").status()).isEqualTo(RequestStatus.UNANSWERED);
    }

    @Test
    void aPlanThatRefusesLateAnswersClosesTheLinkWhenTheDeadlineHasPassed() {
        lifecycles.atInputRound("LAR", "lateAnswers: acceptUntilNextStep", "lateAnswers: refuse");
        String ostersund = link("PA-LAR-2020", "2380");
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-10-03 09:00:00"));

        HttpResponse<String> page = anonymous().get(ostersund);
        HttpResponse<String> submitted = submit(ostersund, "Stambanan");

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Svarstiden gick ut fredag 2 oktober 2020 och förfrågan är stängd.");
        assertThat(submitted.statusCode()).isEqualTo(410);
        assertThat(request("PA-LAR-2020", "2380").status()).isEqualTo(RequestStatus.SENT);
        assertThat(proposals.findByRequest(request("PA-LAR-2020", "2380").id())).isEmpty();
    }

    private RoundRequest request(String cycleKey, String code) {
        return rounds.requestsOf(cycleKey, RoundKind.INPUT).stream().filter(r -> r.recipientCode().equals(code))
                .findFirst().orElseThrow();
    }

    private AnswerFacts facts(String cycleKey, String code) {
        return requests.answerFactsOf(cycleKey, RoundKind.INPUT).get(request(cycleKey, code).id());
    }

    private String link(String cycleKey, String code) {
        return "/svar/" + tokens.mint(request(cycleKey, code).id());
    }

    private String requestProcess(RoundRequest request) {
        return historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals(RequestRoundProcess.REQUEST_ID.name(), request.id()).list().stream()
                .filter(variable -> RequestRoundProcess.KEY.equals(variable.getProcessDefinitionKey()))
                .findFirst().orElseThrow().getProcessInstanceId();
    }

    private HttpResponse<String> submit(String link, String title) {
        String form = "action=submit&proposals%5B0%5D.title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&proposals%5B0%5D.description=Beskrivning&proposals%5B0%5D.rusArea=RUS-1"
                + "&proposals%5B0%5D.decisionLevel=EU&proposals%5B0%5D.justification=Motivering"
                + "&proposals%5B0%5D.contactPerson=Kommunstrateg";
        return anonymous().post(link, "application/x-www-form-urlencoded", form);
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
