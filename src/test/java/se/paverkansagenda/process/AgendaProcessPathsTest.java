package se.paverkansagenda.process;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.process.AgendaProcess.Elements.CALL_CONSULTATION;
import static se.paverkansagenda.process.AgendaProcess.Elements.CALL_INPUT_ROUND;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_ADOPTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_ANNOUNCE_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_COMPILE_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_DRAFT_PM;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_INFORM_PARTNERSHIP;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_OPEN_CONSULTATION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_PRIORITISE_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_ADOPTION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_RSR_TREATMENT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_DRAFT_PM_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_WRITE_AGENDA_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REVIEW_PROPOSAL;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_COMPILATION_TO_RSR;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_PLAN_TO_RSR;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_STEERING_REPORT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_DRAFT_PM_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_INFORM_PARTNERSHIP_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_PRESIDIUM_REVIEW_START;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.stage.StageService;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * One test per path of the main process, with the seed plan's dates and the engine's clock: what
 * each path passed, and what it did not. Together they must pass through every flow node of the
 * main process: the coverage is written to {@code target/process-test-coverage/} and gated.
 */
@IntegrationTest
class AgendaProcessPathsTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    StageService stages;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    ProposalRepository proposals;

    /** The share of the main process's flow nodes the paths below pass together; measured 1.0. */
    private static final double COVERAGE_AT_LEAST = 1.0;
    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private String instanceId;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void thePathsTogetherCoverTheMainProcess(@Autowired HistoryService history,
                                                    @Autowired RepositoryService repository) throws IOException {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(AgendaProcess.KEY).latestVersion().singleResult();
        Set<String> nodes = repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)
                .stream().map(FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = STARTED.stream()
                .flatMap(id -> history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream())
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>(nodes);
        missed.removeAll(passed);
        double coverage = (double) (nodes.size() - missed.size()) / nodes.size();

        Path report = Path.of("target", "process-test-coverage", AgendaProcess.KEY + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.format(Locale.ROOT, "%s: %d of %d flow nodes passed (%.3f)%nnot passed: %s%n",
                AgendaProcess.KEY, nodes.size() - missed.size(), nodes.size(), coverage, missed));
        assertThat(coverage).as("flow nodes not passed: " + missed).isGreaterThanOrEqualTo(COVERAGE_AT_LEAST);
    }

    @Test
    void happyPathRunsAllTwelveStepsEachOnItsPlannedDate() {
        LifecycleDriver cycle = start("HP");
        assertThat(managementService.createJobQuery().processInstanceId(instanceId).activityId(TIMER_DRAFT_PM_START)
                .singleResult().getDuedate()).isEqualTo(local("2020-04-07T00:00"));

        cycle.at("2020-04-06T23:59");
        assertThat(cycle.task(TASK_DRAFT_PM)).as("step 1 before its start date").isNull();
        cycle.at("2020-04-07T08:00");
        assertThat(cycle.task(TASK_DRAFT_PM).getDueDate()).isEqualTo(local("2020-04-24T23:59:59"));
        cycle.complete(TASK_DRAFT_PM, pm());
        assertThat(passed(TASK_SEND_PLAN_TO_RSR)).as("step 2 before 2020-04-27").isZero();

        cycle.at("2020-04-27T08:00");
        assertThat(passed(TASK_SEND_PLAN_TO_RSR)).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId(TIMER_PRESIDIUM_REVIEW_START).singleResult().getDuedate())
                .isEqualTo(local("2020-04-30T00:00"));
        assertThat(cycle.task(TASK_REVIEW_PROPOSAL)).isNull();

        cycle.at("2020-04-30T09:00").complete(TASK_REVIEW_PROPOSAL, approve())
                .at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00");
        assertThat(requests(RoundKind.INPUT)).hasSize(8).allMatch(r -> r.status() == RequestStatus.SENT);
        cycle.answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(TASK_COMPILE_INPUT, Map.of())
                .at("2020-10-30T09:00");
        assertThat(passed(TASK_SEND_COMPILATION_TO_RSR)).isEqualTo(1);

        cycle.at("2020-11-09T09:00").prioritise(work());
        assertThat(cycle.task(TASK_WRITE_AGENDA)).isNotNull();
        assertThat(waitingAt(TIMER_INFORM_PARTNERSHIP_START)).as("step 10 waits for its own date").isTrue();
        cycle.at("2020-11-27T09:00");
        assertThat(passed(TASK_INFORM_PARTNERSHIP)).as("step 10 beside step 9").isEqualTo(1);
        assertThat(cycle.task(TASK_WRITE_AGENDA)).as("step 9 still open while step 10 ran").isNotNull();

        cycle.writeAgenda(work(), "Till samråd").at("2020-12-19T09:00");
        assertThat(requests(RoundKind.CONSULTATION)).hasSize(19).allMatch(r -> r.status() == RequestStatus.SENT);
        cycle.answerAllBut(RoundKind.CONSULTATION)
                .at("2021-01-04T09:00").complete(TASK_REGISTER_ADOPTION, adopt());

        assertThat(endActivity()).isEqualTo(END_ADOPTED);
        for (String step : new String[] {TASK_DRAFT_PM, TASK_SEND_PLAN_TO_RSR, TASK_REVIEW_PROPOSAL,
                TASK_REGISTER_RSR_TREATMENT, TASK_OPEN_INPUT_ROUND, TASK_COMPILE_INPUT, TASK_SEND_COMPILATION_TO_RSR,
                TASK_PRIORITISE_INPUT, TASK_WRITE_AGENDA, TASK_INFORM_PARTNERSHIP, TASK_OPEN_CONSULTATION,
                TASK_REGISTER_ADOPTION, TASK_ANNOUNCE_AGENDA}) {
            assertThat(passed(step)).as(step).isEqualTo(1);
        }
        assertThat(passed(TASK_REPORT_DRAFT_PM_LATE)).isZero();
        assertThat(passed(TASK_REPORT_WRITE_AGENDA_LATE)).isZero();
        assertThat(stages.lateSteps("PA-HP-2020")).isEmpty();
        // a report each time a month had passed since the last (a jump of the clock over several months runs the
        // timer once), and nothing left to send once the cycle has ended
        assertThat(passed(TASK_SEND_STEERING_REPORT)).isEqualTo(5);
        assertThat(managementService.createJobQuery().processInstanceId(instanceId).count()).isZero();
    }

    @Test
    void presidiumSendsThePmBackToStepOneWhichReturnsStraightToThePresidium() {
        LifecycleDriver cycle = start("PS");
        cycle.at("2020-04-07T09:00").complete(TASK_DRAFT_PM, pm())
                .at("2020-04-30T09:00").complete(TASK_REVIEW_PROPOSAL, Map.of(
                        AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                        AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga kopplingen till RUS"));

        assertThat(cycle.task(TASK_DRAFT_PM)).as("back at step 1").isNotNull();
        cycle.complete(TASK_DRAFT_PM, pm());
        assertThat(cycle.task(TASK_REVIEW_PROPOSAL)).as("straight back to the presidium").isNotNull();
        assertThat(runtimeService.getVariable(instanceId, AgendaProcess.PRESIDIUM_DECISION.name()))
                .isEqualTo(AgendaProcess.DECISION_PENDING);
        cycle.complete(TASK_REVIEW_PROPOSAL, approve()).at("2020-05-04T09:00");

        assertThat(cycle.task(TASK_REGISTER_RSR_TREATMENT)).isNotNull();
        assertThat(passed(TASK_DRAFT_PM)).isEqualTo(2);
        assertThat(passed(TASK_REVIEW_PROPOSAL)).isEqualTo(2);
        assertThat(passed(TASK_SEND_PLAN_TO_RSR)).as("the plan goes to RSR once").isEqualTo(1);
    }

    @Test
    void adoptionSendsTheAgendaBackToStepNineWhichReturnsStraightToAdoption() {
        LifecycleDriver cycle = start("AS");
        toAdoption(cycle);
        cycle.complete(TASK_REGISTER_ADOPTION, Map.of(
                AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                AgendaProcess.ADOPTION_COMMENT.name(), "Prioritera infrastrukturen tydligare"));

        assertThat(cycle.task(TASK_WRITE_AGENDA)).as("back at step 9").isNotNull();
        cycle.writeAgenda(work(), "Omarbetad");
        assertThat(cycle.task(TASK_REGISTER_ADOPTION)).as("straight back to adoption").isNotNull();
        cycle.complete(TASK_REGISTER_ADOPTION, adopt());

        assertThat(endActivity()).isEqualTo(END_ADOPTED);
        assertThat(passed(TASK_WRITE_AGENDA)).isEqualTo(2);
        assertThat(passed(TASK_REGISTER_ADOPTION)).isEqualTo(2);
        assertThat(passed(TASK_INFORM_PARTNERSHIP)).as("LPS is informed once").isEqualTo(1);
        assertThat(passed(TASK_OPEN_CONSULTATION)).as("one consultation").isEqualTo(1);
        assertThat(passed(TASK_ANNOUNCE_AGENDA)).isEqualTo(1);
    }

    @Test
    void aStepPastItsPlannedEndIsMarkedLateOnceAndStaysOpen() {
        LifecycleDriver cycle = start("LS");
        cycle.at("2020-04-07T09:00").at("2020-04-24T23:00");
        assertThat(stages.lateSteps("PA-LS-2020")).isEmpty();

        cycle.at("2020-04-25T09:00");
        assertThat(stages.lateSteps("PA-LS-2020")).containsExactly(Step.DRAFT_PM);
        assertThat(passed(TASK_REPORT_DRAFT_PM_LATE)).isEqualTo(1);
        assertThat(cycle.task(TASK_DRAFT_PM)).as("the late step stays open").isNotNull();

        cycle.at("2020-04-29T09:00");
        assertThat(stages.lateSteps("PA-LS-2020")).containsExactly(Step.DRAFT_PM);
        assertThat(passed(TASK_REPORT_DRAFT_PM_LATE)).as("reported once").isEqualTo(1);
        cycle.complete(TASK_DRAFT_PM, pm()).at("2020-04-30T09:00");
        assertThat(cycle.task(TASK_REVIEW_PROPOSAL)).isNotNull();
    }

    @Test
    void everyUserTaskLeftOpenPastItsPlannedEndIsReportedLateAndTheCycleStillEnds() {
        LifecycleDriver cycle = start("LA");
        cycle.at("2020-04-25T09:00").complete(TASK_DRAFT_PM, pm())
                .at("2020-05-01T09:00").complete(TASK_REVIEW_PROPOSAL, approve())
                .at("2020-05-05T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00").answerAllBut(RoundKind.INPUT)
                .at("2020-10-30T09:00").complete(TASK_COMPILE_INPUT, Map.of())
                .at("2020-11-10T09:00").prioritise(work())
                .at("2020-12-20T09:00").writeAgenda(work(), "Till samråd")
                .answerAllBut(RoundKind.CONSULTATION)
                .at("2021-04-01T09:00").complete(TASK_REGISTER_ADOPTION, adopt());

        assertThat(stages.lateSteps("PA-LA-2020")).containsExactlyInAnyOrder(Step.DRAFT_PM, Step.PRESIDIUM_REVIEW,
                Step.RSR_TREATMENT, Step.COMPILE_INPUT, Step.WORKSHOP, Step.WRITE_AGENDA, Step.ADOPTION);
        assertThat(passed(TASK_REPORT_DRAFT_PM_LATE)).isEqualTo(1);
        assertThat(passed(TASK_REPORT_WRITE_AGENDA_LATE)).isEqualTo(1);
        assertThat(endActivity()).isEqualTo(END_ADOPTED);
    }

    @Test
    void aRoundClosesAtItsDeadlineWithTheRecipientsWhoNeverAnsweredUnanswered() {
        LifecycleDriver cycle = start("RC");
        toInputRound(cycle).answerAllBut(RoundKind.INPUT, "2326", "2380");
        assertThat(passed(CALL_INPUT_ROUND)).as("the round waits for the deadline").isEqualTo(6);
        assertThat(cycle.task(TASK_COMPILE_INPUT)).isNull();

        cycle.at("2020-10-05T09:00");

        assertThat(requests(RoundKind.INPUT)).allSatisfy(r -> assertThat(r.status()).isEqualTo(
                r.recipientCode().equals("2326") || r.recipientCode().equals("2380")
                        ? RequestStatus.UNANSWERED : RequestStatus.ANSWERED));
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .activityId(RequestRoundProcess.Elements.END_UNANSWERED).list().stream()
                .filter(a -> instancesOfCycle("PA-RC-2020").contains(a.getProcessInstanceId())).count())
                .isEqualTo(2);
        assertThat(cycle.task(TASK_COMPILE_INPUT)).isNotNull();
        assertThat(passed(CALL_CONSULTATION)).isZero();
    }

    private LifecycleDriver toInputRound(LifecycleDriver cycle) {
        return cycle.at("2020-04-07T09:00").complete(TASK_DRAFT_PM, pm())
                .at("2020-04-30T09:00").complete(TASK_REVIEW_PROPOSAL, approve())
                .at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00");
    }

    private void toAdoption(LifecycleDriver cycle) {
        toInputRound(cycle).answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(TASK_COMPILE_INPUT, Map.of())
                .at("2020-11-09T09:00").prioritise(work())
                .writeAgenda(work(), "Till samråd")
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION)
                .at("2021-01-04T09:00");
    }

    /** Starts a cycle of the seed plan under a region code of the test's own, so its business key is unique. */
    private LifecycleDriver start(String region) {
        ClockUtil.setCurrentTime(local("2020-04-01T09:00"));
        String key = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + region), "processagare")
                .businessKey();
        instanceId = cycles.find(key).processInstanceId();
        STARTED.add(instanceId);
        return new LifecycleDriver(engine, rounds, answers, key);
    }

    private long passed(String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(activityId).finished().count();
    }

    private boolean waitingAt(String activityId) {
        return runtimeService.createExecutionQuery().processInstanceId(instanceId).activityId(activityId).count() == 1;
    }

    private String endActivity() {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getEndActivityId();
    }

    private List<RoundRequest> requests(RoundKind kind) {
        return rounds.requestsOf(cycleKey(), kind);
    }

    private String cycleKey() {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
    }

    private Set<String> instancesOfCycle(String key) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list().stream()
                .map(i -> i.getId()).collect(Collectors.toSet());
    }

    private static Map<String, Object> pm() {
        return Map.of(AgendaProcess.PM_TEXT.name(), "Förslag till struktur för agendan");
    }

    private static Map<String, Object> approve() {
        return Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE);
    }

    private AgendaWork work() {
        return new AgendaWork(workshop, agenda, proposals, rounds);
    }

    private static Map<String, Object> adopt() {
        return Map.of(AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_EXECUTIVE_BOARD",
                AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 12",
                AgendaProcess.ADOPTION_DATE.name(), "2021-01-04");
    }

    private static Date local(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant());
    }
}
