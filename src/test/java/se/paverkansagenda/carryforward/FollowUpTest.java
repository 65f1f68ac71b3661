package se.paverkansagenda.carryforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.paverkansagenda.compilation.DocumentContent.docxText;
import static se.paverkansagenda.compilation.DocumentContent.pdfText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import se.paverkansagenda.PageForms;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.plan.StepDates;
import se.paverkansagenda.revision.PlanRevisions;
import se.paverkansagenda.stage.Stage;
import se.paverkansagenda.stage.StagePass;
import se.paverkansagenda.stage.StageProgress;
import se.paverkansagenda.stage.StageState;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * The next year starts from the last: a cycle that follows another is checked against this installation
 * when it starts, begins with the follow-up of every issue of the followed agenda, refuses a follow-up its
 * rules do not allow, and sends the follow-up report as PDF and Word to the presidium and the partnership.
 */
@IntegrationTest
class FollowUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    FollowingCycles years;
    @Autowired
    CarryForwardService service;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DocumentStore documents;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    StageProgress stages;
    @Autowired
    PlanRevisions revisions;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    CycleService cycles;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlanFollowsOnlyACycleOfThisInstallationWhoseAgendaIsAdopted() throws Exception {
        ClockUtil.setCurrentTime(Lifecycles.local("2021-04-01T09:00"));
        HttpResponse<String> unknown = start(FollowingCycles.followingPlan("CFU", "PA-CFU-2020"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("violations")).singleElement().extracting(JsonNode::asText)
                .isEqualTo("follows: cykeln PA-CFU-2020 finns inte i den här installationen");

        ClockUtil.setCurrentTime(Lifecycles.local("2020-04-01T09:00"));
        assertThat(start(DefaultPlan.yaml().replace("code: JH", "code: CFU")).statusCode()).isEqualTo(201);
        ClockUtil.setCurrentTime(Lifecycles.local("2021-04-01T09:00"));
        HttpResponse<String> notAdopted = start(FollowingCycles.followingPlan("CFU", "PA-CFU-2020"));
        assertThat(notAdopted.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notAdopted.body()).path("violations")).singleElement().extracting(JsonNode::asText)
                .isEqualTo("follows: cykeln PA-CFU-2020 har ingen fastställd påverkansagenda att följa upp");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("PA-CFU-2021").count())
                .as("nothing started").isZero();
    }

    @Test
    void theFollowUpOfEveryIssueIsCheckedAndReportedToThePresidiumAndThePartnership() throws Exception {
        String previous = years.adopted("CFA");
        LifecycleDriver cycle = years.following("CFA", previous);
        String key = cycle.cycleKey();
        assertThat(key).isEqualTo("PA-CFA-2021");
        assertThat(cycle.task(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA)).as("step 1 begins with the follow-up").isNotNull();

        List<CarriedIssue> issues = service.issues(key);
        assertThat(issues).extracting(CarriedIssue::title).containsExactlyElementsOf(FollowingCycles.ADOPTED_TITLES);
        assertThat(issues).allSatisfy(issue -> assertThat(issue.previousCycleKey()).isEqualTo(previous));
        CarriedIssue railway = issues.get(0);
        CarriedIssue broadband = issues.get(1);
        CarriedIssue funding = issues.get(2);

        assertThat(refused(key, funding, new FollowUpDraft("Ansökan skrevs", "Beviljad", "Almi", "CLOSE", null, " ")))
                .containsOnlyKeys("closeReason").containsValue("Skälet att avsluta frågan saknas.");
        assertThat(refused(key, broadband, new FollowUpDraft("Möten", "Delvis", "Almi", "REWORD", "", null)))
                .containsOnlyKeys("newWording");
        assertThat(refused(key, broadband, new FollowUpDraft("Möten", "Delvis", "Almi", "REWORD",
                broadband.text(), null))).containsOnlyKeys("newWording");
        assertThat(refused(key, railway, new FollowUpDraft("", "Delvis", "Någon annan", "KANSKE", null, null)))
                .containsOnlyKeys("done", "responsible", "decision")
                .containsEntry("responsible", "”Någon annan” är varken regionen, en kommun eller en organisation i planen.");
        assertThat(refused(key, railway, new FollowUpDraft("<b>Möte</b>", "Ja", "Östersunds kommun", "KEEP", null, null)))
                .containsOnlyKeys("done");
        assertThat(service.issues(key)).noneMatch(CarriedIssue::recorded);

        RuntimeException early = catchThrowableOfType(RuntimeException.class, () -> engine.getTaskService().complete(
                cycle.task(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA).getId(),
                Map.of(AgendaProcess.FOLLOW_UP_SUMMARY.name(), "Klart")));
        assertThat(early).hasMessageContaining("Uppföljningen saknas för 3 av 3 frågor: Stambanan och Mittbanan;");

        service.record(key, railway.id(), new FollowUpDraft("Skrivelse till Trafikverket och möten med departementet.",
                "Mittbanan finns med i den nationella planen.", "Region Jämtland Härjedalen", "KEEP", null, null), "tjansteperson");
        service.record(key, broadband.id(), new FollowUpDraft("Kartläggning av vita fläckar.", "Hälften av hushållen nådda.",
                "Östersunds kommun", "REWORD", "Bredband och mobiltäckning i hela länet", null), "tjansteperson");
        service.record(key, funding.id(), new FollowUpDraft("Ansökan om EU-medel.", "Medlen är beviljade.", "Almi",
                "CLOSE", "Ny lydelse som inte ska sparas", "Frågan är löst: medlen är beviljade för hela perioden."),
                "tjansteperson");
        assertThat(service.issue(key, funding.id()).newWording()).as("only a reworded issue has a new wording").isNull();
        assertThat(service.carriedForward(key)).extracting(CarriedIssue::wording)
                .containsExactly("Länet kräver: Stambanan och Mittbanan", "Bredband och mobiltäckning i hela länet");

        cycle.complete(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, Map.of(AgendaProcess.FOLLOW_UP_SUMMARY.name(),
                "Två frågor förs vidare."));
        assertThat(cycle.task(Elements.TASK_DRAFT_PM)).as("then the PM").isNotNull();
        assertThat(refused(key, railway, new FollowUpDraft("Mer", "Mer", "Almi", "KEEP", null, null)))
                .containsOnlyKeys("form");

        List<StoredDocument> report = documents.latest(key, DocumentKind.FOLLOW_UP_REPORT);
        assertThat(report).extracting(StoredDocument::format).containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.DOCX);
        for (String extracted : List.of(pdfText(content(report, DocumentFormat.PDF)), docxText(content(report, DocumentFormat.DOCX)))) {
            String text = extracted.replaceAll("\\s+", " ");
            assertThat(text).contains("Uppföljning av påverkansagendan 2020 – Region Jämtland Härjedalen",
                    "1 behålls, 1 omformuleras och 1 avslutas",
                    "1. Stambanan och Mittbanan", "Vad har gjorts: Skrivelse till Trafikverket", "Resultat: Mittbanan finns med",
                    "Ansvarig organisation: Region Jämtland Härjedalen", "Beslut: Behålls",
                    "2. Bredband i hela länet", "Beslut: Omformuleras", "Ny lydelse: Bredband och mobiltäckning i hela länet",
                    "3. Finansiering", "Beslut: Avslutas", "Skäl att avsluta: Frågan är löst: medlen är beviljade för hela perioden.")
                    .doesNotContain("Ny lydelse som inte ska sparas");
        }
        HttpResponse<String> listed = ApiClient.as("tjansteperson", port).get("/api/cycles/" + key + "/documents");
        assertThat(listed.body()).contains("FOLLOW_UP_REPORT", "uppfoljningsrapport-" + key);

        for (String address : List.of("run-presidium@regionjh.example", "run-ordforande@regionjh.example",
                "lanspartnerskapet@regionjh.example", "lps-kontakt@mittuniversitetet.example")) {
            MimeMessage mail = ReceivedMails.to(mailServer, address).stream()
                    .filter(m -> ReceivedMails.text(m).contains(key) && ReceivedMails.text(m).contains("Uppföljningsrapporten"))
                    .findFirst().orElseThrow(() -> new AssertionError("no follow-up report to " + address));
            assertThat(mail.getSubject()).isEqualTo("Uppföljningsrapport: påverkansagendan " + previous);
            assertThat(ReceivedMails.text(mail)).contains("2 frågor förs över till årets arbete och 1 avslutas", "Två frågor förs vidare.");
            assertThat(ReceivedMails.attachments(mail)).extracting(Part::getFileName).containsExactlyInAnyOrder(
                    "uppfoljningsrapport-" + key + "-v1.pdf", "uppfoljningsrapport-" + key + "-v1.docx");
        }
    }

    @Test
    void theFollowUpOpensStepOneSoItsStageIsUnderWayAndARevisionTreatsTheStepAsBegun() {
        String previous = years.adopted("CFS");
        LifecycleDriver cycle = years.following("CFS", previous);
        String key = cycle.cycleKey();
        assertThat(cycle.task(Elements.TASK_DRAFT_PM)).as("the PM waits for the follow-up").isNull();

        Stage first = stages.of(key).stages().get(0);
        assertThat(first.step()).isEqualTo(Step.DRAFT_PM);
        assertThat(first.state()).isEqualTo(StageState.IN_PROGRESS);
        assertThat(first.actualStart()).isNotNull();
        assertThat(first.passes()).singleElement().extracting(StagePass::state).isEqualTo(StageState.IN_PROGRESS);

        String plan = revisions.version(key, 1);
        StepDates dates = cycles.planOf(key).datesOf(Step.DRAFT_PM);
        String earlier = replaceAfter(plan, "DRAFT_PM", dates.start().toString(), dates.start().minusDays(1).toString());
        RuntimeException refused = catchThrowableOfType(RuntimeException.class,
                () -> revisions.revise(key, earlier, "Flytta starten", null, Lifecycles.PROCESS_OWNER));
        assertThat(refused).hasMessageContaining("har redan börjat");

        LocalDate later = dates.end().plusDays(3);
        revisions.revise(key, replaceAfter(plan, "DRAFT_PM", dates.end().toString(), later.toString()),
                "Uppföljningen tar längre tid", null, Lifecycles.PROCESS_OWNER);
        assertThat(cycle.task(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA).getDueDate())
                .as("the open follow-up's planned end moves with the step's").isEqualTo(deadlines.endOfDay(later));
    }

    @Test
    void readersAtTheMomentTheIssuesAreFirstAskedForEachGetThemAllAndTheyAreCopiedOnce() throws Exception {
        String previous = years.adopted("CFR");
        ClockUtil.setCurrentTime(Lifecycles.local("2021-04-01T09:00"));
        String key = cycles.start(FollowingCycles.followingPlan("CFR", previous), Lifecycles.PROCESS_OWNER).businessKey();

        int readers = 8;
        CountDownLatch ready = new CountDownLatch(readers);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<List<CarriedIssue>>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < readers; i++) {
                reads.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return service.issues(key);
                }));
            }
            for (Future<List<CarriedIssue>> read : reads) {
                assertThat(read.get(60, TimeUnit.SECONDS)).extracting(CarriedIssue::title)
                        .containsExactlyElementsOf(FollowingCycles.ADOPTED_TITLES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.issues(key)).extracting(CarriedIssue::id).doesNotHaveDuplicates()
                .hasSize(FollowingCycles.ADOPTED_TITLES.size());
    }

    /** The text with the first {@code old} after {@code marker} replaced. */
    private static String replaceAfter(String text, String marker, String old, String replacement) {
        int at = text.indexOf(old, text.indexOf(marker));
        assertThat(at).as(old + " after " + marker).isPositive();
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    @Test
    void theFollowUpPageTakesOnlyTheCyclesOwnIssuesAndSaysWhenACycleFollowsNone() throws Exception {
        ClockUtil.setCurrentTime(Lifecycles.local("2020-04-01T09:00"));
        assertThat(start(DefaultPlan.yaml().replace("code: JH", "code: CFN")).statusCode()).isEqualTo(201);
        String first = "PA-CFN-2020";
        ApiClient official = ApiClient.as("tjansteperson", port);
        assertThat(official.get("/api/cykel/" + first + "/uppfoljning").body())
                .contains("Genomförandeplanen för den här cykeln följer inte upp någon tidigare cykel.");
        Map<String, String> fields = new java.util.HashMap<>(Map.of("done", "Gjort", "result", "Resultat",
                "responsible", "Almi", "decision", "KEEP"));
        // the token of an officials' page of the cycle; a cycle that follows none has no follow-up form
        HttpResponse<String> unknown = PageForms.post(official, "/api/cykel/" + first + "/workshop",
                "/api/cykel/" + first + "/uppfoljning/00000000-0000-0000-0000-000000000000", fields);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Frågan finns inte i cykelns uppföljning.");
        assertThat(ApiClient.as("presidiet", port).get("/api/cykel/" + first + "/uppfoljning").statusCode())
                .as("officials and process owners only").isEqualTo(403);
    }

    private Map<String, String> refused(String key, CarriedIssue issue, FollowUpDraft draft) {
        return catchThrowableOfType(FollowUpRefusedException.class,
                () -> service.record(key, issue.id(), draft, "tjansteperson")).problems();
    }

    private HttpResponse<String> start(String plan) {
        return ApiClient.as("processagare", port).post("/api/cycles", "application/yaml", plan);
    }

    private byte[] content(List<StoredDocument> stored, DocumentFormat format) {
        return documents.content(stored.stream().filter(d -> d.format() == format).findFirst().orElseThrow().id());
    }
}
