package se.paverkansagenda.process;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.process.AgendaProcess.Elements.END_ADOPTED;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_ANNOUNCE_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_COMPILE_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_DRAFT_PM;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_INFORM_PARTNERSHIP;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_OPEN_CONSULTATION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_PRIORITISE_INPUT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_ADOPTION;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REGISTER_RSR_TREATMENT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_DRAFT_PM_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_REGISTER_RSR_COMPILATION_TREATMENT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REPORT_REGISTER_RSR_TREATMENT_LATE;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_REVIEW_PROPOSAL;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_COMPILATION_TO_RSR;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_PLAN_TO_RSR;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_SEND_STEERING_REPORT;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_ADOPTED_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_AGENDA;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_RSR_COMPILATION_MINUTES;
import static se.paverkansagenda.process.AgendaProcess.Elements.TASK_WRITE_RSR_MINUTES;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_DRAFT_PM_START;
import static se.paverkansagenda.process.AgendaProcess.Elements.TIMER_PRESIDIUM_REVIEW_START;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.council.Treatment;
import se.paverkansagenda.council.TreatmentService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.stage.StageService;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The main process through the whole application on H2, with the seed plan's dates and the engine's
 * clock. Each path of every model, and the coverage of their flow nodes, is tested in isolation by
 * {@link ProcessPathsTest}; the PostgreSQL lifecycle is {@code PostgresLifecycleIT}.
 */
@IntegrationTest
class AgendaProcessPathsTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    AgendaWork work;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
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
    TreatmentService treatments;

    private String instanceId;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * One cycle of the seed plan through the real application: the plan's dates become the timers'
     * and the tasks' due dates, the rounds send a request to each municipality and organisation, the
     * form rules and the officials' work take part, a send-back returns with the redo due on the moved plan, the
     * steering group gets its reports, and the cycle ends adopted with no job left behind.
     */
    @Test
    void aCycleRunsItsTwelveStepsOnThePlansDatesThroughTheWholeApplication() {
        LifecycleDriver cycle = start("LC");
        assertThat(managementService.createJobQuery().processInstanceId(instanceId).activityId(TIMER_DRAFT_PM_START)
                .singleResult().getDuedate()).isEqualTo(local("2020-04-07T00:00"));

        cycle.at("2020-04-06T23:59");
        assertThat(cycle.task(TASK_DRAFT_PM)).as("step 1 before its start date").isNull();
        cycle.at("2020-04-07T08:00");
        assertThat(cycle.task(TASK_DRAFT_PM).getDueDate()).isEqualTo(local("2020-04-24T23:59:59"));
        cycle.complete(TASK_DRAFT_PM, pm());

        cycle.at("2020-04-27T08:00");
        assertThat(passed(TASK_SEND_PLAN_TO_RSR)).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId(TIMER_PRESIDIUM_REVIEW_START).singleResult().getDuedate())
                .isEqualTo(local("2020-04-30T00:00"));

        cycle.at("2020-04-30T09:00").complete(TASK_REVIEW_PROPOSAL, Map.of(
                AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga kopplingen till RUS"));
        assertThat(cycle.task(TASK_DRAFT_PM).getDueDate()).as("the redo has step 1's planned length from the send-back")
                .isEqualTo(local("2020-05-17T23:59:59"));
        cycle.complete(TASK_DRAFT_PM, pm());
        assertThat(cycle.task(TASK_REVIEW_PROPOSAL)).as("straight back to the presidium").isNotNull();
        assertThat(runtimeService.getVariable(instanceId, AgendaProcess.PRESIDIUM_DECISION.name()))
                .as("a new review starts undecided").isEqualTo(AgendaProcess.DECISION_PENDING);
        cycle.complete(TASK_REVIEW_PROPOSAL, approve());

        cycle.at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-05-08T09:00");
        assertThat(requests(RoundKind.INPUT)).hasSize(8).allMatch(r -> r.status() == RequestStatus.SENT);
        cycle.answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(TASK_COMPILE_INPUT, Map.of())
                .at("2020-10-30T08:00");
        assertThat(passed(TASK_SEND_COMPILATION_TO_RSR)).isEqualTo(1);
        assertThat(cycle.task(TASK_REGISTER_RSR_COMPILATION_TREATMENT).getDueDate())
                .as("RSR's treatment of the compilation is due on step 7's planned date")
                .isEqualTo(local("2020-10-30T23:59:59"));
        assertThat(cycle.task(TASK_REGISTER_RSR_COMPILATION_TREATMENT)).as("no workshop before RSR's treatment")
                .isNotNull();
        assertThat(runtimeService.getVariable(instanceId, AgendaProcess.RSR_POSITION.name()))
                .as("the second treatment starts empty, not with step 4's position").isNull();
        cycle.registerRsrCompilationTreatment();
        assertThat(passed(TASK_WRITE_RSR_COMPILATION_MINUTES)).isEqualTo(1);
        assertThat(treatments.ofCycle(cycle.cycleKey())).extracting(Treatment::step)
                .containsExactly(Step.PRESIDIUM_REVIEW, Step.PRESIDIUM_REVIEW, Step.RSR_TREATMENT,
                        Step.SEND_COMPILATION_TO_RSR);

        cycle.at("2020-11-09T09:00").prioritise(work).at("2020-11-27T09:00");
        assertThat(passed(TASK_INFORM_PARTNERSHIP)).isEqualTo(1);
        cycle.writeAgenda(work, "Till samråd").at("2020-12-19T09:00");
        assertThat(requests(RoundKind.CONSULTATION)).hasSize(19).allMatch(r -> r.status() == RequestStatus.SENT);
        cycle.answerAllBut(RoundKind.CONSULTATION)
                .at("2021-01-04T09:00").complete(TASK_REGISTER_ADOPTION, adopt());

        assertThat(endActivity()).isEqualTo(END_ADOPTED);
        assertThat(passed(TASK_DRAFT_PM)).isEqualTo(2);
        assertThat(passed(TASK_REVIEW_PROPOSAL)).isEqualTo(2);
        for (String step : new String[] {TASK_SEND_PLAN_TO_RSR, TASK_REGISTER_RSR_TREATMENT, TASK_WRITE_RSR_MINUTES,
                TASK_OPEN_INPUT_ROUND, TASK_COMPILE_INPUT, TASK_SEND_COMPILATION_TO_RSR,
                TASK_REGISTER_RSR_COMPILATION_TREATMENT, TASK_WRITE_RSR_COMPILATION_MINUTES, TASK_PRIORITISE_INPUT,
                TASK_WRITE_AGENDA, TASK_INFORM_PARTNERSHIP, TASK_OPEN_CONSULTATION, TASK_REGISTER_ADOPTION,
                TASK_WRITE_ADOPTED_AGENDA, TASK_ANNOUNCE_AGENDA}) {
            assertThat(passed(step)).as(step).isEqualTo(1);
        }
        // step 1, redone after the presidium sent it back, is judged against the plan moved by the send-back: in time
        assertThat(passed(TASK_REPORT_DRAFT_PM_LATE)).isZero();
        assertThat(passed(TASK_REPORT_REGISTER_RSR_TREATMENT_LATE)).isZero();
        assertThat(passed(TASK_REPORT_REGISTER_RSR_COMPILATION_TREATMENT_LATE)).isZero();
        assertThat(stages.lateSteps("PA-LC-2020")).isEmpty();
        // a report each time a month had passed since the last (a jump of the clock over several months runs the
        // timer once), and nothing left to send once the cycle has ended
        assertThat(passed(TASK_SEND_STEERING_REPORT)).isEqualTo(5);
        assertThat(managementService.createJobQuery().processInstanceId(instanceId).count()).isZero();
    }

    /** Starts a cycle of the seed plan under a region code of the test's own, so its business key is unique. */
    private LifecycleDriver start(String region) {
        LifecycleDriver cycle = lifecycles.start(region);
        instanceId = cycles.find(cycle.cycleKey()).processInstanceId();
        return cycle;
    }

    private long passed(String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(activityId).finished().count();
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

    private static Map<String, Object> pm() {
        return Map.of(AgendaProcess.PM_TEXT.name(), "Förslag till struktur för agendan");
    }

    private static Map<String, Object> approve() {
        return Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE);
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
