package se.paverkansagenda.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.AnswerAudit;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AnswerAfterCloseProcess;
import se.paverkansagenda.process.RequestRemindersProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerFacts;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundRequestRepository;
import se.paverkansagenda.round.RoundService;

/**
 * The officials' pages of a round over HTTP with their logins: who has answered, who has not and
 * who is late, and the actions on one recipient, each refused with its reason when it cannot be done.
 */
@IntegrationTest
class RoundPagesTest {

    private static final Pattern ACTION_TOKEN = Pattern.compile("name=\"actionToken\" value=\"([A-Za-z0-9_-]+)\"");
    private static final String FORM = "application/x-www-form-urlencoded";

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
    AnswerAudit audit;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    HistoryService historyService;
    @Autowired
    AnswerTokens answerTokens;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officialsAndTheProcessOwnerSeeWhoHasAnsweredWhoHasNotAndWhoIsLate() {
        String cycleKey = inputRoundOf("RVW", "acceptUntilNextStep").cycleKey;
        answers.record(request(cycleKey, "2380").id(), new Answer("Stambanan", "länk", AnswerChannel.LINK,
                LocalDate.parse("2020-05-08")));
        String page = "/api/omgang/" + cycleKey + "/inspel";

        HttpResponse<String> official = official().get(page);
        assertThat(official.statusCode()).isEqualTo(200);
        assertThat(official.body()).contains("lang=\"sv\"", "Inspel från kommunerna",
                "1 av 8 har svarat, 7 har inte svarat och 0 är sena.", "Östersund", "Besvarad", "Via länken",
                "Krokom", "Väntar på svar", "fredag 2 oktober 2020");
        assertThat(ApiClient.as("processagare", port).get(page).statusCode()).isEqualTo(200);
        HttpResponse<String> presidium = ApiClient.as("presidiet", port).get(page);
        assertThat(presidium.statusCode()).isEqualTo(403);
        assertThat(presidium.body()).contains("Åtkomst nekad").doesNotContain("Östersund");
        assertThat(ApiClient.anonymous(port).get(page).statusCode()).isEqualTo(401);
        assertThat(official().get("/api/omgang/" + cycleKey + "/okand").statusCode()).isEqualTo(404);
        assertThat(official().get("/api/omgang/PA-XXX-2020/inspel").body()).contains("Hittades inte");

        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-10-03 09:00:00"));
        assertThat(official().get(page).body()).contains("1 av 8 har svarat, 7 har inte svarat och 7 är sena.",
                "Försenad – inget svar");
    }

    @Test
    void aReminderGoesOutAtOnceWithTheLinkOnceForADoubleClickAndOnlyFromTheApplicationsOwnPage() {
        String cycleKey = inputRoundOf("RPM", "acceptUntilNextStep").cycleKey;
        RoundRequest bracke = request(cycleKey, "2305");
        String path = requestPage(bracke) + "/paminn";
        int before = ReceivedMails.to(mailServer, bracke.recipientEmail()).size();
        long remindersBefore = reminders(bracke);

        HttpResponse<String> forged = official().post(path, FORM, "");
        HttpResponse<String> json = official().post(path, "application/json", "{}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Sidan är för gammal");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(ReceivedMails.to(mailServer, bracke.recipientEmail())).hasSize(before);

        String token = actionToken(requestPage(bracke));
        HttpResponse<String> reminded = official().post(path, FORM, "actionToken=" + token);
        assertThat(official().post(path, FORM, "actionToken=" + token).statusCode()).isEqualTo(302);

        assertThat(reminded.statusCode()).isEqualTo(302);
        assertThat(reminded.headers().firstValue("Location").orElseThrow()).endsWith(requestPage(bracke)
                + "?klart=paminnelse");
        assertThat(ReceivedMails.to(mailServer, bracke.recipientEmail())).hasSize(before + 1);
        assertThat(ReceivedMails.latestWith(mailServer, bracke.recipientEmail(), "vi har ännu inte fått"))
                .get().asString().containsPattern("/svar/[A-Za-z0-9_-]{22}");
        assertThat(audit.count(bracke.id(), AnswerAudit.Action.REMIND)).isEqualTo(1);
        assertThat(official().get(requestPage(bracke) + "?klart=paminnelse").body())
                .contains("Påminnelsen är skickad.", "Påminnelse skickad", "tjansteperson");

        answers.record(bracke.id(), "Svar", "tjansteperson");
        HttpResponse<String> answered = official().post(path, FORM, "actionToken=" + token);
        assertThat(answered.body()).contains("Bara den som inte har svarat kan påminnas");
        assertThat(reminders(bracke)).isEqualTo(remindersBefore + 1);
    }

    @Test
    void aLaterDeadlineMovesTheRequestsTimerAndRemindersAndKeepsItOpenUntilThen() {
        Cycle cycle = inputRoundOf("EXT", "refuse");
        RoundRequest stromsund = request(cycle.cycleKey, "2313");
        String token = actionToken(requestPage(stromsund));
        Date plannedTimer = deadlineTimer(stromsund).getDuedate();
        Date plannedReminder = reminderTimer(stromsund).getDuedate();

        for (String[] refused : new String[][] {
                {"", "Ange det nya sista svarsdatumet (ÅÅÅÅ-MM-DD)."},
                {"2020-13-01", "Datumet ska skrivas ÅÅÅÅ-MM-DD"},
                {"2020-09-30", "Det nya datumet måste vara efter nuvarande svarstid, fredag 2 oktober 2020."},
                {"2020-10-20", "Svarstiden kan förlängas till och med söndag 4 oktober 2020, dagen innan steg 6"}}) {
            HttpResponse<String> page = official().post(requestPage(stromsund) + "/forlang", FORM,
                    "actionToken=" + token + "&newDeadline=" + refused[0]);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(refused[0]).contains(refused[1]);
        }
        assertThat(request(cycle.cycleKey, "2313").deadline()).isEqualTo(LocalDate.parse("2020-10-02"));
        assertThat(deadlineTimer(stromsund).getDuedate()).isEqualTo(plannedTimer);

        HttpResponse<String> extended = official().post(requestPage(stromsund) + "/forlang", FORM,
                "actionToken=" + token + "&newDeadline=2020-10-04");

        assertThat(extended.statusCode()).isEqualTo(302);
        assertThat(request(cycle.cycleKey, "2313").deadline()).isEqualTo(LocalDate.parse("2020-10-04"));
        assertThat(deadlineTimer(stromsund).getDuedate()).isEqualTo(deadlines.endOfDay(LocalDate.parse("2020-10-04")));
        assertThat(reminderTimer(stromsund).getDuedate()).isNotEqualTo(plannedReminder)
                .isEqualTo(Date.from(deadlines.reminderMoment(LocalDate.parse("2020-10-04"), 10)));
        assertThat(audit.count(stromsund.id(), AnswerAudit.Action.EXTEND)).isEqualTo(1);
        assertThat(official().get("/api/omgang/" + cycle.cycleKey + "/inspel").body()).contains("(förlängd)");

        cycle.driver.at("2020-10-03T09:00");
        assertThat(request(cycle.cycleKey, "2313").status()).isEqualTo(RequestStatus.SENT);
        assertThat(request(cycle.cycleKey, "2380").status()).isEqualTo(RequestStatus.UNANSWERED);
        String link = "/svar/" + answerTokens.mint(stromsund.id());
        assertThat(ApiClient.anonymous(port).get(link).statusCode()).as("open for its own deadline").isEqualTo(200);

        cycle.driver.at("2020-10-05T00:30");
        assertThat(request(cycle.cycleKey, "2313").status()).isEqualTo(RequestStatus.UNANSWERED);
    }

    @Test
    void anAnswerByPostOrMailIsRegisteredForTheRecipientAndShownAsSuch() {
        String cycleKey = inputRoundOf("REG", "acceptUntilNextStep").cycleKey;
        RoundRequest ragunda = request(cycleKey, "2303");
        String path = requestPage(ragunda) + "/registrera";
        String token = actionToken(requestPage(ragunda));

        HttpResponse<String> empty = official().post(path, FORM, "actionToken=" + token);
        assertThat(empty.body()).contains("Välj hur svaret kom in", "Ange dagen då svaret kom in",
                "Svarstexten saknas.");
        HttpResponse<String> markup = official().post(path, FORM, form(token, "PAPER", "2020-05-08",
                "<script>alert('x')</script>"));
        assertThat(markup.body()).contains("Svarstexten får inte innehålla HTML-taggar")
                .contains("&lt;script&gt;").doesNotContain("<script>alert");
        HttpResponse<String> future = official().post(path, FORM, form(token, "PAPER", "2020-05-09", "Brev"));
        assertThat(future.body()).contains("Datumet då svaret kom in kan inte ligga i framtiden.");
        HttpResponse<String> tooLong = official().post(path, FORM, form(token, "EMAIL", "2020-05-08",
                "x".repeat(RoundPageController.MAX_ANSWER_TEXT + 1)));
        assertThat(tooLong.body()).contains("Svarstexten får vara högst 100000 tecken");
        HttpResponse<String> tooLarge = official().post(path, FORM, form(token, "EMAIL", "2020-05-08",
                "å".repeat((int) RoundPageController.MAX_BODY_BYTES / 5)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Innehållet får vara högst 1024 kB. Inget har ändrats.");
        assertThat(request(cycleKey, "2303").status()).isEqualTo(RequestStatus.SENT);

        HttpResponse<String> registered = official().post(path, FORM, form(token, "PAPER", "2020-05-08",
                "Brev från kommunstyrelsen: Inlandsbanan & E14"));

        assertThat(registered.statusCode()).isEqualTo(302);
        RoundRequest answered = request(cycleKey, "2303");
        assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(answered.answeredBy()).isEqualTo("tjansteperson");
        assertThat(requests.answerFactsOf(cycleKey, RoundKind.INPUT).get(ragunda.id()))
                .isEqualTo(new AnswerFacts(AnswerChannel.PAPER, false, LocalDate.parse("2020-05-08")));
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .activityId(RequestRoundProcess.Elements.END_ANSWERED).list().stream()
                .filter(a -> a.getProcessInstanceId().equals(requestProcess(ragunda)))).hasSize(1);
        assertThat(audit.of(ragunda.id())).extracting(AnswerAudit.Entry::action)
                .containsExactly(AnswerAudit.Action.REGISTER);
        assertThat(official().get("/api/omgang/" + cycleKey + "/inspel").body())
                .contains("På papper, registrerat av tjänsteperson (tjansteperson)");
        assertThat(official().get(requestPage(ragunda)).body()).contains("Inlandsbanan &amp; E14");

        HttpResponse<String> again = official().post(path, FORM, form(token, "EMAIL", "2020-05-08", "Igen"));
        assertThat(again.body()).contains("Ragunda har redan svarat; det registrerade svaret ändrades inte.");
        assertThat(request(cycleKey, "2303").answerText()).startsWith("Brev från kommunstyrelsen");

        RoundRequest krokom = request(cycleKey, "2309");
        String api = "/api/requests/" + krokom.id() + "/answer";
        assertThat(official().postJson(api, "{\"text\": \"Svar per telefon\"}").statusCode()).isEqualTo(201);
        assertThat(official().postJson(api, "{\"text\": \"Svar per telefon\"}").statusCode()).isEqualTo(200);
        assertThat(audit.of(krokom.id())).extracting(AnswerAudit.Entry::action, AnswerAudit.Entry::actor)
                .containsExactly(tuple(AnswerAudit.Action.REGISTER, "tjansteperson"));
    }

    @Test
    void afterTheDeadlineAnAnswerThatCameInTimeIsRegisteredAndALateOneFollowsThePlan() {
        Cycle cycle = inputRoundOf("RLT", "refuse");
        cycle.driver.at("2020-10-03T09:00");
        RoundRequest are = request(cycle.cycleKey, "2321");
        RoundRequest berg = request(cycle.cycleKey, "2326");
        assertThat(are.status()).isEqualTo(RequestStatus.UNANSWERED);
        String token = actionToken(requestPage(are));

        HttpResponse<String> inTime = official().post(requestPage(are) + "/registrera", FORM,
                form(token, "EMAIL", "2020-10-02", "E-post som kom i tid"));
        HttpResponse<String> late = official().post(requestPage(berg) + "/registrera", FORM,
                form(token, "PAPER", "2020-10-03", "Brev som kom för sent"));

        assertThat(inTime.statusCode()).isEqualTo(302);
        assertThat(request(cycle.cycleKey, "2321").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(requests.answerFactsOf(cycle.cycleKey, RoundKind.INPUT).get(are.id()).late()).isFalse();
        cycle.driver.runDueJobs();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AnswerAfterCloseProcess.KEY)
                .processInstanceBusinessKey(cycle.cycleKey).finished().count()).isEqualTo(1);
        assertThat(ReceivedMails.latestWith(mailServer, are.recipientEmail(), "E-post som kom i tid")).isPresent();

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("Förfrågan till Berg stängdes när svarstiden gick ut fredag 2 oktober 2020; svaret kan inte tas emot.");
        assertThat(request(cycle.cycleKey, "2326").status()).isEqualTo(RequestStatus.UNANSWERED);
    }

    private record Cycle(String cycleKey, LifecycleDriver driver) {
    }

    private Cycle inputRoundOf(String region, String lateAnswers) {
        LifecycleDriver driver = lifecycles.atInputRound(region,
                "lateAnswers: acceptUntilNextStep", "lateAnswers: " + lateAnswers);
        return new Cycle(driver.cycleKey(), driver);
    }

    private RoundRequest request(String cycleKey, String code) {
        return rounds.requestsOf(cycleKey, RoundKind.INPUT).stream().filter(r -> r.recipientCode().equals(code))
                .findFirst().orElseThrow();
    }

    private long reminders(RoundRequest request) {
        return ReceivedMails.to(mailServer, request.recipientEmail()).stream()
                .filter(m -> ReceivedMails.text(m).contains("vi har ännu inte fått")).count();
    }

    private static String requestPage(RoundRequest request) {
        return "/api/omgang/" + request.cycleKey() + "/inspel/" + request.id();
    }

    private String actionToken(String page) {
        Matcher token = ACTION_TOKEN.matcher(official().get(page).body());
        assertThat(token.find()).as("the page carries its action token").isTrue();
        return token.group(1);
    }

    private Job deadlineTimer(RoundRequest request) {
        return engine.getManagementService().createJobQuery().processInstanceId(requestProcess(request))
                .activityId(RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE).singleResult();
    }

    private Job reminderTimer(RoundRequest request) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RequestRemindersProcess.KEY)
                .variableValueEquals(RequestRemindersProcess.REQUEST_ID.name(), request.id()).singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(RequestRemindersProcess.Elements.TIMER_REMINDER_DUE).singleResult();
    }

    private String requestProcess(RoundRequest request) {
        return historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals(RequestRoundProcess.REQUEST_ID.name(), request.id()).list().stream()
                .filter(variable -> RequestRoundProcess.KEY.equals(variable.getProcessDefinitionKey()))
                .findFirst().orElseThrow().getProcessInstanceId();
    }

    private static String form(String token, String channel, String receivedOn, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actionToken", token);
        fields.put("channel", channel);
        fields.put("receivedOn", receivedOn);
        fields.put("text", text);
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private ApiClient official() {
        return ApiClient.as("tjansteperson", port);
    }
}
