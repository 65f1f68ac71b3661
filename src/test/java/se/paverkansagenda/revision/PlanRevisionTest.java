package se.paverkansagenda.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.PageForms;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.compilation.DocumentContent;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.notification.Notification;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.notification.NotificationStatus;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.plan.InvalidPlanException;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.MessageRetryProcess;
import se.paverkansagenda.process.RequestRemindersProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

@IntegrationTest
class PlanRevisionTest {

    private static final String YAML = "application/yaml";
    private static final String RSR = "rsr-sekretariat@regionjh.example";
    private static final String PRESIDIUM = "run-presidium@regionjh.example";
    private static final String OWNER = "utvecklingsdirektor@regionjh.example";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    CycleService cycles;
    @Autowired
    PlanRevisions revisions;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMovedMeetingStartsOnItsNewDayNotTheOldAndItsInvitationComesAgainWithTheSameUidAndAHigherSequence() {
        LifecycleDriver cycle = lifecycles.start("RVA").at("2020-04-08T09:00");
        String key = cycle.cycleKey();

        // step 1 is under way: its end moves later, and with it the task's planned end and its late timer
        HttpResponse<String> first = revise(key, planOf(key).replace("start: 2020-04-07, end: 2020-04-24",
                "start: 2020-04-07, end: 2020-04-28"), "PM-arbetet behöver två dagar till");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"version\":2", "steps.DRAFT_PM: steg 1");
        assertThat(cycle.task(Elements.TASK_DRAFT_PM).getDueDate()).isEqualTo(deadlines.endOfDay(LocalDate.parse("2020-04-28")));
        assertThat(timer(key, Elements.TIMER_DRAFT_PM_LATE).getDuedate())
                .isEqualTo(deadlines.endOfDay(LocalDate.parse("2020-04-28")));

        cycle.complete(Elements.TASK_DRAFT_PM, Lifecycles.pm()).at("2020-04-27T09:00");
        assertThat(calendarOf(latestTo(RSR, key, "Kallelse till RSR"))).contains("SEQUENCE:0");

        // the RSR meeting moves a week after its invitation went out; the input round follows it
        String moved = planOf(key).replace("RSR_TREATMENT:           { date: 2020-05-04 }",
                        "RSR_TREATMENT:           { date: 2020-05-11 }")
                .replace("INPUT_ROUND:             { start: 2020-05-08,", "INPUT_ROUND:             { start: 2020-05-13,")
                .replace("start: 2020-04-07, end: 2020-04-24", "start: 2020-04-07, end: 2020-04-28");
        HttpResponse<String> second = revise(key, moved, "RSR:s sammanträde flyttas en vecka");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        MimeMessage toRsr = latestTo(RSR, key, "Ändrad plan för " + key);
        assertThat(ReceivedMails.text(toRsr)).contains("RSR:s sammanträde flyttas en vecka",
                "flyttas från måndag 4 maj 2020 till måndag 11 maj 2020");
        VEvent event = event(calendarOf(toRsr));
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(key + "-rsrTreatment@paverkansagenda");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(calendarOf(toRsr)).contains("DTSTART;TZID=Europe/Stockholm:20200511T090000");
        assertThat(ReceivedMails.text(latestTo(OWNER, key, "Ändrad plan för " + key)))
                .contains("steps.RSR_TREATMENT: steg 4", "steps.INPUT_ROUND: steg 5");
        assertThat(mailsTo(PRESIDIUM, key, "Ändrad plan")).as("the presidium's meeting did not move").isEmpty();

        cycle.at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL, Lifecycles.approve())
                .at("2020-05-04T12:00");
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT)).as("not on the old day").isNull();
        cycle.at("2020-05-11T09:00");
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT)).as("on the new day").isNotNull();
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT).getDueDate())
                .isEqualTo(deadlines.endOfDay(LocalDate.parse("2020-05-11")));

        // every version is kept and downloadable, and the timeline lists the revisions
        ApiClient official = ApiClient.as("tjansteperson", port);
        assertThat(official.get("/api/cycles/" + key + "/plan/versions/1").body()).contains("end: 2020-04-24",
                "{ date: 2020-05-04 }");
        assertThat(official.get("/api/cycles/" + key + "/plan/versions/3").body()).contains("{ date: 2020-05-11 }");
        assertThat(official.get("/api/cycles/" + key + "/plan/versions/4").statusCode()).isEqualTo(404);
        assertThat(official.get("/api/cycles/" + key + "/plan/versions").body()).contains("\"latest\":3",
                "PM-arbetet behöver två dagar till");
        String timeline = official.get("/api/cycles/" + key + "/tidslinje").body();
        assertThat(timeline).contains("Ändringar av planen", "Version 3", "processagare",
                "RSR:s sammanträde flyttas en vecka", "steps.RSR_TREATMENT: steg 4", "/plan/versions/3");
        assertThat(DocumentContent.pdfText(official.download("/api/cycles/" + key + "/stages.pdf").body())
                .replaceAll("\\s+", " ")).contains("Ändringar av planen", "Version 3", "processagare",
                "Skäl: RSR:s sammanträde flyttas en vecka", "steps.RSR_TREATMENT: steg 4");
        HttpResponse<String> csv = official.get("/api/cycles/" + key + "/plan/versions.csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(key + "-planandringar.csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("\uFEFFversion;andrad;andrad_av;skal;andring");
        assertThat(rows).anyMatch(row -> row.startsWith("2;") && row.contains(";processagare;PM-arbetet behöver två dagar"
                + " till;steps.DRAFT_PM: steg 1"));
        assertThat(rows).anyMatch(row -> row.startsWith("3;") && row.contains("steps.INPUT_ROUND: steg 5"));
        assertThat(ApiClient.as("presidiet", port).get("/api/cycles/" + key + "/plan/versions.csv").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCouncilMemberAddedOrWithANewAddressIsInvitedAndOneRemovedHasTheMeetingCancelledAndTheFormsOfferTheRevisedMembers() {
        LifecycleDriver cycle = lifecycles.start("RVI").at("2020-04-08T09:00");
        String key = cycle.cycleKey();
        cycle.complete(Elements.TASK_DRAFT_PM, Lifecycles.pm()).at("2020-04-27T09:00");
        String invitedBefore = calendarOf(latestTo("ks-ordforande@ragunda.example", key, "Kallelse till RSR"));
        String uid = event(invitedBefore).getUid().orElseThrow().getValue();

        HttpResponse<String> revised = revise(key, planOf(key)
                .replace("email: ks-ordforande@ragunda.example", "email: ordforande.ks@ragunda.example")
                .replace("    - { organisation: Bergs kommun, role: \"Förtroendevald, opposition\", email: oppositionsrad@berg.example }\n", "")
                .replace("  presidium:\n", "    - { organisation: Ragunda kommun, role: \"Ersättare, majoritet\", email: ersattare@ragunda.example }\n"
                        + "  presidium:\n"), "Nya ledamöter i RSR");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
        assertThat(revised.body()).contains("councils.rsr: tillagd Ragunda kommun, Ersättare, majoritet",
                "councils.rsr: borttagen Bergs kommun, Förtroendevald, opposition, oppositionsrad@berg.example");

        for (String newcomer : List.of("ordforande.ks@ragunda.example", "ersattare@ragunda.example")) {
            MimeMessage told = latestTo(newcomer, key, "Ändrad plan för " + key);
            assertThat(ReceivedMails.text(told)).as(newcomer).contains("Ni är kallade till mötet", "måndag 4 maj 2020",
                    "En kalenderinbjudan är bifogad");
            String ics = calendarOf(told);
            assertThat(ics).contains("METHOD:REQUEST", "DTSTART;TZID=Europe/Stockholm:20200504T090000");
            assertThat(event(ics).getUid().orElseThrow().getValue()).isEqualTo(uid);
        }
        for (String removed : List.of("ks-ordforande@ragunda.example", "oppositionsrad@berg.example")) {
            MimeMessage told = latestTo(removed, key, "Ändrad plan för " + key);
            assertThat(ReceivedMails.text(told)).as(removed).contains("Ni är inte längre kallade till mötet",
                    "En avbokning är bifogad");
            String ics = calendarOf(told);
            assertThat(ics).contains("METHOD:CANCEL", "STATUS:CANCELLED");
            assertThat(event(ics).getUid().orElseThrow().getValue()).isEqualTo(uid);
        }
        assertThat(mailsTo("ks-ordforande@bracke.example", key, "Ändrad plan")).as("an unchanged member").isEmpty();
        String options = runtimeService.getVariable(cycles.find(key).processInstanceId(), "rsrMemberOptions").toString();
        assertThat(options).contains("Ragunda kommun – Ersättare, majoritet")
                .doesNotContain("Bergs kommun – Förtroendevald, opposition");

        // the meeting moves: the revised members are invited to the new day, the removed one is not
        HttpResponse<String> moved = revise(key, planOf(key).replace("RSR_TREATMENT:           { date: 2020-05-04 }",
                "RSR_TREATMENT:           { date: 2020-05-11 }")
                .replace("INPUT_ROUND:             { start: 2020-05-08,", "INPUT_ROUND:             { start: 2020-05-13,"),
                "RSR:s sammanträde flyttas en vecka");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        assertThat(calendarOf(latestTo("ersattare@ragunda.example", key, "Ändrad plan för " + key)))
                .contains("DTSTART;TZID=Europe/Stockholm:20200511T090000");
        assertThat(mailsTo("oppositionsrad@berg.example", key, "Ändrad plan för " + key)).hasSize(1);
        assertThat(mailsTo("ks-ordforande@bracke.example", key, "Ändrad plan för " + key)).hasSize(1);
    }

    @Test
    void anAddedMunicipalityGetsItsRequestWhenTheRoundOpensAndALaterDeadlineMovesTimersAndReminders() {
        LifecycleDriver cycle = lifecycles.start("RVB");
        String key = cycle.cycleKey();
        HttpResponse<String> added = revise(key, planOf(key).replace("municipalities:\n",
                "municipalities:\n  - { code: \"2260\", name: Ånge, email: registrator@ange.example }\n"),
                "Ånge deltar i år");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("municipalities: tillagd 2260, Ånge, registrator@ange.example");

        cycle.toInputRound();
        RoundRequest ange = request(key, "2260");
        assertThat(ange.status()).isEqualTo(RequestStatus.SENT);
        assertThat(ReceivedMails.to(mailServer, "registrator@ange.example")).isNotEmpty();
        answers.record(request(key, "2380").id(), new Answer("Stambanan", "länk", AnswerChannel.LINK,
                LocalDate.parse("2020-05-08")));

        HttpResponse<String> rule = revise(key, planOf(key).replace("businessDaysBeforeDeadline: [10, 3]",
                "businessDaysBeforeDeadline: [20, 10, 3]"), "En påminnelse till, tidigare");
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        assertThat(requestTimer(request(key, "2313"), RequestRemindersProcess.KEY,
                RequestRemindersProcess.Elements.TIMER_REMINDER_DUE).getDuedate())
                .isEqualTo(Date.from(deadlines.reminderMoment(LocalDate.parse("2020-10-02"), 20)));

        HttpResponse<String> later = revise(key, planOf(key)
                .replace("{ start: 2020-05-08, end: 2020-10-02 }", "{ start: 2020-05-08, end: 2020-10-16 }")
                .replace("{ start: 2020-10-05, end: 2020-10-29 }", "{ start: 2020-10-19, end: 2020-10-29 }"),
                "Kommunerna får två veckor till");
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);

        RoundRequest stromsund = request(key, "2313");
        LocalDate newDeadline = LocalDate.parse("2020-10-16");
        assertThat(stromsund.deadline()).isEqualTo(newDeadline);
        assertThat(requestTimer(stromsund, RequestRoundProcess.KEY, RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE)
                .getDuedate()).isEqualTo(deadlines.endOfDay(newDeadline));
        assertThat(requestTimer(stromsund, RequestRemindersProcess.KEY, RequestRemindersProcess.Elements.TIMER_REMINDER_DUE)
                .getDuedate()).isEqualTo(Date.from(deadlines.reminderMoment(newDeadline, 20)));
        assertThat(request(key, "2380").deadline()).as("an answered request keeps its deadline")
                .isEqualTo(LocalDate.parse("2020-10-02"));
        assertThat(ReceivedMails.text(latestTo("registrator@stromsund.example", key, "Ändrad plan för " + key)))
                .contains("förlängs från fredag 2 oktober 2020 till fredag 16 oktober 2020");

        cycle.at("2020-10-05T09:00");
        assertThat(request(key, "2313").status()).isEqualTo(RequestStatus.SENT);
        assertThat(cycle.task(Elements.TASK_COMPILE_INPUT)).as("step 6 waits for its new day").isNull();
        cycle.at("2020-10-17T00:30");
        assertThat(request(key, "2313").status()).isEqualTo(RequestStatus.UNANSWERED);
    }

    @Test
    void whatHasAlreadyHappenedCannotBeChangedAndEachRefusalNamesItsField() {
        LifecycleDriver cycle = lifecycles.atInputRound("RVC");
        String key = cycle.cycleKey();
        answers.record(request(key, "2380").id(), new Answer("Stambanan", "länk", AnswerChannel.LINK,
                LocalDate.parse("2020-05-08")));
        String plan = planOf(key);

        assertRefused(revise(key, plan.replace("start: 2020-04-07, end: 2020-04-24", "start: 2020-04-09, end: 2020-04-24"),
                "x"), "steps.DRAFT_PM: steg 1 (Formulera förslag till struktur (PM)) är redan genomfört");
        assertRefused(revise(key, plan.replace("  - { code: \"2380\", name: Östersund,   email: registrator@ostersund.example }\n",
                ""), "x"), "municipalities: kommunen Östersund (2380) kan inte tas bort", "den har redan svarat");
        assertRefused(revise(key, plan.replace("municipalities:\n",
                "municipalities:\n  - { code: \"2260\", name: Ånge, email: registrator@ange.example }\n"), "x"),
                "municipalities[0]: kommunen Ånge (2260) kan inte läggas till");
        assertRefused(revise(key, plan.replace("{ start: 2020-05-08, end: 2020-10-02 }",
                "{ start: 2020-05-08, end: 2020-09-25 }"), "x"), "steps.INPUT_ROUND.end:",
                "kan bara flyttas till en senare dag än fredag 2 oktober 2020");
        assertRefused(revise(key, plan.replace("{ start: 2020-05-08, end: 2020-10-02 }",
                "{ start: 2020-05-08, end: 2020-10-16 }"), "x"), "steps.INPUT_ROUND.end:",
                "Flytta också steps.COMPILE_INPUT.start");
        assertRefused(revise(key, plan.replace("WORKSHOP:                { date: 2020-11-09 }",
                "WORKSHOP:                { date: 2020-05-07 }"), "x"), "steps.WORKSHOP");
        assertRefused(revise(key, plan.replace("  - { code: RUS-6, name: \"Klimat, energi och hållbar resursanvändning\" }\n",
                ""), "x"), "rusAreas: RUS-området RUS-6 kan inte tas bort");
        assertRefused(revise(key, plan.replace("every: P1M", "every: P2W"), "x"), "steeringReport.every:",
                "kan inte ändras i en pågående cykel");
        assertRefused(revise(key, plan + "follows: PA-RVC-2019\n", "x"),
                "follows: vilken cykel som följs upp bestäms när cykeln startar och kan inte ändras i en pågående cykel");
        assertRefused(revise(key, "steps: [", "x"), "Filen är inte giltig YAML");
        assertRefused(revise(key, Lifecycles.seedPlan("RVX"), "x"), "planen gäller cykeln PA-RVX-2020, inte " + key);
        assertRefused(revise(key, plan, "x"), "Planen är densamma som version 1");
        HttpResponse<String> noReason = revise(key, plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8"), " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Ange varför planen ändras");
        HttpResponse<String> official = ApiClient.as("tjansteperson", port).post("/api/cycles/" + key
                + "/plan?reason=x", YAML, plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8"));
        assertThat(official.statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("processagare", port).post("/api/cycles/" + key + "/plan?reason=x", YAML,
                "x".repeat(1_000_001)).statusCode()).isEqualTo(413);

        assertThat(revisions.latestVersion(key)).as("nothing was revised").isEqualTo(1);
        assertThat(request(key, "2313").deadline()).isEqualTo(LocalDate.parse("2020-10-02"));

        // an organisation is removed before its round (the consultation) opens
        HttpResponse<String> removed = revise(key, plan.replace(
                "  - { name: Torsta,                                  email: kontakt@torsta.example }\n", ""),
                "Torsta deltar inte i samrådet");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(201);
        assertThat(removed.body()).contains("organisations: borttagen Torsta, kontakt@torsta.example");
    }

    @Test
    void thePlanPageRevisesFromItsOwnFormOnlyAndOnlyForTheProcessOwner() {
        String key = lifecycles.start("RVP").cycleKey();
        String page = "/api/cykel/" + key + "/plan";
        String changed = planOf(key).replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8");
        ApiClient owner = ApiClient.as("processagare", port);

        HttpResponse<String> forged = owner.post(page, "application/x-www-form-urlencoded",
                "reason=x&plan=" + URLEncoder.encode(changed, StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Sidan är för gammal");
        assertThat(ApiClient.as("tjansteperson", port).get(page).statusCode()).isEqualTo(403);
        assertThat(revisions.latestVersion(key)).isEqualTo(1);

        HttpResponse<String> refused = PageForms.post(owner, page, page, new HashMap<>(Map.of(
                "reason", "Färre frågor", "basedOn", "1", "plan", changed.replace("year: 2020", "year: 2021"))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Planen är inte ändrad", "year: 2021 är inte året då cykeln startar",
                "Färre frågor");

        HttpResponse<String> saved = PageForms.post(owner, page, page, new HashMap<>(Map.of(
                "reason", "Färre frågor", "basedOn", "1", "plan", changed)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page + "?klart=2");
        assertThat(owner.get(page + "?klart=2").body()).contains("Version 2 av planen är sparad",
                "prioritisedIssueCap: 10 → 8");
        assertThat(cycles.planOf(key).prioritisedIssueCap()).isEqualTo(8);

        HttpResponse<String> stale = PageForms.post(owner, page, page, new HashMap<>(Map.of(
                "reason", "Fler frågor", "basedOn", "1", "plan", changed.replace("prioritisedIssueCap: 8", "prioritisedIssueCap: 12"))));
        assertThat(stale.body()).contains("den senaste är version 2");
        assertThat(revisions.latestVersion(key)).isEqualTo(2);
    }

    @Test
    void aRevisionMadeWhileTheMailServerIsDownStandsAndItsMailGoesOutLaterFromAJobOfItsOwn() {
        String key = lifecycles.start("RVM").cycleKey();
        mailServer.greenMail().stop();
        HttpResponse<String> revised;
        try {
            revised = revise(key, planOf(key).replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8"), "Färre frågor");
        } finally {
            mailServer.greenMail().start();
        }
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
        assertThat(revisions.latestVersion(key)).isEqualTo(2);
        assertThat(mailsTo(OWNER, key, "Ändrad plan för " + key)).isEmpty();
        Notification failed = notifications.findByCycle(key).stream()
                .filter(n -> n.type() == NotificationType.PLAN_REVISED).findFirst().orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        ProcessInstance retry = runtimeService.createProcessInstanceQuery().processDefinitionKey(MessageRetryProcess.KEY)
                .processInstanceBusinessKey(key).singleResult();
        assertThat(retry).as("a job sends it again").isNotNull();
        assertThat(retry.getTenantId()).as("the cycle's region").isEqualTo(key.split("-")[1]);
        Job job = managementService.createJobQuery().processInstanceId(retry.getId()).singleResult();

        managementService.executeJob(job.getId());

        assertThat(mailsTo(OWNER, key, "Ändrad plan för " + key)).hasSize(1);
        assertThat(notifications.findById(failed.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(retry.getId()).count()).isZero();
    }

    @Test
    void ofTwoRevisionsAtOnceOneWinsAndTheOtherIsRefusedWithAConflict() throws Exception {
        String key = lifecycles.start("RVD").cycleKey();
        String plan = planOf(key);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    revisions.revise(key, plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8"), "Färre frågor",
                            null, "processagare");
                    firstInserted.countDown();
                    sleep(700);
                }));
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> revisions.revise(key, plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 12"),
                "Fler frågor", null, "processagare"))
                .isInstanceOf(RevisionConflictException.class)
                .hasMessageContaining("ändrades av någon annan samtidigt");
        first.get(30, TimeUnit.SECONDS);
        assertThat(revisions.latestVersion(key)).isEqualTo(2);
        assertThat(cycles.planOf(key).prioritisedIssueCap()).isEqualTo(8);

        HttpResponse<String> stale = ApiClient.as("processagare", port).post("/api/cycles/" + key
                + "/plan?basedOn=1&reason=" + URLEncoder.encode("Fler frågor", StandardCharsets.UTF_8), YAML,
                plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 12"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("den senaste är version 2");
    }

    @Test
    void aRevisionWaitsForATimerThatIsFiringAndOneThatDoesNotMoveItLeavesItToFire() {
        LifecycleDriver cycle = lifecycles.start("RVE");
        String key = cycle.cycleKey();
        Job draftStart = timer(key, Elements.TIMER_DRAFT_PM_START);
        jdbc.sql("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = 'another-node', LOCK_EXP_TIME_ = :until WHERE ID_ = :id")
                .param("until", new Date(ClockUtil.getCurrentTime().getTime() + 60_000)).param("id", draftStart.getId())
                .update();
        String plan = planOf(key);

        HttpResponse<String> moving = revise(key, plan.replace("start: 2020-04-07, end: 2020-04-24",
                "start: 2020-04-08, end: 2020-04-24"), "Steg 1 börjar en dag senare");
        assertThat(moving.statusCode()).isEqualTo(409);
        assertThat(moving.body()).contains("löser ut just nu");
        assertThat(revisions.latestVersion(key)).isEqualTo(1);

        HttpResponse<String> other = revise(key, plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8"),
                "Färre frågor");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        jdbc.sql("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE ID_ = :id")
                .param("id", draftStart.getId()).update();
        cycle.at("2020-04-07T09:00");
        assertThat(cycle.task(Elements.TASK_DRAFT_PM)).as("the timer fired on its day").isNotNull();
    }

    @Test
    void aRevisionMetByATimerFiringAtThatMomentIsMadeAgainOnWhatTheTimerDidAndBothStand() throws Exception {
        LifecycleDriver cycle = lifecycles.start("RVG");
        String key = cycle.cycleKey();
        String plan = planOf(key);
        ClockUtil.setCurrentTime(Lifecycles.local("2020-04-07T09:00"));
        Job draftStart = timer(key, Elements.TIMER_DRAFT_PM_START);
        CountDownLatch fired = new CountDownLatch(1);
        CompletableFuture<Void> timer = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    managementService.executeJob(draftStart.getId());
                    fired.countDown();
                    sleep(700);
                }));
        assertThat(fired.await(30, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> later = revise(key, plan.replace("start: 2020-04-07, end: 2020-04-24",
                "start: 2020-04-07, end: 2020-04-28"), "PM-arbetet behöver två dagar till");
        timer.get(30, TimeUnit.SECONDS);

        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        assertThat(cycle.task(Elements.TASK_DRAFT_PM)).as("the timer's work stands").isNotNull();
        assertThat(cycle.task(Elements.TASK_DRAFT_PM).getDueDate()).as("and so does the revision")
                .isEqualTo(deadlines.endOfDay(LocalDate.parse("2020-04-28")));
    }

    @Test
    void aMovedWorkshopIsSentAgainToRsrAndEveryMunicipalityEachInOneMail() {
        LifecycleDriver cycle = lifecycles.atInputRound("RVH").answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment();
        String key = cycle.cycleKey();
        assertThat(calendarOf(latestTo("registrator@krokom.example", key, "workshop"))).contains("SEQUENCE:0");

        HttpResponse<String> moved = revise(key, planOf(key)
                .replace("WORKSHOP:                { date: 2020-11-09 }", "WORKSHOP:                { date: 2020-11-16 }")
                .replace("WRITE_AGENDA:            { start: 2020-11-09,", "WRITE_AGENDA:            { start: 2020-11-16,"),
                "Workshopen flyttas en vecka");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);

        for (String invited : List.of(RSR, "registrator@krokom.example", "registrator@ostersund.example")) {
            List<MimeMessage> told = mailsTo(invited, key, "Ändrad plan för " + key);
            assertThat(told).as(invited).hasSize(1);
            assertThat(ReceivedMails.text(told.get(0))).contains("flyttas från måndag 9 november 2020 till måndag 16 november 2020");
            VEvent workshop = event(calendarOf(told.get(0)));
            assertThat(workshop.getUid().orElseThrow().getValue()).isEqualTo(key + "-workshop@paverkansagenda");
            assertThat(workshop.getSequence().getSequenceNo()).isEqualTo(1);
        }
        cycle.at("2020-11-09T12:00");
        assertThat(cycle.task(Elements.TASK_PRIORITISE_INPUT)).isNull();
        cycle.at("2020-11-16T09:00");
        assertThat(cycle.task(Elements.TASK_PRIORITISE_INPUT)).isNotNull();
    }

    @Test
    void thePlanOfAnEndedCycleIsNotRevised() {
        String key = lifecycles.start("RVF").cycleKey();
        String plan = planOf(key);
        runtimeService.deleteProcessInstance(cycles.find(key).processInstanceId(), "Cykeln avbröts");

        HttpResponse<String> ended = revise(key, plan.replace("prioritisedIssueCap: 10", "prioritisedIssueCap: 8"), "Sent");

        assertThat(ended.statusCode()).isEqualTo(409);
        assertThat(ended.body()).contains("Cykeln " + key + " är avslutad; dess plan kan inte ändras.");
        assertThat(revise("PA-XXX-2020", plan, "x").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> revise(String key, String plan, String reason) {
        return ApiClient.as("processagare", port).post("/api/cycles/" + key + "/plan?reason="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8), YAML, plan);
    }

    private static void assertRefused(HttpResponse<String> response, String... words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(words);
    }

    /** The newest version of the cycle's plan, as its process owner downloads it. */
    private String planOf(String key) {
        return revisions.version(key, revisions.latestVersion(key));
    }

    private Job timer(String key, String element) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("paverkansagenda").singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(element).singleResult();
    }

    private Job requestTimer(RoundRequest request, String processKey, String element) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals("requestId", request.id()).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(element).singleResult();
    }

    private RoundRequest request(String key, String code) {
        return rounds.requestsOf(key, RoundKind.INPUT).stream().filter(r -> r.recipientCode().equals(code))
                .findFirst().orElseThrow();
    }

    private List<MimeMessage> mailsTo(String address, String key, String subject) {
        return ReceivedMails.to(mailServer, address).stream().filter(message -> {
            try {
                return message.getSubject().contains(subject) && message.getSubject().contains(key)
                        || message.getSubject().contains(subject) && ReceivedMails.text(message).contains(key);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage latestTo(String address, String key, String subject) {
        List<MimeMessage> mails = mailsTo(address, key, subject);
        assertThat(mails).as("a mail to " + address + " about " + subject).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private static String calendarOf(MimeMessage message) {
        for (Part part : ReceivedMails.attachments(message)) {
            try {
                if (part.isMimeType("text/calendar")) {
                    return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No calendar invitation in the message");
    }

    private static VEvent event(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
