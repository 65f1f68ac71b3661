package se.paverkansagenda.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.PlanWithMunicipalities;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * Sixty municipalities answer the input request at the same moment over HTTP, through the officials'
 * API and from the personal links, and every answer is sent twice: each is stored once, each request
 * process ends once, and no caller sees an error. All 290 municipalities of Sweden at once, with the
 * same checks, are the benchmark command's load (README, "Performance").
 */
@IntegrationTest
class ConcurrentAnswersTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int MUNICIPALITIES = 60;

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AnswerService answers;
    @Autowired
    HistoryService historyService;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    ProposalRepository proposals;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void municipalitiesAnsweringAtOnceTwiceEachLoseNothingAndStoreNothingTwice() throws Exception {
        Round round = openRoundOfManyMunicipalities("CONC");
        ApiClient official = ApiClient.as("tjansteperson", port);

        List<Integer> statuses = submitEachTwiceAtOnce(round.requests(), request -> official.postJson(
                "/api/requests/" + request.id() + "/answer",
                "{\"text\": \"Inspel från " + request.recipientName() + "\"}").statusCode());

        assertThat(statuses).hasSize(2 * MUNICIPALITIES).allMatch(s -> s == 201 || s == 200);
        assertThat(Collections.frequency(statuses, 201)).isEqualTo(MUNICIPALITIES);
        assertThat(rounds.requestsOf(round.cycleKey(), RoundKind.INPUT)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
            assertThat(r.answerText()).isEqualTo("Inspel från " + r.recipientName());
        });
        assertEveryRequestEndedOnceAndTheRoundClosed(round);
    }

    @Test
    void municipalitiesSubmittingFromTheirLinksAtOnceTwiceEachStoreEachProposalOnce() throws Exception {
        Round round = openRoundOfManyMunicipalities("CONW");
        Map<String, String> links = new HashMap<>();
        round.requests().forEach(request -> links.put(request.id(), "/svar/" + tokens.mint(request.id())));
        ApiClient browser = ApiClient.anonymous(port);

        List<Integer> statuses = submitEachTwiceAtOnce(round.requests(), request -> browser.post(
                links.get(request.id()), "application/x-www-form-urlencoded", proposalOf(request)).statusCode());

        assertThat(statuses).hasSize(2 * MUNICIPALITIES).allMatch(s -> s == 302);
        for (RoundRequest request : round.requests()) {
            assertThat(proposals.findByRequest(request.id())).extracting(ProposalRow::getTitle)
                    .containsExactly("Inspel från " + request.recipientName());
        }
        assertThat(rounds.requestsOf(round.cycleKey(), RoundKind.INPUT))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED));
        assertEveryRequestEndedOnceAndTheRoundClosed(round);
    }

    private record Round(String cycleKey, String instanceId, LifecycleDriver driver, List<RoundRequest> requests,
                         long answeredBefore) {
    }

    /** A cycle of many municipalities, moved straight to its input round with every request sent. */
    private Round openRoundOfManyMunicipalities(String region) {
        ClockUtil.setCurrentTime(at("2020-05-08T09:00"));
        String cycleKey = cycles.start(PlanWithMunicipalities.first(MUNICIPALITIES, DefaultPlan.yaml(), region), "test").businessKey();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycleKey)
                .processDefinitionKey(AgendaProcess.KEY).singleResult().getId();
        runtimeService.createProcessInstanceModification(instanceId)
                .cancelAllForActivity(AgendaProcess.Elements.TIMER_DRAFT_PM_START)
                .startBeforeActivity(AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND)
                .execute();
        LifecycleDriver driver = new LifecycleDriver(engine, rounds, answers, cycleKey).runDueJobs();
        List<RoundRequest> requests = rounds.requestsOf(cycleKey, RoundKind.INPUT);
        assertThat(requests).hasSize(MUNICIPALITIES).allMatch(r -> r.status() == RequestStatus.SENT);
        return new Round(cycleKey, instanceId, driver, requests, endedAnswered());
    }

    private void assertEveryRequestEndedOnceAndTheRoundClosed(Round round) {
        assertThat(endedAnswered() - round.answeredBefore()).isEqualTo(MUNICIPALITIES);
        round.driver().runDueJobs();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(round.instanceId()).count()).isZero();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(round.instanceId())
                .activityId(AgendaProcess.Elements.TIMER_COMPILE_INPUT_START).count()).isEqualTo(1);
    }

    private long endedAnswered() {
        return historyService.createHistoricActivityInstanceQuery()
                .activityId(RequestRoundProcess.Elements.END_ANSWERED).count();
    }

    private static String proposalOf(RoundRequest request) {
        return "action=submit&proposals%5B0%5D.title=" + URLEncoder.encode("Inspel från " + request.recipientName(),
                StandardCharsets.UTF_8) + "&proposals%5B0%5D.description=Beskrivning&proposals%5B0%5D.rusArea=RUS-1"
                + "&proposals%5B0%5D.decisionLevel=EU&proposals%5B0%5D.justification=Motivering"
                + "&proposals%5B0%5D.contactPerson=Kommunstrateg";
    }

    /** Every request submitted twice, all at the same moment, in random order; the HTTP statuses. */
    private static List<Integer> submitEachTwiceAtOnce(List<RoundRequest> requests,
                                                       Function<RoundRequest, Integer> submit) throws Exception {
        List<RoundRequest> twice = new ArrayList<>(requests);
        twice.addAll(requests);
        Collections.shuffle(twice);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (RoundRequest request : twice) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return submit.apply(request);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Date at(String localDateTime) {
        return Date.from(ZonedDateTime.of(LocalDateTime.parse(localDateTime), STOCKHOLM).toInstant());
    }
}
