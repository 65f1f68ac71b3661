package se.paverkansagenda.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.link.FailedLinkAttempts;
import se.paverkansagenda.link.LinkTestSupport;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundRequestRepository;
import se.paverkansagenda.round.RoundService;

/** A municipality answers the input request from its link, over HTTP, as its browser would. */
@IntegrationTest
class AnswerPageTest {

    private static final String CYCLE = "PA-ANS-2020";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    AnswerAudit audit;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    HistoryService historyService;
    @Autowired
    FailedLinkAttempts attempts;
    @Autowired
    DataSource dataSource;
    @Autowired
    RoundRequestRepository requestRows;
    @Autowired
    JdbcClient jdbc;

    private LifecycleDriver cycle;

    @BeforeEach
    void inputRoundOpen() {
        if (!lifecycles.running(CYCLE)) {
            lifecycles.atInputRound("ANS");
        }
        cycle = lifecycles.of(CYCLE).at("2020-05-08T09:00");
    }

    @AfterEach
    void resetClockAndAddress() {
        ClockUtil.reset();
        LinkTestSupport.forgive(attempts, "127.0.0.1");
    }

    @Test
    void fromTheLinkInItsMailAMunicipalitySubmitsTwoProposalsAndGetsAReceipt() throws Exception {
        RoundRequest ostersund = request("2380");
        String link = ReceivedMails.linkTo(mailServer, tokens, ostersund);

        HttpResponse<String> page = anonymous().get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"sv\"", "Förfrågan om inspel till Östersund", "RUS-1 Infrastruktur");

        HttpResponse<String> submitted = post(link, form("submit", proposal(0, "Stambanan genom Norrland"),
                proposal(1, "Bredband på landsbygden")));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith(link + "/kvitto");

        HttpResponse<String> receipt = anonymous().get(link + "/kvitto");
        assertThat(receipt.body()).contains("Ert svar är mottaget", "Stambanan genom Norrland", "Bredband på landsbygden");
        assertThat(proposals.findByRequest(ostersund.id())).extracting(ProposalRow::getTitle)
                .containsExactly("Stambanan genom Norrland", "Bredband på landsbygden");
        assertThat(rounds.request(ostersund.id()).status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(audit.count(ostersund.id(), AnswerAudit.Action.SUBMIT)).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .activityId(RequestRoundProcess.Elements.END_ANSWERED).list().stream()
                .filter(a -> requestProcessOf(ostersund).equals(a.getProcessInstanceId())).count()).isEqualTo(1);
        assertThat(requestRows.processInstanceOf(ostersund.id())).as("the instance the answer was correlated to by id")
                .hasValue(requestProcessOf(ostersund));

        cycle.runDueJobs();
        assertThat(ReceivedMails.latestWith(mailServer, ostersund.recipientEmail(), "Stambanan genom Norrland"))
                .as("receipt with a copy").isPresent();
    }

    @Test
    void aDraftIsSavedAndTheSubmittedAnswerCanBeChangedUntilTheDeadline() {
        RoundRequest krokom = request("2309");
        String link = "/svar/" + tokens.mint(krokom.id());

        HttpResponse<String> draft = post(link, form("save", Map.of("proposals[0].title", "Inlandsbanan")));
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Utkastet är sparat");
        assertThat(rounds.request(krokom.id()).status()).isEqualTo(RequestStatus.SENT);
        assertThat(anonymous().get(link).body()).contains("value=\"Inlandsbanan\"");

        assertThat(post(link, form("submit", proposal(0, "Inlandsbanan"))).statusCode()).isEqualTo(302);
        assertThat(post(link, form("submit", proposal(0, "Inlandsbanan"), proposal(1, "Flyget till Åre")))
                .statusCode()).isEqualTo(302);

        assertThat(proposals.findByRequest(krokom.id())).hasSize(2);
        assertThat(rounds.request(krokom.id()).answerText()).contains("Flyget till Åre");
        assertThat(audit.count(krokom.id(), AnswerAudit.Action.SAVE)).isEqualTo(1);
        assertThat(audit.count(krokom.id(), AnswerAudit.Action.SUBMIT)).isEqualTo(1);
        assertThat(audit.count(krokom.id(), AnswerAudit.Action.CHANGE)).isEqualTo(1);
    }

    @Test
    void anIncompleteAnswerShowsEachProblemNextToItsFieldAndStoresNothing() {
        RoundRequest bracke = request("2305");
        String link = "/svar/" + tokens.mint(bracke.id());
        Map<String, String> missingTitle = new LinkedHashMap<>(proposal(0, ""));

        HttpResponse<String> refused = post(link, form("submit", missingTitle));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Svaret kunde inte sparas", "Rubrik saknas.");
        assertThat(proposals.findByRequest(bracke.id())).isEmpty();
        assertThat(rounds.request(bracke.id()).status()).isEqualTo(RequestStatus.SENT);
    }

    @Test
    void markupAndOverLongTextsAreRefusedAndShownBackAsText() {
        RoundRequest are = request("2321");
        String link = "/svar/" + tokens.mint(are.id());
        Map<String, String> fields = new LinkedHashMap<>(proposal(0, "<script>alert('x')</script>"));
        fields.put("proposals[0].description", "x".repeat(AnswerValidator.LONG_TEXT + 1));

        HttpResponse<String> refused = post(link, form("submit", fields));

        assertThat(refused.body()).contains("får inte innehålla HTML-taggar", "högst 4000 tecken")
                .contains("&lt;script&gt;").doesNotContain("<script>alert");
        assertThat(proposals.findByRequest(are.id())).isEmpty();
    }

    @Test
    void aFieldWhoseBytesAreNotUtf8IsRefusedNextToItAndNothingIsStored() {
        RoundRequest krokom = request("2309");
        String link = "/svar/" + tokens.mint(krokom.id());
        // "Järnväg" sent as Latin-1 (0xE4 for ä): not UTF-8
        String body = form("submit", proposal(0, "TITLE")).replace("TITLE", "J%E4rnv%E4g");
        body = body.replace("description=Beskrivning+av+TITLE", "description=Beskrivning+av+J%E4rnv%E4g");

        HttpResponse<String> refused = post(link, body);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Svaret kunde inte sparas", "Rubrik innehåller tecken som inte kunde läsas",
                "Beskrivning innehåller tecken som inte kunde läsas");
        assertThat(proposals.findByRequest(krokom.id())).isEmpty();
        assertThat(rounds.request(krokom.id()).status()).isEqualTo(RequestStatus.SENT);

        HttpResponse<String> draft = post(link, form("save", Map.of("proposals[0].title", "Spår"))
                .replace("Sp%C3%A5r", "Sp%E5r"));
        assertThat(draft.body()).contains("Rubrik innehåller tecken som inte kunde läsas");
        assertThat(proposals.findByRequest(krokom.id())).isEmpty();
    }

    @Test
    void anUnknownOrMalformedLinkGetsAClearPageAndNoData() {
        HttpResponse<String> forged = anonymous().get("/svar/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("Länken fungerar inte", "lang=\"sv\"").doesNotContain("Exception");

        assertThat(anonymous().get("/svar/kort").statusCode()).isEqualTo(404);
        assertThat(post("/svar/AAAAAAAAAAAAAAAAAAAAAA", form("submit", proposal(0, "X"))).statusCode()).isEqualTo(404);
    }

    @Test
    void aLinkOpensItsOwnRequestOnly() {
        RoundRequest berg = request("2326");
        RoundRequest ragunda = request("2303");

        String page = anonymous().get("/svar/" + tokens.mint(berg.id())).body();

        assertThat(page).contains("till Berg").doesNotContain("Ragunda", ragunda.recipientEmail());
    }

    @Test
    void aSubmitThatFailsWhileTellingTheProcessKeepsNothingOfItAndCanBeSentAgain() {
        RoundRequest berg = request("2326");
        String link = "/svar/" + tokens.mint(berg.id());
        assertThat(post(link, form("save", proposal(0, "Vägen till Funäsdalen"))).statusCode()).isEqualTo(200);
        String instance = requestRows.processInstanceOf(berg.id()).orElseThrow();
        jdbc.sql("UPDATE round_request SET process_instance_id = 'gone' WHERE id = :id").param("id", berg.id()).update();
        try {
            HttpResponse<String> failed = post(link, form("submit", proposal(0, "Flyget i Sveg")));

            assertThat(failed.statusCode()).isNotEqualTo(302);
            assertThat(proposals.findByRequest(berg.id())).extracting(ProposalRow::getTitle)
                    .as("the proposals are stored with the answer or not at all").containsExactly("Vägen till Funäsdalen");
            assertThat(rounds.request(berg.id()).status()).isEqualTo(RequestStatus.SENT);
            assertThat(audit.count(berg.id(), AnswerAudit.Action.SUBMIT)).isZero();
        } finally {
            jdbc.sql("UPDATE round_request SET process_instance_id = :instance WHERE id = :id")
                    .param("instance", instance).param("id", berg.id()).update();
        }

        assertThat(post(link, form("submit", proposal(0, "Flyget i Sveg"))).statusCode()).isEqualTo(302);
        assertThat(proposals.findByRequest(berg.id())).extracting(ProposalRow::getTitle).containsExactly("Flyget i Sveg");
        assertThat(rounds.request(berg.id()).status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void onceTheNextStepHasStartedTheLinkSaysTheRoundIsClosed() {
        String link = "/svar/" + tokens.mint(request("2361").id());
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-10-05 09:00:00"));

        HttpResponse<String> closed = anonymous().get(link);

        assertThat(closed.statusCode()).isEqualTo(410);
        assertThat(closed.body()).contains("Svarstiden har gått ut", "fredag 2 oktober 2020",
                "sena svar togs emot till och med söndag 4 oktober 2020");
    }

    @Test
    void repeatedWrongLinksFromOneAddressAreSlowedDownButARightLinkAlwaysOpens() {
        String valid = "/svar/" + tokens.mint(request("2313").id());
        for (int i = 0; i < 10; i++) {
            anonymous().get("/svar/BBBBBBBBBBBBBBBBBBBB" + (10 + i));
        }

        HttpResponse<String> blocked = anonymous().get("/svar/CCCCCCCCCCCCCCCCCCCCCC");

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("För många försök");
        assertThat(anonymous().get(valid).statusCode()).as("the right link from the same address").isEqualTo(200);
    }

    @Test
    void behindTheProxyWrongLinksAreCountedPerClientAddress() {
        ApiClient first = anonymous().from("203.0.113.50");
        ApiClient second = anonymous().from("203.0.113.51");
        for (int i = 0; i < 10; i++) {
            first.get("/svar/DDDDDDDDDDDDDDDDDDDD" + (10 + i));
        }

        assertThat(first.get("/svar/EEEEEEEEEEEEEEEEEEEEEE").statusCode()).isEqualTo(429);
        assertThat(second.get("/svar/EEEEEEEEEEEEEEEEEEEEEE").statusCode()).as("another client behind the same proxy")
                .isEqualTo(404);
        assertThat(first.get("/svar/" + tokens.mint(request("2380").id())).statusCode()).isEqualTo(200);
        LinkTestSupport.forgive(attempts, "203.0.113.50");
        LinkTestSupport.forgive(attempts, "203.0.113.51");
    }

    @Test
    void aBodyThatIsNotTheFormOrTooLargeIsRefusedAndChangesNothing() {
        RoundRequest ostersund = request("2380");
        String link = "/svar/" + tokens.mint(ostersund.id());
        List<ProposalRow> before = proposals.findByRequest(ostersund.id());

        HttpResponse<String> json = anonymous().postJson(link, "{\"proposals\": []}");
        HttpResponse<String> huge = post(link, "action=save&proposals%5B0%5D.title="
                + "x".repeat((int) AnswerPageController.MAX_BODY_BYTES));

        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.body()).contains("Svaret kunde inte läsas");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("Svaret är för stort");
        assertThat(proposals.findByRequest(ostersund.id())).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(before);
    }

    @Test
    void fieldsTheFormDoesNotHaveGetAPageAndChangeNothing() {
        RoundRequest ragunda = request("2303");
        String link = "/svar/" + tokens.mint(ragunda.id());

        HttpResponse<String> farRow = post(link, "action=save&proposals%5B300%5D.title=x");
        HttpResponse<String> noNumber = post(link, "action=save&proposals%5Bx%5D.title=x");

        assertThat(farRow.statusCode()).isEqualTo(400);
        assertThat(farRow.body()).contains("Svaret kunde inte läsas");
        assertThat(noNumber.statusCode()).isEqualTo(400);
        assertThat(proposals.findByRequest(ragunda.id())).isEmpty();
    }

    @Test
    void aSubmittedAnswerIsNotChangedByADraft() {
        RoundRequest stromsund = request("2313");
        String link = "/svar/" + tokens.mint(stromsund.id());
        assertThat(post(link, form("submit", proposal(0, "Vägarna"))).statusCode()).isEqualTo(302);

        assertThat(anonymous().get(link).body()).doesNotContain("Spara utkast");
        HttpResponse<String> draft = post(link, form("save", proposal(0, "Något annat")));

        assertThat(draft.body()).contains("Ert svar är redan inskickat.");
        assertThat(proposals.findByRequest(stromsund.id())).extracting(ProposalRow::getTitle).containsExactly("Vägarna");
    }

    @Test
    void whenNoDatabaseConnectionComesFreeTheRecipientIsAskedToSendAgainAndNothingIsStored() throws Exception {
        RoundRequest harjedalen = request("2361");
        String link = ReceivedMails.linkTo(mailServer, tokens, harjedalen);
        List<String> before = proposals.findByRequest(harjedalen.id()).stream().map(ProposalRow::getTitle).toList();
        long submitsBefore = audit.count(harjedalen.id(), AnswerAudit.Action.SUBMIT);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        HttpResponse<String> busy;
        try {
            while (taken.size() < pool.getMaximumPoolSize()) {
                taken.add(pool.getConnection());
            }
            busy = post(link, form("submit", proposal(0, "Flyget till Sveg")));
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(busy.body()).contains("Många svarar just nu", "Inget har sparats").doesNotContain("Exception");
        assertThat(proposals.findByRequest(harjedalen.id())).extracting(ProposalRow::getTitle).isEqualTo(before);
        assertThat(audit.count(harjedalen.id(), AnswerAudit.Action.SUBMIT)).isEqualTo(submitsBefore);
        assertThat(anonymous().get(link).statusCode()).as("the link works again once connections are free").isEqualTo(200);
    }

    private RoundRequest request(String code) {
        return rounds.requestsOf(CYCLE, RoundKind.INPUT).stream().filter(r -> r.recipientCode().equals(code))
                .findFirst().orElseThrow();
    }

    private String requestProcessOf(RoundRequest request) {
        return historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals(RequestRoundProcess.REQUEST_ID.name(), request.id()).list().stream()
                .filter(variable -> RequestRoundProcess.KEY.equals(variable.getProcessDefinitionKey()))
                .findFirst().orElseThrow().getProcessInstanceId();
    }

    private static Map<String, String> proposal(int index, String title) {
        String at = "proposals[" + index + "].";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(at + "title", title);
        fields.put(at + "description", "Beskrivning av " + title);
        fields.put(at + "rusArea", "RUS-1");
        fields.put(at + "decisionLevel", "NATIONAL");
        fields.put(at + "justification", "Viktigt för hela länet");
        fields.put(at + "contactPerson", "Samhällsbyggnadschef");
        return fields;
    }

    @SafeVarargs
    private static String form(String action, Map<String, String>... proposals) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", action);
        for (Map<String, String> proposal : proposals) {
            fields.putAll(proposal);
        }
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> post(String path, String formBody) {
        return anonymous().post(path, "application/x-www-form-urlencoded", formBody);
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
