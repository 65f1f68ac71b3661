package se.paverkansagenda.refgroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * A reference group may cover single compiled proposals as well as RUS areas: the issues the workshop
 * merges the proposals into do not exist yet when the groups are formed (steps 6–7), and the compiled
 * proposals are what becomes of them. The invitation lists those proposals, the advice on one is shown
 * next to it and next to the workshop's issue it goes into, on the agenda page and in the trace; a
 * proposal the cycle does not have, or advice on an issue the group does not cover, is a 400.
 */
@IntegrationTest
class ReferenceGroupIssuesTest {

    private static final String MEMBER = "yh.rgi@regionjh.example";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ReferenceGroupService service;
    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aGroupCoversACompiledProposalItsAdviceFollowsTheProposalToTheAgendaAndUnknownIssuesAre400() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGI");
        String key = cycle.cycleKey();
        String page = "/api/cykel/" + key + "/referensgrupper";

        // the form offers the compiled proposals one by one
        assertThat(official().get(page).body()).contains("name=\"proposalIds\"", "value=\"2309-1\"",
                "2309-1 Yrkeshögskola i länet (Krokom, RUS-4)");

        // a proposal the cycle does not have is refused with a 400 in Swedish
        HttpResponse<String> forged = PageForms.post(official(), page, page, group("9999-9"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Okänt inspel: 9999-9.", "Inget har sparats.");
        assertThat(service.groups(key)).isEmpty();

        // a group of one proposal and no RUS area
        assertThat(PageForms.post(official(), page, page, group("2309-1")).statusCode()).isEqualTo(302);
        ReferenceGroup yh = service.groups(key).get(0);
        assertThat(yh.rusAreas()).isEmpty();
        assertThat(yh.proposalIds()).containsExactly("2309-1");
        assertThat(service.proposalsOf(yh)).extracting(p -> p.id()).containsExactly("2309-1");

        // the invitation lists the proposal of its issue, and no other
        cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS, Map.of(AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "En grupp"));
        String invitation = ReceivedMails.text(ReceivedMails.to(mailServer, MEMBER).get(0));
        assertThat(invitation).contains("Inspel 2309-1: Yrkeshögskola i länet (Krokom)", "Yrkeshögskola i länet")
                .doesNotContain("Stambanan genom Norrland");

        // advice on the proposal; on an issue the group does not cover it is a 400
        String groupPage = page + "/" + yh.id();
        HttpResponse<String> notItsIssue = PageForms.post(official(), groupPage, groupPage + "/rad",
                new ArrayList<>(List.of(Map.entry("rad.RUS-1", "Om järnvägen."))));
        assertThat(notItsIssue.statusCode()).isEqualTo(400);
        assertThat(notItsIssue.body()).contains("Okänd fråga för gruppen: RUS-1.");
        assertThat(PageForms.post(official(), groupPage, groupPage + "/rad",
                new ArrayList<>(List.of(Map.entry("rad.2309-1", "Satsa på yrkeshögskola i Krokom med <b>distans</b>.")))
        ).statusCode()).isEqualTo(302);
        assertThat(service.adviceOf(key)).extracting(ReferenceGroupAdvice::issue).containsExactly("2309-1");

        // the workshop shows it next to the proposal and, once merged, next to its issue
        cycle.at("2020-11-09T09:00");
        String workshop = official().get("/api/cykel/" + key + "/workshop").body();
        assertThat(workshop).contains("Referensgruppens råd (2309-1): Satsa på yrkeshögskola i Krokom med &lt;b&gt;distans&lt;/b&gt;.")
                .doesNotContain("<b>distans</b>");
        cycle.prioritise(lifecycles.work());
        cycle.writeAgenda(lifecycles.work(), "Första utkastet");

        // the agenda page under the section the proposal became, and the trace from proposal to section
        String agenda = official().get("/api/cykel/" + key + "/agenda").body();
        assertThat(agenda).contains("Referensgruppernas råd om frågan", "Yrkeshögskola (2309-1)",
                "Satsa på yrkeshögskola i Krokom med &lt;b&gt;distans&lt;/b&gt;.");
        JsonNode trace = new ObjectMapper().readTree(official().get("/api/cycles/" + key + "/trace").body());
        JsonNode section = null;
        for (JsonNode candidate : trace.path("sections")) {
            if (candidate.path("title").asText().equals("Yrkeshögskola i länet")) {
                section = candidate;
            }
        }
        assertThat(section).as("the proposal's section").isNotNull();
        assertThat(section.path("advice").findValuesAsText("issue")).containsExactly("2309-1");
        assertThat(section.path("advice").findValuesAsText("group")).containsExactly("Yrkeshögskola");
        for (JsonNode other : trace.path("sections")) {
            if (other != section) {
                assertThat(other.path("advice")).as(other.path("title").asText()).isEmpty();
            }
        }
    }

    private static List<Map.Entry<String, String>> group(String proposalId) {
        return new ArrayList<>(List.of(Map.entry("name", "Yrkeshögskola"), Map.entry("proposalIds", proposalId),
                Map.entry("meetingDay", "2020-11-05"), Map.entry("meetingTime", "13:00"),
                Map.entry("meetingPlace", "Regionens hus, Östersund"), Map.entry("members[0].name", "Utbildningsstrateg"),
                Map.entry("members[0].organisation", "Mittuniversitetet"), Map.entry("members[0].email", MEMBER),
                Map.entry("members[0].competence", "Yrkesutbildning")));
    }

    private ApiClient official() {
        return ApiClient.as("tjansteperson", port);
    }
}
