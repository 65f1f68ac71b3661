package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.council.Treatment;
import se.paverkansagenda.council.TreatmentService;
import se.paverkansagenda.cycle.CycleRepository;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.carryforward.FollowedCycleCheck;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.compilation.DocumentContent;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.report.SteeringReport;
import se.paverkansagenda.report.SteeringReportRepository;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.stage.StageProgress;
import se.paverkansagenda.web.ClockGate;

/**
 * The demo start's finished cycle of the seed plan: run through the real process with the clock set
 * back, its stages JSON is the engine's backdated history, and a second start changes nothing.
 */
@IntegrationTest
class DemoHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Set<String> READABLE_TYPES = Set.of("string", "boolean", "integer", "long", "double", "date",
            "null", "json");

    @LocalServerPort
    int port;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleRepository cycleRows;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    DemoAgenda demoAgenda;
    @Autowired
    SteeringReportRepository steeringReports;
    @Autowired
    ClockGate gate;
    @Autowired
    TreatmentService treatments;
    @Autowired
    StageProgress stageProgress;
    @Autowired
    DocumentStore documents;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    CarryForwardService carryForward;
    @Autowired
    FollowedCycleCheck followedCycleCheck;

    @Test
    void theFinishedSeedCycleHasStagesThatMatchItsBackdatedHistoryAndASecondStartChangesNothing() throws Exception {
        DemoHistory demo = new DemoHistory(cycles, cycleRows, engine, rounds, answers, deadlines, demoAgenda, gate);

        // a cycle posted while the history is being made, with the engine's clock in 2020, waits and starts today
        CompletableFuture<String> making = CompletableFuture.supplyAsync(demo::create);
        Date yearBeforeNow = Date.from(Instant.now().minus(Duration.ofDays(365)));
        long waitUntil = System.currentTimeMillis() + 60_000;
        while (!ClockUtil.getCurrentTime().before(yearBeforeNow) && !making.isDone() && System.currentTimeMillis() < waitUntil) {
            Thread.sleep(5);
        }
        assertThat(making).as("the history is being made").isNotDone();
        HttpResponse<String> posted = ApiClient.as("processagare", port).post("/api/cycles", "application/yaml",
                DefaultPlan.yaml().replace("code: JH", "code: DHT"));
        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(JSON.readTree(posted.body()).path("startedAt").asText()).toInstant())
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(cycles.find("PA-DHT-2020").startedAt().toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(making).as("the request waited for the history").isDone();

        String key = making.get();

        assertThat(key).isEqualTo("PA-JH-2020");
        assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000);
        HistoryService history = engine.getHistoryService();
        String instanceId = cycles.find(key).processInstanceId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count()).isOne();

        // every council decision of the cycle, each with its minutes extract; RSR's without consensus and
        // with two dissents by members of the seed plan's RSR
        List<Treatment> decisions = treatments.ofCycle(key);
        assertThat(decisions).extracting(Treatment::step).containsExactly(Step.PRESIDIUM_REVIEW, Step.RSR_TREATMENT,
                Step.SEND_COMPILATION_TO_RSR, Step.ADOPTION, Step.ADOPTION);
        assertThat(decisions).allSatisfy(decision -> assertThat(decision.minutesDocuments()).hasSize(2));
        Treatment rsr = decisions.get(1);
        assertThat(rsr.consensus()).isFalse();
        assertThat(rsr.dissents()).extracting(Treatment.Dissent::author).containsExactly(
                "Bergs kommun – Förtroendevald, majoritet", "Härjedalens kommun – Förtroendevald, opposition");
        // RSR's second treatment, of the compilation at step 7: taken note of in consensus
        Treatment compilation = decisions.get(2);
        assertThat(compilation.bodyName()).isEqualTo("Regionens samverkansråd (RSR)");
        assertThat(compilation.itemTitle()).isEqualTo("Sammanställning av kommunernas inspel");
        assertThat(compilation.meetingDate()).hasToString("2020-11-03");
        assertThat(compilation.consensus()).isTrue();
        assertThat(compilation.rusAreas()).isNotEmpty();
        assertThat(decisions.get(3).bodyName()).isEqualTo("Regionstyrelsen");
        assertThat(decisions.get(3).position()).startsWith("Agendan återsändes för omarbetning: Regionstyrelsen vill se");
        assertThat(decisions.get(4).bodyName()).isEqualTo("Regionstyrelsen");
        assertThat(decisions.get(4).paragraph()).isEqualTo("47");

        HttpResponse<String> response = ApiClient.as("processagare", port).get("/api/cycles/" + key + "/stages");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("finished").asBoolean()).isTrue();
        assertThat(body.path("startedAt").asText()).isEqualTo("2020-03-30T10:00:00+02:00");
        assertThat(body.path("endedAt").asText()).isEqualTo("2021-03-16T10:00:00+01:00");

        JsonNode all = body.path("stages");
        assertThat(all).as("the twelve steps and the reference groups between steps 7 and 8").hasSize(13);
        JsonNode groups = all.get(Step.SEND_COMPILATION_TO_RSR.ordinal() + 1);
        assertThat(groups.path("key").asText()).isEqualTo("REFERENCE_GROUPS");
        assertThat(groups.path("plannedEnd").asText()).isEqualTo("2020-11-06");
        assertThat(groups.path("actualStart").isNull()).isFalse();
        assertThat(groups.path("state").asText()).isEqualTo("DONE");
        assertThat(groups.path("late").asBoolean()).isFalse();
        ArrayNode stages = JSON.createArrayNode();
        all.forEach(stage -> {
            if (!stage.path("step").isNull()) {
                stages.add(stage);
            }
        });
        assertThat(stages).hasSize(12);
        for (Step step : Step.values()) {
            JsonNode stage = stages.get(step.ordinal());
            List<HistoricActivityInstance> runs = AgendaProcess.elementsOf(step).stream()
                    .flatMap(element -> history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                            .activityId(element).list().stream())
                    .toList();
            Date firstStart = runs.stream().map(HistoricActivityInstance::getStartTime).min(Comparator.naturalOrder()).orElseThrow();
            Date lastEnd = runs.stream().map(HistoricActivityInstance::getEndTime).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(stage.path("step").asText()).isEqualTo(step.name());
            assertThat(stage.path("state").asText()).as(step.name()).isEqualTo("DONE");
            assertThat(stage.path("actualStart").asText()).as(step.name()).isEqualTo(iso(firstStart));
            assertThat(stage.path("actualEnd").asText()).as(step.name()).isEqualTo(iso(lastEnd));
        }

        // the script's days, as the history recorded them: timers at midnight, work when it was done
        assertStage(stages, Step.DRAFT_PM, "2020-04-07T00:00:00+02:00", "2020-04-23T15:30:00+02:00", 0, 0, 1);
        assertStage(stages, Step.SEND_PLAN_TO_RSR, "2020-04-27T00:00:00+02:00", "2020-04-27T00:00:00+02:00", 0, 0, 1);
        assertStage(stages, Step.RSR_TREATMENT, "2020-05-04T00:00:00+02:00", "2020-05-05T09:30:00+02:00", 1, 1, 1);
        assertStage(stages, Step.INPUT_ROUND, "2020-05-08T00:00:00+02:00", "2020-10-02T23:59:59+02:00", 0, 0, 1);
        assertStage(stages, Step.COMPILE_INPUT, "2020-10-05T00:00:00+02:00", "2020-11-02T16:00:00+01:00", 4, 2, 1);
        // step 7 is done once RSR's treatment of the compilation is registered and its minutes sent
        assertStage(stages, Step.SEND_COMPILATION_TO_RSR, "2020-11-02T16:00:00+01:00", "2020-11-03T09:30:00+01:00", 4, 2, 1);
        // step 9 sent back by the adoption and done again: each pass against its own planned days, none late
        assertStage(stages, Step.WRITE_AGENDA, "2020-11-09T15:00:00+01:00", "2021-02-24T11:00:00+01:00", 0, 0, 2);
        assertStage(stages, Step.ADOPTION, "2021-01-29T23:59:59+01:00", "2021-03-16T10:00:00+01:00", 0, 0, 2);
        String comment = "Regionstyrelsen vill se färre frågor och en tydligare koppling till RUS innan fastställandet.";
        JsonNode writing = stages.get(Step.WRITE_AGENDA.ordinal()).path("passes");
        assertThat(writing).hasSize(2);
        assertPass(writing.get(0), "2020-11-09", "2020-12-19", "2020-11-09T15:00:00+01:00", "2020-12-17T14:00:00+01:00",
                "RETURNED");
        JsonNode sentBack = writing.get(0).path("sentBack");
        assertThat(sentBack.path("fromStep").asInt()).isEqualTo(12);
        assertThat(sentBack.path("toStep").asInt()).isEqualTo(9);
        assertThat(sentBack.path("at").asText()).isEqualTo("2021-02-10T10:00:00+01:00");
        assertThat(sentBack.path("by").asText()).isEqualTo(DemoHistory.OFFICIAL);
        assertThat(sentBack.path("comment").asText()).isEqualTo(comment);
        // the redo: the plan moved by the 93 days from step 9's planned start to the send-back
        assertPass(writing.get(1), "2021-02-10", "2021-03-22", "2021-02-10T10:00:00+01:00", "2021-02-24T11:00:00+01:00",
                "DONE");
        assertThat(writing.get(1).path("sentBack").isNull()).isTrue();
        JsonNode adopting = stages.get(Step.ADOPTION.ordinal()).path("passes");
        assertThat(adopting).hasSize(2);
        assertPass(adopting.get(0), "2021-01-01", "2021-03-31", "2021-01-29T23:59:59+01:00", "2021-02-10T10:00:00+01:00",
                "RETURNED");
        assertThat(adopting.get(0).path("sentBack").path("comment").asText()).isEqualTo(comment);
        assertPass(adopting.get(1), "2021-04-04", "2021-07-02", "2021-02-24T11:00:00+01:00", "2021-03-16T10:00:00+01:00",
                "DONE");
        assertThat(stages.get(Step.DRAFT_PM.ordinal()).path("passes")).hasSize(1)
                .allSatisfy(pass -> assertThat(pass.path("state").asText()).isEqualTo("DONE"));

        // the same passes on the timeline page, in the CSV and in the steering group's report
        String page = ApiClient.as("processagare", port).get("/api/cycles/" + key + "/tidslinje").body();
        assertThat(page).contains("Steg 7, Regionens samverkansråd (RSR) tisdag 3 november 2020, § 41: informationsärende "
                + "om Sammanställning av kommunernas inspel, i konsensus, inga avvikande synpunkter.");
        assertThat(page).contains("data-step=\"WRITE_AGENDA\" data-pass=\"2\"", "Gång 2 av 2",
                "Återsänt till steg 9 från steg 12 (Fastställande) 10 feb. 2021 av tjansteperson: Regionstyrelsen vill se")
                .doesNotContain("67 dagar");
        // in the chart, a bar for each pass and a mark where the work was sent back
        assertThat(page).containsPattern("<g class=\"step\" data-step=\"WRITE_AGENDA\">.*<g class=\"pass\" data-pass=\"1\">"
                + ".*class=\"sent-back\".*<g class=\"pass\" data-pass=\"2\">");
        String stagesPdf = DocumentContent.pdfText(ApiClient.as("processagare", port)
                .download("/api/cycles/" + key + "/stages.pdf").body()).replaceAll("\\s+", " ");
        assertThat(stagesPdf).contains("Gång 1 av 2", "Gång 2 av 2", "10 feb. 2021 – 24 feb. 2021",
                "Återsänt till steg 9 från steg 12 (Fastställande)");
        List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ApiClient.as("processagare", port).get("/api/cycles/" + key + "/stages.csv").body()))
                .getRecords();
        assertThat(csv).hasSize(15);
        assertThat(csv).filteredOn(row -> row.get("nyckel").equals("REFERENCE_GROUPS")).extracting(row -> row.get("steg"))
                .containsExactly("7–8");
        assertThat(csv).filteredOn(row -> row.get("nyckel").equals("WRITE_AGENDA"))
                .extracting(row -> row.get("gang") + " " + row.get("planerad_slut") + " " + row.get("lage") + " "
                        + row.get("dagar_sent") + " " + row.get("atersant_fran_steg") + " " + row.get("atersant_av"))
                .containsExactly("1 2020-12-19 RETURNED 0 12 tjansteperson", "2 2021-03-22 DONE 0  ");
        SteeringReport steering = SteeringReport.of(stageProgress.of(key), OffsetDateTime.parse("2021-02-01T00:00:00+01:00"),
                OffsetDateTime.parse("2021-03-01T00:00:00+01:00"), Period.ofMonths(1));
        assertThat(steering.done()).extracting(line -> line.step() + ": " + line.detail()).contains(
                "9. Formulering av påverkansagenda, gång 2: klart 24 feb. 2021, i tid",
                "12. Fastställande, gång 1: klart 10 feb. 2021, i tid. Återsänt till steg 9 från steg 12 (Fastställande)"
                        + " 10 feb. 2021 av tjansteperson: " + comment);
        assertThat(rounds.requestsOf(key, RoundKind.INPUT)).extracting(RoundRequest::status)
                .containsOnly(RequestStatus.ANSWERED, RequestStatus.UNANSWERED)
                .filteredOn(status -> status == RequestStatus.UNANSWERED).hasSize(1);
        assertThat(rounds.requestsOf(key, RoundKind.CONSULTATION)).extracting(RoundRequest::status)
                .filteredOn(status -> status == RequestStatus.ANSWERED).hasSize(15);

        // what Cockpit shows of the cycle and of every request it called is readable: no serialized Java objects
        String[] cycleAndRequests = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        assertThat(cycleAndRequests).hasSizeGreaterThan(1);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(cycleAndRequests).list())
                .isNotEmpty()
                .extracting(HistoricVariableInstance::getTypeName)
                .allMatch(READABLE_TYPES::contains);

        // its agenda: sent back once, version 2 adopted by the regional executive board, every section traced
        JsonNode trace = JSON.readTree(ApiClient.as("tjansteperson", port).get("/api/cycles/" + key + "/trace").body());
        assertThat(trace.path("agendaState").asText()).isEqualTo("ADOPTED");
        assertThat(trace.path("adoptedVersion").asInt()).isEqualTo(2);
        assertThat(trace.path("sections")).hasSize(5).allSatisfy(section -> {
            assertThat(section.path("proposals")).isNotEmpty();
            assertThat(section.path("statements")).isNotEmpty();
            assertThat(section.path("versions")).hasSize(2);
        });
        assertThat(trace.path("sections").get(0).path("proposals").findValuesAsText("municipality"))
                .containsExactlyInAnyOrder("Bräcke", "Åre", "Östersund");
        // the reference groups formed after the compilation: the infrastructure group's advice on its issues
        assertThat(trace.path("sections").get(0).path("advice").findValuesAsText("group"))
                .containsExactly("Infrastruktur och bredband");
        assertThat(trace.path("sections").get(1).path("advice").findValuesAsText("issue")).containsExactly("RUS-2");
        assertThat(trace.path("sections").get(2).path("advice")).as("no advice on competence (RUS-4)").isEmpty();
        assertThat(trace.path("proposals")).hasSize(9)
                .allSatisfy(p -> assertThat(p.path("outcome").asText()).isEqualTo("IN_ADOPTED_AGENDA"));

        // the agenda was sent back after the consultation and rewritten without a new one: its record says so
        assertThat(rounds.consultationDraft(key).orElseThrow().version()).isEqualTo(1);
        StoredDocument adoptedPdf = documents.latest(key, DocumentKind.ADOPTED_AGENDA).stream()
                .filter(document -> document.format() == DocumentFormat.PDF).findFirst().orElseThrow();
        assertThat(DocumentContent.pdfText(documents.content(adoptedPdf.id())).replaceAll("\\s+", " ")).contains(
                "Samrådet hölls om version 1 (remissversionen); version 2 har ändrats efter samrådet utan nytt samråd.");

        assertThat(notifications.findByCycle(key)).filteredOn(n -> n.type() == NotificationType.AGENDA_ADOPTED)
                .isNotEmpty().allSatisfy(n -> assertThat(n.bodyText()).contains("Samrådet hölls om version 1"
                        + " (remissversionen); version 2 har ändrats efter samrådet utan nytt samråd."));

        // a report to the steering group each month from the start on 30 March 2020, none after the end
        assertThat(steeringReports.reportsOf(key)).hasSize(11).allSatisfy(report -> assertThat(report.sentAt()).isNotNull())
                .last().satisfies(report -> assertThat(report.to().toLocalDate()).isBefore(LocalDate.of(2021, 3, 16)));

        long activities = history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count();
        assertThat(demo.create()).isEqualTo(key);
        // a restart on the finished history holds no request: it does not wait for one in progress
        CountDownLatch requestRuns = new CountDownLatch(1);
        CountDownLatch requestMayEnd = new CountDownLatch(1);
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
            try {
                gate.doFilter(new MockHttpServletRequest("GET", "/api/cycles"), new MockHttpServletResponse(),
                        (servletRequest, servletResponse) -> {
                            requestRuns.countDown();
                            try {
                                requestMayEnd.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(requestRuns.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(CompletableFuture.supplyAsync(demo::create).get(10, TimeUnit.SECONDS)).isEqualTo(key);
        } finally {
            requestMayEnd.countDown();
            request.get(30, TimeUnit.SECONDS);
        }
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(AgendaProcess.KEY)
                .processInstanceBusinessKey(key).count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(activities);

        // a public record: kept ten years after its end, through the engine's history cleanup
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(ended.getRemovalTime()).isAfter(new Date())
                .isEqualTo(Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(3653))));
        Job cleanup = history.cleanUpHistoryAsync(true);
        try {
            engine.getManagementService().executeJob(cleanup.getId());
        } finally {
            engine.getManagementService().deleteJob(cleanup.getId());
        }
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count()).isOne();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .isEqualTo(cycleAndRequests.length);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(activities);

        // this year's demo cycle follows it: its first step begins with the follow-up of the adopted agenda
        String plan = new DemoCycle(cycles, deadlines, carryForward, cycleRows).plan();
        assertThat(plan).endsWith("follows: " + key + "\n");
        assertThat(PlanParser.parse(plan).follows()).isEqualTo(key);
        assertThat(followedCycleCheck.problems(PlanParser.parse(plan))).isEmpty();
    }

    private static void assertStage(JsonNode stages, Step step, String actualStart, String actualEnd, int daysLate,
                                    int businessDaysLate, int timesRun) {
        JsonNode stage = stages.get(step.ordinal());
        assertThat(stage.path("actualStart").asText()).as(step.name()).isEqualTo(actualStart);
        assertThat(stage.path("actualEnd").asText()).as(step.name()).isEqualTo(actualEnd);
        assertThat(stage.path("daysLate").asInt()).as(step.name()).isEqualTo(daysLate);
        assertThat(stage.path("businessDaysLate").asInt()).as(step.name()).isEqualTo(businessDaysLate);
        assertThat(stage.path("late").asBoolean()).as(step.name()).isEqualTo(daysLate > 0);
        assertThat(stage.path("timesRun").asInt()).as(step.name()).isEqualTo(timesRun);
    }

    private static void assertPass(JsonNode pass, String plannedStart, String plannedEnd, String actualStart,
                                   String actualEnd, String state) {
        assertThat(pass.path("plannedStart").asText()).isEqualTo(plannedStart);
        assertThat(pass.path("plannedEnd").asText()).isEqualTo(plannedEnd);
        assertThat(pass.path("actualStart").asText()).isEqualTo(actualStart);
        assertThat(pass.path("actualEnd").asText()).isEqualTo(actualEnd);
        assertThat(pass.path("state").asText()).isEqualTo(state);
        assertThat(pass.path("late").asBoolean()).isFalse();
    }

    private static String iso(Date moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(moment.toInstant(), STOCKHOLM));
    }
}
