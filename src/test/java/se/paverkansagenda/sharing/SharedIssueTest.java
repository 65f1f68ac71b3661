package se.paverkansagenda.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.PageForms;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.SectionDraft;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.web.ActionTokens;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * Two regions share an issue across the border: the offering region's process owner ({@code SHA}, the demo's
 * Jämtland Härjedalen process owner) offers a section of its agenda to another region's running cycle
 * ({@code SHB}, Region Ångermanland, whose process owner {@code shbagare} works in no other region); only once
 * that region accepts does the issue show, with its origin, in both agendas' traces and in the receiving
 * workshop. A declined, withdrawn or unanswered offer shows nowhere; a third region's user ({@code VN}) finds
 * nothing of it; the receiving region sees the issue's wording and origin, nothing else of the offering cycle.
 */
@IntegrationTest
class SharedIssueTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECEIVING_OWNER = "shbagare";
    private static final String THIRD_REGION_OWNER = "vnprocessagare";
    private static final String MESSAGE = "Vi vill driva Mittbanan gemensamt – även för Ångermanlandskusten. Hör av er!";

    /**
     * The offering cycle, with its agenda; the receiving cycle at its workshop; other receiving cycles at step 1, one
     * for each test, so that no test's offers are in another's way.
     */
    private static String offering;
    private static LifecycleDriver receiving;
    private static String otherReceiving;
    private static String thirdTestsReceiving;
    private static String fourthTestsReceiving;

    @LocalServerPort
    int port;
    @Autowired
    SharingCycles sharingCycles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    ActionTokens actionTokens;

    @BeforeEach
    void cycles() {
        if (offering != null) {
            return;
        }
        offering = sharingCycles.offering("SHA");
        receiving = sharingCycles.receivingAtWorkshop("SHB", "Region Ångermanland");
        otherReceiving = sharingCycles.receivingAtStart("SHC", "Region Ångermanland").cycleKey();
        thirdTestsReceiving = sharingCycles.receivingAtStart("SHD", "Region Ångermanland").cycleKey();
        fourthTestsReceiving = sharingCycles.receivingAtStart("SHE", "Region Ångermanland").cycleKey();
        sharingCycles.processOwnerOf(RECEIVING_OWNER, "SHB", "SHC", "SHD", "SHE");
    }

    @AfterAll
    static void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAcceptedOfferShowsInBothTracesWithItsOriginAndGoesIntoTheReceivingAgenda() throws Exception {
        ApiClient owner = ApiClient.as(Lifecycles.PROCESS_OWNER, port);
        ApiClient receiver = ApiClient.as(RECEIVING_OWNER, port);
        String section = sectionKey(SharingCycles.RAILWAY);

        JsonNode choices = json(owner.get("/api/cycles/" + offering + "/sharing"), 200);
        assertThat(choices.get("mayOffer").asBoolean()).isTrue();
        assertThat(choices.get("targets").findValuesAsText("cycleKey")).contains(receiving.cycleKey(), otherReceiving)
                .doesNotContain(offering);

        JsonNode offered = json(owner.postJson("/api/cycles/" + offering + "/sharing", offer(section, receiving.cycleKey(),
                MESSAGE)), 201);
        String id = offered.get("id").asText();
        assertThat(offered.get("state").asText()).isEqualTo("OFFERED");
        assertThat(offered.at("/origin/region").asText()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(offered.at("/offeredTo/region").asText()).isEqualTo("Region Ångermanland");
        assertThat(offered.get("offeredBy").asText()).isEqualTo(Lifecycles.PROCESS_OWNER);

        // the receiving region's process owner is told by mail, with the link to the offer's page
        String mail = jdbc.sql("SELECT body_text FROM notification WHERE cycle_key = :cycle AND type = 'ISSUE_OFFERED'"
                        + " AND idempotency_key LIKE :id")
                .param("cycle", receiving.cycleKey()).param("id", "%" + id + "%").query(String.class).single();
        assertThat(mail).contains("/api/delning/" + id, MESSAGE, SharingCycles.RAILWAY, "Region Jämtland Härjedalen",
                offering);

        // offered is not shared: neither trace shows it yet
        assertThat(json(owner.get("/api/cycles/" + offering + "/trace"), 200).get("shared")).isEmpty();
        assertThat(json(receiver.get("/api/cycles/" + receiving.cycleKey() + "/trace"), 200).get("shared")).isEmpty();
        assertThat(json(receiver.get("/api/cycles/" + receiving.cycleKey() + "/workshop"), 200).get("sharedIssues")).isEmpty();

        // the same section to the same cycle a second time is a conflict
        HttpResponse<String> twice = owner.postJson("/api/cycles/" + offering + "/sharing", offer(section,
                receiving.cycleKey(), "Igen"));
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(detail(twice)).contains("är redan erbjuden till Region Ångermanland (" + receiving.cycleKey() + ")");

        JsonNode accepted = json(receiver.postJson("/api/shared-issues/" + id + "/accept", "{}"), 200);
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("answeredBy").asText()).isEqualTo(RECEIVING_OWNER);
        assertThat(accepted.get("answeredAt").isNull()).isFalse();
        String answerMail = jdbc.sql("SELECT body_text FROM notification WHERE cycle_key = :cycle AND type = 'ISSUE_OFFER_ANSWERED'"
                        + " AND idempotency_key LIKE :id")
                .param("cycle", offering).param("id", "%" + id + "%").query(String.class).single();
        assertThat(answerMail).contains("har accepterat", RECEIVING_OWNER);

        HttpResponse<String> again = receiver.postJson("/api/shared-issues/" + id + "/accept", "{}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(detail(again)).isEqualTo("Erbjudandet är redan accepterat av " + RECEIVING_OWNER
                + " och frågan är delad; det kan inte besvaras längre.");
        HttpResponse<String> lateWithdrawal = owner.postJson("/api/shared-issues/" + id + "/withdraw", "{}");
        assertThat(lateWithdrawal.statusCode()).isEqualTo(409);
        HttpResponse<String> sharedTwice = owner.postJson("/api/cycles/" + offering + "/sharing", offer(section,
                receiving.cycleKey(), "Igen"));
        assertThat(sharedTwice.statusCode()).isEqualTo(409);
        assertThat(detail(sharedTwice)).contains("är redan delad med Region Ångermanland");

        // the offering side's trace: the section is shared with the other region's cycle
        JsonNode offeringTrace = json(owner.get("/api/cycles/" + offering + "/trace"), 200);
        JsonNode sharedWith = sectionOf(offeringTrace, SharingCycles.RAILWAY).get("sharedWith");
        assertThat(sharedWith).hasSize(1);
        assertThat(sharedWith.get(0).get("label").asText())
                .isEqualTo("Delad med Region Ångermanland (" + receiving.cycleKey() + ")");
        assertThat(sharedWith.get(0).get("acceptedBy").asText()).isEqualTo(RECEIVING_OWNER);
        assertThat(sectionOf(offeringTrace, SharingCycles.BROADBAND).get("sharedWith")).isEmpty();
        assertThat(offeringTrace.get("shared").findValuesAsText("direction")).containsExactly("SHARED_WITH");

        // the receiving side's trace: shared from the offering region, with its origin and wording
        JsonNode receivingTrace = json(receiver.get("/api/cycles/" + receiving.cycleKey() + "/trace"), 200);
        JsonNode from = receivingTrace.get("shared").get(0);
        assertThat(from.get("direction").asText()).isEqualTo("SHARED_FROM");
        assertThat(from.get("label").asText()).isEqualTo("Delad från Region Jämtland Härjedalen (" + offering + ")");
        assertThat(from.get("originRegion").asText()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(from.get("originCycleKey").asText()).isEqualTo(offering);
        assertThat(from.get("originYear").asText()).isEqualTo("2020");
        assertThat(from.get("title").asText()).isEqualTo(SharingCycles.RAILWAY);
        assertThat(from.get("wording").asText()).isEqualTo(SharingCycles.RAILWAY_TEXT);

        // on the pages too
        assertThat(owner.get("/api/cykel/" + offering + "/sparbarhet").body())
                .contains("Delad med Region Ångermanland (" + receiving.cycleKey() + ")");
        assertThat(receiver.get("/api/cykel/" + receiving.cycleKey() + "/sparbarhet").body())
                .contains("Delad från Region Jämtland Härjedalen (" + offering + ")");
        assertThat(receiver.get("/api/cykel/" + receiving.cycleKey() + "/workshop").body())
                .contains("Delad från Region Jämtland Härjedalen (" + offering + ")", SharingCycles.RAILWAY_TEXT);

        // the receiving workshop takes it in like a carried issue, and its agenda's section leads back to it
        JsonNode receivingWorkshop = json(receiver.get("/api/cycles/" + receiving.cycleKey() + "/workshop"), 200);
        assertThat(receivingWorkshop.get("sharedIssues").findValuesAsText("id")).containsExactly(id);
        HttpResponse<String> notShared = receiver.put("/api/cycles/" + receiving.cycleKey() + "/workshop",
                "{\"revision\": 0, \"issues\": [{\"title\": \"X\", \"rusArea\": \"RUS-1\", \"sharedIssueIds\": [\"nej\"]}]}");
        assertThat(notShared.statusCode()).isEqualTo(400);
        assertThat(notShared.body()).contains("Den delade frågan nej är inte delad med cykeln.");
        // on the workshop's page, the shared issue is given a number like a proposal
        HttpResponse<String> page = PageForms.post(receiver, "/api/cykel/" + receiving.cycleKey() + "/workshop",
                "/api/cykel/" + receiving.cycleKey() + "/workshop", Map.of("revision", "0",
                        "proposals[0].proposalId", "2380-1", "proposals[0].issue", "",
                        "shared[0].proposalId", id, "shared[0].issue", "1"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
        assertThat(workshop.list(receiving.cycleKey()).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.title()).isEqualTo(SharingCycles.RAILWAY);
            assertThat(issue.description()).isEqualTo(SharingCycles.RAILWAY_TEXT);
            assertThat(issue.sharedIssueIds()).containsExactly(id);
            assertThat(issue.proposalIds()).isEmpty();
        });
        workshop.save(receiving.cycleKey(), 1, List.of(
                new IssueDraft("Mittbanan tillsammans med grannlänet", "Gemensamt med grannlänet.", "RUS-1", List.of("2380-1"), List.of(),
                        List.of(id))), AgendaWork.OFFICIAL);
        receiving.complete(Elements.TASK_PRIORITISE_INPUT, Map.of());
        List<SectionDraft> sections = agenda.draft(receiving.cycleKey());
        agenda.save(receiving.cycleKey(), 0, sections, "Utkast", AgendaWork.OFFICIAL);
        JsonNode taken = sectionOf(json(receiver.get("/api/cycles/" + receiving.cycleKey() + "/trace"), 200),
                "Mittbanan tillsammans med grannlänet");
        assertThat(taken.get("sharedFrom").findValuesAsText("label"))
                .containsExactly("Delad från Region Jämtland Härjedalen (" + offering + ")");
        assertThat(taken.get("proposals").findValuesAsText("id")).containsExactly("2380-1");
    }

    @Test
    void declinedWithdrawnAndUnansweredOffersShowNowhere() throws Exception {
        ApiClient owner = ApiClient.as(Lifecycles.PROCESS_OWNER, port);
        ApiClient receiver = ApiClient.as(RECEIVING_OWNER, port);
        String section = sectionKey(SharingCycles.BROADBAND);

        String declined = json(owner.postJson("/api/cycles/" + offering + "/sharing",
                offer(section, otherReceiving, "Bredband är en gemensam fråga.")), 201).get("id").asText();
        HttpResponse<String> noReason = receiver.postJson("/api/shared-issues/" + declined + "/decline", "{\"reason\": \" \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(detail(noReason)).isEqualTo("Skälet att avböja saknas.");
        JsonNode answer = json(receiver.postJson("/api/shared-issues/" + declined + "/decline",
                "{\"reason\": \"Vi prioriterar mobiltäckning i år.\"}"), 200);
        assertThat(answer.get("state").asText()).isEqualTo("DECLINED");
        assertThat(answer.get("declineReason").asText()).isEqualTo("Vi prioriterar mobiltäckning i år.");
        assertThat(answer.get("answeredBy").asText()).isEqualTo(RECEIVING_OWNER);
        assertThat(receiver.postJson("/api/shared-issues/" + declined + "/accept", "{}").statusCode()).isEqualTo(409);

        // declined: it may be offered again, and then withdrawn before an answer
        String withdrawn = json(owner.postJson("/api/cycles/" + offering + "/sharing",
                offer(section, otherReceiving, "Ett nytt försök.")), 201).get("id").asText();
        assertThat(receiver.postJson("/api/shared-issues/" + withdrawn + "/withdraw", "{}").statusCode())
                .as("only the offering region withdraws").isEqualTo(403);
        JsonNode back = json(owner.postJson("/api/shared-issues/" + withdrawn + "/withdraw", "{}"), 200);
        assertThat(back.get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(back.get("withdrawnBy").asText()).isEqualTo(Lifecycles.PROCESS_OWNER);
        HttpResponse<String> afterWithdrawal = receiver.postJson("/api/shared-issues/" + withdrawn + "/accept", "{}");
        assertThat(afterWithdrawal.statusCode()).isEqualTo(409);
        assertThat(detail(afterWithdrawal)).isEqualTo("Erbjudandet är återtaget av " + Lifecycles.PROCESS_OWNER
                + "; det kan inte besvaras längre.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE cycle_key = :cycle AND type = 'ISSUE_OFFER_WITHDRAWN'"
                + " AND idempotency_key LIKE :id").param("cycle", otherReceiving).param("id", "%" + withdrawn + "%")
                .query(Integer.class).single()).isEqualTo(1);

        // and a third offer stays unanswered
        String unanswered = json(owner.postJson("/api/cycles/" + offering + "/sharing",
                offer(section, otherReceiving, "Tredje gången gillt.")), 201).get("id").asText();

        JsonNode received = json(receiver.get("/api/cycles/" + otherReceiving + "/sharing"), 200).get("received");
        Map<String, String> states = new java.util.HashMap<>();
        received.forEach(offer -> states.put(offer.get("id").asText(), offer.get("state").asText()));
        assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(declined, "DECLINED", withdrawn, "WITHDRAWN",
                unanswered, "OFFERED"));
        assertThat(json(receiver.get("/api/cycles/" + otherReceiving + "/trace"), 200).get("shared")).isEmpty();
        assertThat(json(receiver.get("/api/cycles/" + otherReceiving + "/workshop"), 200).get("sharedIssues")).isEmpty();
        assertThat(receiver.get("/api/cykel/" + otherReceiving + "/workshop").body()).doesNotContain("Delad från");
        JsonNode offeringTrace = json(owner.get("/api/cycles/" + offering + "/trace"), 200);
        assertThat(sectionOf(offeringTrace, SharingCycles.BROADBAND).get("sharedWith")).isEmpty();
        assertThat(offeringTrace.get("shared").findValuesAsText("id")).doesNotContain(declined, withdrawn, unanswered);
        assertThat(owner.get("/api/cykel/" + offering + "/sparbarhet").body()).doesNotContain("Delad med Region Ångermanland ("
                + otherReceiving + ")");
    }

    @Test
    void aThirdRegionsUserFindsNothingAndOnlyTheTwoRegionsProcessOwnersAct() throws Exception {
        ApiClient owner = ApiClient.as(Lifecycles.PROCESS_OWNER, port);
        String section = sectionKey(SharingCycles.RAILWAY);
        String id = json(owner.postJson("/api/cycles/" + offering + "/sharing", offer(section, thirdTestsReceiving,
                "Till den tredje testen.")), 201).get("id").asText();
        String missing = "00000000-0000-0000-0000-000000000000";

        ApiClient third = ApiClient.as(THIRD_REGION_OWNER, port);
        for (String path : List.of("/api/shared-issues/{id}", "/api/delning/{id}")) {
            HttpResponse<String> other = third.get(path.replace("{id}", id));
            HttpResponse<String> none = third.get(path.replace("{id}", missing));
            assertThat(other.statusCode()).as(path).isEqualTo(404).isEqualTo(none.statusCode());
            assertThat(other.body().replace(id, missing)).isEqualTo(none.body());
            assertRevealsNothing(other.body());
        }
        for (String action : List.of("accept", "withdraw")) {
            HttpResponse<String> other = third.postJson("/api/shared-issues/" + id + "/" + action, "{}");
            assertThat(other.statusCode()).as(action).isEqualTo(404);
            assertRevealsNothing(other.body());
        }
        HttpResponse<String> decline = third.postJson("/api/shared-issues/" + id + "/decline", "{\"reason\": \"Nej\"}");
        assertThat(decline.statusCode()).isEqualTo(404);
        // a form post from the third region's own page, with a token that is valid for that user
        HttpResponse<String> page = third.post("/api/delning/" + id + "/acceptera", "application/x-www-form-urlencoded",
                "actionToken=" + actionTokens.issue(THIRD_REGION_OWNER));
        assertThat(page.statusCode()).isEqualTo(404);
        assertRevealsNothing(page.body());
        assertThat(third.get("/api/cycles/" + offering + "/sharing").statusCode()).isEqualTo(404);
        assertThat(third.get("/api/cykel/" + offering + "/delning").statusCode()).isEqualTo(404);
        HttpResponse<String> offerFromOther = third.postJson("/api/cycles/" + offering + "/sharing",
                offer(section, thirdTestsReceiving, "x"));
        assertThat(offerFromOther.statusCode()).isEqualTo(404);

        // an official of the offering region is no process owner: may look, may not act
        ApiClient official = ApiClient.as(AgendaWork.OFFICIAL, port);
        assertThat(official.get("/api/shared-issues/" + id).statusCode()).isEqualTo(200);
        assertThat(official.postJson("/api/shared-issues/" + id + "/withdraw", "{}").statusCode()).isEqualTo(403);
        assertThat(official.postJson("/api/cycles/" + offering + "/sharing", offer(section, receiving.cycleKey(), "x"))
                .statusCode()).isEqualTo(403);
        // the receiving region's process owner cannot offer the offering cycle's issues
        assertThat(ApiClient.as(RECEIVING_OWNER, port).postJson("/api/cycles/" + offering + "/sharing",
                offer(section, thirdTestsReceiving, "x")).statusCode()).isEqualTo(404);
        // nor can a cycle be offered to one of its own region, or to a cycle that does not exist
        HttpResponse<String> ownRegion = owner.postJson("/api/cycles/" + offering + "/sharing", offer(section, offering, "x"));
        assertThat(ownRegion.statusCode()).isEqualTo(400);
        assertThat(detail(ownRegion)).startsWith("Välj en pågående cykel i en annan region");
        HttpResponse<String> noMessage = owner.postJson("/api/cycles/" + offering + "/sharing",
                offer(sectionKey(SharingCycles.SECRET), thirdTestsReceiving, ""));
        assertThat(noMessage.statusCode()).isEqualTo(400);
        assertThat(detail(noMessage)).isEqualTo("Meddelandet till den andra regionen saknas.");
        // a form post without the page's token is refused by the pages' guard
        HttpResponse<String> forged = owner.post("/api/cykel/" + offering + "/delning", "application/x-www-form-urlencoded",
                "sectionKey=" + section + "&targetCycleKey=" + receiving.cycleKey() + "&message=x");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> notJson = ApiClient.as(RECEIVING_OWNER, port).post("/api/shared-issues/" + id + "/accept",
                "text/plain", "{}");
        assertThat(notJson.statusCode()).isEqualTo(415);
    }

    @Test
    void theReceivingRegionSeesTheIssuesWordingAndOriginAndNothingElseOfTheOfferingCycle() throws Exception {
        ApiClient owner = ApiClient.as(Lifecycles.PROCESS_OWNER, port);
        ApiClient receiver = ApiClient.as(RECEIVING_OWNER, port);
        String id = json(owner.postJson("/api/cycles/" + offering + "/sharing", offer(sectionKey(SharingCycles.RAILWAY),
                fourthTestsReceiving, "Ska vi?")), 201).get("id").asText();
        List<String> seen = new ArrayList<>();
        seen.add(receiver.get("/api/shared-issues/" + id).body());
        seen.add(receiver.get("/api/delning/" + id).body());
        seen.add(receiver.get("/api/cycles/" + fourthTestsReceiving + "/sharing").body());
        seen.add(receiver.get("/api/cykel/" + fourthTestsReceiving + "/delning").body());
        json(receiver.postJson("/api/shared-issues/" + id + "/accept", "{}"), 200);
        seen.add(receiver.get("/api/cycles/" + fourthTestsReceiving + "/trace").body());
        seen.add(receiver.get("/api/cykel/" + fourthTestsReceiving + "/sparbarhet").body());
        seen.add(receiver.get("/api/cycles/" + fourthTestsReceiving + "/workshop").body());
        seen.add(receiver.get("/api/cykel/" + fourthTestsReceiving + "/workshop").body());
        for (String body : seen) {
            assertThat(body).contains(SharingCycles.RAILWAY)
                    .doesNotContain(SharingCycles.SECRET, SharingCycles.SECRET_TEXT, SharingCycles.BROADBAND,
                            "Stambanan genom Norrland", "Yrkeshögskola");
        }
        assertThat(seen.get(0)).contains(SharingCycles.RAILWAY_TEXT, "Region Jämtland Härjedalen", offering);
        // the offering cycle itself stays out of sight
        for (String path : List.of("/api/cycles/{key}", "/api/cycles/{key}/trace", "/api/cycles/{key}/workshop",
                "/api/cycles/{key}/agenda", "/api/cykel/{key}/sparbarhet", "/api/cykel/{key}/delning",
                "/api/cycles/{key}/sharing")) {
            assertThat(receiver.get(path.replace("{key}", offering)).statusCode()).as(path).isEqualTo(404);
        }
    }

    private String sectionKey(String title) {
        return agenda.latest(offering).orElseThrow().sections().stream().filter(s -> s.title().equals(title))
                .findFirst().orElseThrow().key();
    }

    private static String offer(String sectionKey, String targetCycleKey, String message) throws Exception {
        return JSON.writeValueAsString(Map.of("sectionKey", sectionKey, "targetCycleKey", targetCycleKey, "message", message));
    }

    private static JsonNode sectionOf(JsonNode trace, String title) {
        for (JsonNode section : trace.get("sections")) {
            if (section.get("title").asText().equals(title)) {
                return section;
            }
        }
        throw new AssertionError("no section " + title + " in " + trace);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static String detail(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("detail").asText();
    }

    private void assertRevealsNothing(String body) {
        assertThat(body).doesNotContain(SharingCycles.RAILWAY, offering, "Jämtland", "Ångermanland", "SHB", "SHC");
    }
}
