package se.paverkansagenda.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The agenda of steps 9–12 over JSON and its pages: every save a version, any two side by side with
 * the section's own markup shown as text, statements linked to sections, the version under decision
 * and the adopted one closed to edits, a send-back opening it again, and the adoption mail naming the
 * deciding body and the adopted version.
 */
@IntegrationTest
class AgendaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MARKUP = "<script>alert(1)</script>";

    @LocalServerPort
    int port;
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
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void versionsDiffStatementLinksAndAnAdoptionThatFreezesTheVersionUnlessSentBack() throws Exception {
        LifecycleDriver cycle = lifecycles.atWorkshop("AGV", 10);
        String key = cycle.cycleKey();
        String versions = "/api/cycles/" + key + "/agenda/versions";
        String page = "/api/cykel/" + key + "/agenda";

        HttpResponse<String> beforeWorkshop = official().postJson(versions, body(0, "Utkast", List.of(
                section("", null, "Stambanan", "Text"))));
        assertThat(beforeWorkshop.statusCode()).isEqualTo(409);
        assertThat(detail(beforeWorkshop)).contains("slutför workshopens uppgift (steg 8)");

        cycle.prioritise(work);
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_WRITE_AGENDA, Map.of()))
                .hasMessageContaining("Agendan har ingen sparad version");
        assertThat(official().get(page).body()).contains("lang=\"sv\"", "Ingen version sparad ännu",
                "Spara en ny version", "Stambanan genom Norrland", "Prioriterad fråga (rang 5)", "Nytt eget avsnitt");

        // version 1 over JSON: the list's issues as sections, markup in one text, and a section of the officials' own
        List<ObjectNode> first = new ArrayList<>();
        agenda.draft(key).forEach(s -> first.add(section("", s.issueId(), s.title(), s.text())));
        first.get(0).put("text", "Stambanan behöver byggas ut. " + MARKUP);
        first.add(section("", null, "Finansiering", "Regionen söker EU-medel."));
        HttpResponse<String> v1 = official().postJson(versions, body(0, "Första utkastet", first));
        assertThat(v1.statusCode()).isEqualTo(201);
        JsonNode saved = JSON.readTree(v1.body());
        assertThat(saved.path("number").asInt()).isEqualTo(1);
        assertThat(saved.path("sections")).hasSize(6);
        assertThat(saved.path("sections").get(5).path("origin").asText()).isEqualTo("ADDED");
        assertThat(saved.path("sections").get(0).path("origin").asText()).isEqualTo("ISSUE");
        assertThat(official().postJson(versions, body(0, "Samtidigt", first)).statusCode())
                .as("saved from a version someone else replaced").isEqualTo(409);
        HttpResponse<String> empty = official().postJson(versions, body(1, "Tomt", List.of(section("", null, " ", ""))));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("sections[0].title", "Rubriken saknas.", "Texten saknas.");

        // version 2 on the page: the first text rewritten, the own section left out
        AgendaVersion version1 = agenda.version(key, 1);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fromVersion", "1");
        form.put("note", "Efter workshopens synpunkter");
        for (int i = 0; i < version1.sections().size(); i++) {
            AgendaSection s = version1.sections().get(i);
            form.put("sections[" + i + "].key", s.key());
            form.put("sections[" + i + "].issueId", s.issueId() == null ? "" : s.issueId());
            if (s.origin() == SectionOrigin.ISSUE) {
                form.put("sections[" + i + "].include", "true");
            }
            form.put("sections[" + i + "].position", String.valueOf(6 - i));
            form.put("sections[" + i + "].title", s.title());
            form.put("sections[" + i + "].text", i == 0 ? "Stambanan och Mittbanan behöver byggas ut. " + MARKUP : s.text());
        }
        HttpResponse<String> v2 = post(page, form);
        assertThat(v2.statusCode()).isEqualTo(302);
        AgendaVersion version2 = agenda.version(key, 2);
        assertThat(version2.author()).isEqualTo("tjansteperson");
        assertThat(version2.sections()).hasSize(5);
        assertThat(version2.sections().get(4).key()).as("ordered as given").isEqualTo(version1.sections().get(0).key());
        form.put("sections[1].position", "två");
        HttpResponse<String> badOrder = post(page, form);
        assertThat(badOrder.body()).contains("Ange ordningen som ett heltal");
        assertThat(agenda.versions(key)).hasSize(2);

        HttpResponse<String> shown = official().get(page + "/version/1");
        assertThat(shown.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(MARKUP);
        HttpResponse<String> compared = official().get(page + "/jamfor?fran=1&till=2");
        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.body()).contains("Stambanan <ins>och Mittbanan </ins>behöver", "<del>Finansiering</del>",
                "&lt;script&gt;alert(1)&lt;/script&gt;", "Borttaget avsnitt", "Flyttat").doesNotContain(MARKUP);
        assertThat(official().get(page + "/jamfor?fran=1").statusCode()).isEqualTo(400);
        assertThat(official().get(page + "/jamfor?fran=1&till=9").statusCode()).isEqualTo(404);
        JsonNode diff = JSON.readTree(official().get("/api/cycles/" + key + "/agenda/diff?from=1&to=2").body());
        assertThat(diff.get(4).path("newText").asText()).contains("<ins>och Mittbanan </ins>", "&lt;script&gt;");

        cycle.complete(Elements.TASK_WRITE_AGENDA, Map.of())
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION);
        RoundRequest university = statement(key, "Mittuniversitetet");
        String railway = version2.sections().get(4).key();
        String link = "/api/cycles/" + key + "/agenda/sections/" + railway + "/statements/" + university.id();
        assertThat(official().put(link, "").statusCode()).isEqualTo(201);
        assertThat(official().put(link, "").statusCode()).as("linked already").isEqualTo(200);
        assertThat(official().put("/api/cycles/" + key + "/agenda/sections/okand/statements/" + university.id(), "")
                .statusCode()).isEqualTo(404);
        Map<String, String> linkForm = new LinkedHashMap<>(Map.of("sectionKey", version2.sections().get(0).key(),
                "statementId", statement(key, "Almi").id()));
        assertThat(post(page + "/yttranden", linkForm, page).statusCode()).isEqualTo(302);
        assertThat(agenda.links(key)).extracting(StatementLink::sectionKey)
                .containsExactlyInAnyOrder(railway, version2.sections().get(0).key());
        String withLinks = official().get(page).body();
        assertThat(withLinks).contains("Mittuniversitetet</strong>", "Almi</strong>", "Yttranden om avsnittet");

        // adoption: the version before the decision-makers is closed to edits until it is sent back
        cycle.at("2021-02-01T09:00");
        HttpResponse<String> underDecision = official().postJson(versions, body(2, "Sent", List.of(
                section(railway, null, "Stambanan", "Ändrad under beslutet"))));
        assertThat(underDecision.statusCode()).isEqualTo(409);
        assertThat(detail(underDecision)).isEqualTo("Agendan ligger för beslut om fastställande (version 2) och kan "
                + "inte ändras om den inte återsänds.");
        assertThat(official().get(page).body()).doesNotContain("Spara en ny version");
        cycle.complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                AgendaProcess.ADOPTION_COMMENT.name(), "Färre frågor"));
        assertThat(agenda.decision(key).editable()).isTrue();
        cycle.writeAgenda(work, "Efter återremissen");
        assertThat(agenda.decision(key).state()).isEqualTo(AgendaDecision.State.UNDER_DECISION);
        assertThat(agenda.decision(key).version()).isEqualTo(3);
        cycle.complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_COUNCIL",
                AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 12",
                AgendaProcess.ADOPTION_DATE.name(), "2021-02-01"));

        AgendaDecision adopted = agenda.decision(key);
        assertThat(adopted).isEqualTo(new AgendaDecision(AgendaDecision.State.ADOPTED, 3, AdoptionBody.REGIONAL_COUNCIL,
                LocalDate.parse("2021-02-01"), "12"));
        HttpResponse<String> afterAdoption = official().postJson(versions, body(3, "Efteråt", List.of(
                section(railway, null, "Stambanan", "Ändrad efteråt"))));
        assertThat(afterAdoption.statusCode()).isEqualTo(409);
        assertThat(detail(afterAdoption)).isEqualTo("Agendan är fastställd (version 3) och kan inte ändras.");
        assertThat(agenda.versions(key)).hasSize(3);
        assertThat(official().get(page).body()).contains("Fastställd av Regionfullmäktige 2021-02-01, § 12: version 3");
        List<String> mails = jdbc.sql("SELECT body_text FROM notification WHERE cycle_key = :cycle AND type = 'AGENDA_ADOPTED'")
                .param("cycle", key).query(String.class).list();
        assertThat(mails).isNotEmpty().allSatisfy(text -> assertThat(text).contains(
                "är fastställd av Regionfullmäktige 2021-02-01, § 12", "Den fastställda agendan är version 3."));

        assertThat(ApiClient.as("presidiet", port).get(page).statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/cycles/" + key + "/agenda").statusCode()).isEqualTo(401);
        assertThat(official().post(page + "/yttranden", FORM, "sectionKey=x&statementId=y").statusCode())
                .as("no action token").isEqualTo(403);
    }

    private RoundRequest statement(String key, String organisation) {
        return rounds.requestsOf(key, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals(organisation)).findFirst().orElseThrow();
    }

    private static ObjectNode section(String key, String issueId, String title, String text) {
        ObjectNode section = JSON.createObjectNode().put("key", key).put("title", title).put("text", text);
        if (issueId != null) {
            section.put("issueId", issueId);
        }
        return section;
    }

    private static String body(int fromVersion, String note, List<ObjectNode> sections) {
        ObjectNode body = JSON.createObjectNode().put("fromVersion", fromVersion).put("note", note);
        ArrayNode list = body.putArray("sections");
        sections.forEach(list::add);
        return body.toString();
    }

    private static String detail(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("detail").asText();
    }

    private HttpResponse<String> post(String page, Map<String, String> form) {
        return PageForms.post(official(), page, page, form);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String page) {
        return PageForms.post(official(), page, path, form);
    }

    private ApiClient official() {
        return ApiClient.as("tjansteperson", port);
    }
}
