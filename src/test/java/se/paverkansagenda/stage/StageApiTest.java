package se.paverkansagenda.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;

/**
 * {@code GET /api/cycles/{businessKey}/stages} on running cycles of the seed plan (region STG), the
 * engine's clock moved through the spring of 2020: planned dates from the plan, actual moments from
 * the history, lateness, a step sent back and one with an incident.
 */
@IntegrationTest
class StageApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    StageService lateSteps;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRunningCycleShowsEachStepPlannedAgainstActualWithItsLateness() throws Exception {
        LifecycleDriver cycle = start("STG");
        cycle.at("2020-04-07T09:00");
        cycle.at("2020-04-28T10:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "Struktur"));
        cycle.at("2020-04-30T09:00");
        engine.getTaskService().setAssignee(cycle.task(Elements.TASK_REVIEW_PROPOSAL).getId(), "presidiet");
        cycle.at("2020-04-30T14:00").complete(Elements.TASK_REVIEW_PROPOSAL, Map.of(
                AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga RUS-kopplingen"));
        Task redraft = cycle.task(Elements.TASK_DRAFT_PM);
        // the redo is due on the plan moved by the send-back, as the stages judge it: no late notice at once
        assertThat(redraft.getDueDate()).isEqualTo(Date.from(LocalDateTime.parse("2020-05-17T23:59:59")
                .atZone(STOCKHOLM).toInstant()));
        assertThat(engine.getRuntimeService().getVariable(redraft.getProcessInstanceId(),
                AgendaProcess.PRESIDIUM_REVIEW_DUE.name())).isEqualTo(Date.from(LocalDateTime.parse("2020-05-23T23:59:59")
                .atZone(STOCKHOLM).toInstant()));
        cycle.runDueJobs();
        assertThat(lateSteps.lateSteps(cycle.cycleKey())).containsExactly(Step.DRAFT_PM);
        engine.getRuntimeService().createIncident("stuck", redraft.getExecutionId(), "test", "Ingen kan öppna PM:et");
        cycle.at("2020-05-02T12:00");

        HttpResponse<String> response = ApiClient.as("processagare", port).get("/api/cycles/PA-STG-2020/stages");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("businessKey").asText()).isEqualTo("PA-STG-2020");
        assertThat(body.path("finished").asBoolean()).isFalse();
        assertThat(body.path("asOf").asText()).isEqualTo("2020-05-02T12:00:00+02:00");
        JsonNode stages = body.path("stages");
        assertThat(stages).as("the twelve steps and the seed plan's reference groups between steps 7 and 8").hasSize(13);
        JsonNode groups = stages.get(7);
        assertThat(groups.path("key").asText()).isEqualTo("REFERENCE_GROUPS");
        assertThat(groups.path("label").asText()).isEqualTo("7–8");
        assertThat(groups.path("state").asText()).isEqualTo("NOT_STARTED");

        JsonNode draft = stages.get(0);
        assertThat(draft.path("number").asInt()).isEqualTo(1);
        assertThat(draft.path("step").asText()).isEqualTo("DRAFT_PM");
        assertThat(draft.path("name").asText()).isEqualTo("Formulera förslag till struktur (PM)");
        assertThat(draft.path("plannedStart").asText()).isEqualTo("2020-04-07");
        assertThat(draft.path("plannedEnd").asText()).isEqualTo("2020-04-24");
        assertThat(draft.path("actualStart").asText()).isEqualTo("2020-04-07T09:00:00+02:00");
        assertThat(draft.path("actualEnd").isNull()).isTrue();
        assertThat(draft.path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(draft.path("stateName").asText()).isEqualTo("Pågår");
        // the step is what its latest pass is: the redo, which has time left
        assertThat(draft.path("late").asBoolean()).isFalse();
        assertThat(draft.path("daysLate").asInt()).isZero();
        assertThat(draft.path("timesRun").asInt()).isEqualTo(2);
        assertThat(draft.path("incidents").asInt()).isEqualTo(1);
        JsonNode draftPasses = draft.path("passes");
        assertThat(draftPasses).hasSize(2);
        // the first pass, against the plan: done on Tuesday 28 April, 4 days after its planned end
        JsonNode firstDraft = draftPasses.get(0);
        assertThat(firstDraft.path("number").asInt()).isEqualTo(1);
        assertThat(firstDraft.path("plannedStart").asText()).isEqualTo("2020-04-07");
        assertThat(firstDraft.path("plannedEnd").asText()).isEqualTo("2020-04-24");
        assertThat(firstDraft.path("actualStart").asText()).isEqualTo("2020-04-07T09:00:00+02:00");
        assertThat(firstDraft.path("actualEnd").asText()).isEqualTo("2020-04-28T10:00:00+02:00");
        assertThat(firstDraft.path("state").asText()).isEqualTo("RETURNED");
        assertThat(firstDraft.path("late").asBoolean()).isTrue();
        assertThat(firstDraft.path("daysLate").asInt()).isEqualTo(4);
        assertThat(firstDraft.path("businessDaysLate").asInt()).isEqualTo(2);
        JsonNode sentBack = firstDraft.path("sentBack");
        assertThat(sentBack.path("fromStep").asInt()).isEqualTo(3);
        assertThat(sentBack.path("toStep").asInt()).isEqualTo(1);
        assertThat(sentBack.path("at").asText()).isEqualTo("2020-04-30T14:00:00+02:00");
        assertThat(sentBack.path("by").asText()).isEqualTo("presidiet");
        assertThat(sentBack.path("comment").asText()).isEqualTo("Förtydliga RUS-kopplingen");
        // the redo: the plan moved by the 23 days from the planned start of step 1 to the send-back
        JsonNode redo = draftPasses.get(1);
        assertThat(redo.path("plannedStart").asText()).isEqualTo("2020-04-30");
        assertThat(redo.path("plannedEnd").asText()).isEqualTo("2020-05-17");
        assertThat(redo.path("actualStart").asText()).isEqualTo("2020-04-30T14:00:00+02:00");
        assertThat(redo.path("actualEnd").isNull()).isTrue();
        assertThat(redo.path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(redo.path("late").asBoolean()).isFalse();
        assertThat(redo.path("sentBack").isNull()).isTrue();

        JsonNode sendPlan = stages.get(1);
        assertThat(sendPlan.path("state").asText()).isEqualTo("DONE");
        assertThat(sendPlan.path("plannedStart").asText()).isEqualTo("2020-04-27");
        assertThat(sendPlan.path("plannedEnd").asText()).isEqualTo("2020-04-27");
        assertThat(sendPlan.path("actualStart").asText()).isEqualTo("2020-04-28T10:00:00+02:00");
        assertThat(sendPlan.path("actualEnd").asText()).isEqualTo("2020-04-28T10:00:00+02:00");
        assertThat(sendPlan.path("daysLate").asInt()).isEqualTo(1);
        assertThat(sendPlan.path("businessDaysLate").asInt()).isEqualTo(1);
        assertThat(sendPlan.path("timesRun").asInt()).isEqualTo(1);
        assertThat(sendPlan.path("incidents").asInt()).isZero();

        JsonNode review = stages.get(2);
        assertThat(review.path("state").asText()).isEqualTo("RETURNED");
        assertThat(review.path("stateName").asText()).isEqualTo("Återsänt");
        assertThat(review.path("actualStart").asText()).isEqualTo("2020-04-30T09:00:00+02:00");
        assertThat(review.path("actualEnd").isNull()).isTrue();
        // its decision came on its planned day; it waits for the redo, whose plan has moved
        assertThat(review.path("daysLate").asInt()).isZero();
        assertThat(review.path("late").asBoolean()).isFalse();
        assertThat(review.path("passes")).hasSize(1);
        assertThat(review.path("passes").get(0).path("actualEnd").asText()).isEqualTo("2020-04-30T14:00:00+02:00");
        assertThat(review.path("passes").get(0).path("sentBack").path("comment").asText())
                .isEqualTo("Förtydliga RUS-kopplingen");

        JsonNode rsr = stages.get(3);
        assertThat(rsr.path("state").asText()).isEqualTo("NOT_STARTED");
        assertThat(rsr.path("stateName").asText()).isEqualTo("Ej påbörjat");
        assertThat(rsr.path("actualStart").isNull()).isTrue();
        assertThat(rsr.path("late").asBoolean()).isFalse();
        assertThat(rsr.path("timesRun").asInt()).isZero();
        assertThat(rsr.path("passes")).isEmpty();

        JsonNode adoption = stages.get(12);
        assertThat(adoption.path("step").asText()).isEqualTo("ADOPTION");
        assertThat(adoption.path("plannedStart").asText()).isEqualTo("2021-01-01");
        assertThat(adoption.path("plannedEnd").asText()).isEqualTo("2021-03-31");
        assertThat(adoption.path("state").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void aStepWhoseDateHasComeButWhoseWorkWaitsForItsJobIsInProgress() throws Exception {
        LifecycleDriver cycle = start("STGA");
        cycle.at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "Struktur"));
        // the timer of step 2 is due, but its message is sent from a job of its own, not yet run
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2020-04-27T08:00").atZone(STOCKHOLM).toInstant()));
        String timer = engine.getManagementService().createJobQuery().timers().executable()
                .processInstanceId(cycles.find("PA-STGA-2020").processInstanceId()).singleResult().getId();
        engine.getManagementService().executeJob(timer);

        JsonNode stages = JSON.readTree(ApiClient.as("tjansteperson", port).get("/api/cycles/PA-STGA-2020/stages").body())
                .path("stages");

        assertThat(stages.get(0).path("state").asText()).isEqualTo("DONE");
        assertThat(stages.get(0).path("late").asBoolean()).isFalse();
        assertThat(stages.get(1).path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(stages.get(1).path("actualStart").isNull()).isTrue();
    }

    @Test
    void aStepWhoseWorkWasCancelledIsNotDone() throws Exception {
        LifecycleDriver cycle = start("STGC");
        cycle.at("2020-04-08T09:00");
        String instanceId = cycles.find("PA-STGC-2020").processInstanceId();
        engine.getRuntimeService().deleteProcessInstance(instanceId, "Cykeln avbröts");

        JsonNode stages = JSON.readTree(ApiClient.as("processagare", port).get("/api/cycles/PA-STGC-2020/stages").body())
                .path("stages");

        JsonNode draft = stages.get(0);
        assertThat(draft.path("state").asText()).isEqualTo("NOT_DONE");
        assertThat(draft.path("stateName").asText()).isEqualTo("Inte genomfört");
        assertThat(draft.path("actualStart").asText()).isEqualTo("2020-04-08T09:00:00+02:00");
        assertThat(draft.path("actualEnd").isNull()).isTrue();
        assertThat(draft.path("late").asBoolean()).isFalse();
        assertThat(draft.path("passes")).hasSize(1);
        assertThat(draft.path("passes").get(0).path("state").asText()).isEqualTo("NOT_DONE");
        assertThat(draft.path("passes").get(0).path("actualEnd").asText()).isEqualTo("2020-04-08T09:00:00+02:00");
        assertThat(stages.get(1).path("state").asText()).isEqualTo("NOT_DONE");
    }

    @Test
    void theStagesNeedALoginAndTheRoleOfProcessOwnerOrOfficial() {
        start("STGB");
        String path = "/api/cycles/PA-STGB-2020/stages";

        assertThat(ApiClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(ApiClient.as("presidiet", port).get(path).statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("tjansteperson", port).get(path).statusCode()).isEqualTo(200);
        assertThat(ApiClient.as("processagare", port).get("/api/cycles/PA-STG-1999/stages").statusCode()).isEqualTo(404);
    }

    /** Starts the seed plan for the region, with the clock a week before its first step. */
    private LifecycleDriver start(String region) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2020-03-31T09:00").atZone(STOCKHOLM).toInstant()));
        String key = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + region),
                "processagare").businessKey();
        return lifecycles.of(key);
    }
}
