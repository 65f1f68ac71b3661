package se.paverkansagenda.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.refgroup.GroupDraft;
import se.paverkansagenda.refgroup.ReferenceGroupService;

/**
 * The reference groups' work between steps 7 and 8 is a stage of its own in the stage views when the plan
 * forms groups: judged against the plan's period for the groups, reported late to the process owner once
 * when its task is still open after the period, and shown in the stages JSON, the CSV and the timeline.
 */
@IntegrationTest
class ReferenceGroupStageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    StageService stages;
    @Autowired
    ReferenceGroupService groups;
    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void formingTheGroupsIsAStageJudgedAgainstTheirPeriodAndReportedLateOnce() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGS");
        String key = cycle.cycleKey();

        // open on the last day of the period: in time
        cycle.at("2020-11-06T12:00");
        JsonNode inTime = stage(key);
        assertThat(inTime.path("key").asText()).isEqualTo("REFERENCE_GROUPS");
        assertThat(inTime.path("step").isNull()).isTrue();
        assertThat(inTime.path("label").asText()).isEqualTo("7–8");
        assertThat(inTime.path("name").asText()).isEqualTo("Referensgrupper bildas");
        assertThat(inTime.path("plannedStart").asText()).isEqualTo("2020-10-30");
        assertThat(inTime.path("plannedEnd").asText()).isEqualTo("2020-11-06");
        assertThat(inTime.path("actualStart").asText()).isEqualTo("2020-10-30T09:00:00+01:00");
        assertThat(inTime.path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(inTime.path("late").asBoolean()).isFalse();
        assertThat(ReceivedMails.latestWith(mailServer, "utvecklingsdirektor@regionjh.example",
                "steg 7–8, Referensgrupper bildas")).isEmpty();

        // still open after it: late, and the process owner is told once
        cycle.at("2020-11-07T09:00");
        cycle.at("2020-11-08T09:00");
        JsonNode late = stage(key);
        assertThat(late.path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(late.path("late").asBoolean()).isTrue();
        assertThat(late.path("daysLate").asInt()).isEqualTo(2);
        assertThat(ReceivedMails.to(mailServer, "utvecklingsdirektor@regionjh.example").stream()
                .map(ReceivedMails::text).filter(text -> text.contains("steg 7–8, Referensgrupper bildas")).toList())
                .hasSize(1).allSatisfy(text -> assertThat(text)
                        .contains("steg 7–8, Referensgrupper bildas, skulle enligt planen vara klart"));
        assertThat(stages.lateSteps(key)).as("the steps of the plan late: none").isEmpty();

        // done two days after the period: done, and late by those days
        groups.save(key, null, new GroupDraft("Infrastruktur", List.of("RUS-1"), "2020-11-09", "13:00", "Regionens hus",
                List.of(new GroupDraft.MemberDraft(null, "Trafikstrateg", "Regionen", "trafik.rgs@regionjh.example",
                        "Transporter"))), "tjansteperson");
        cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS, Map.of(AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "En grupp"));
        JsonNode done = stage(key);
        assertThat(done.path("state").asText()).isEqualTo("DONE");
        assertThat(done.path("actualEnd").asText()).startsWith("2020-11-08T09:00");
        assertThat(done.path("daysLate").asInt()).isEqualTo(2);
        assertThat(done.path("passes")).hasSize(1);

        // the CSV has its row between steps 7 and 8, the timeline its line
        ApiClient owner = ApiClient.as("processagare", port);
        String csv = owner.get("/api/cycles/" + key + "/stages.csv").body();
        List<String> rows = csv.lines().toList();
        int groupsRow = rows.indexOf(rows.stream().filter(row -> row.startsWith("7–8;REFERENCE_GROUPS;")).findFirst()
                .orElseThrow());
        assertThat(rows.get(groupsRow)).startsWith("7–8;REFERENCE_GROUPS;Referensgrupper bildas;2020-10-30;2020-11-06;");
        assertThat(rows.get(groupsRow - 1)).startsWith("7;SEND_COMPILATION_TO_RSR;");
        assertThat(rows.get(groupsRow + 1)).startsWith("8;WORKSHOP;");
        String timeline = owner.get("/api/cycles/" + key + "/tidslinje").body();
        assertThat(timeline).contains("data-step=\"REFERENCE_GROUPS\"", "7–8. Referensgrupper bildas");
    }

    @Test
    void withoutReferenceGroupsInThePlanThereIsNoSuchStage() throws Exception {
        LifecycleDriver cycle = lifecycles.start("RGX");
        cycle.at("2020-04-07T09:00");
        JsonNode body = JSON.readTree(ApiClient.as("processagare", port).get("/api/cycles/" + cycle.cycleKey()
                + "/stages").body());
        assertThat(body.path("stages")).hasSize(12);
        assertThat(body.path("stages").findValuesAsText("key")).doesNotContain("REFERENCE_GROUPS");
    }

    private JsonNode stage(String key) throws Exception {
        JsonNode body = JSON.readTree(ApiClient.as("processagare", port).get("/api/cycles/" + key + "/stages").body());
        assertThat(body.path("stages")).hasSize(13);
        JsonNode stage = body.path("stages").get(7);
        assertThat(body.path("stages").get(6).path("step").asText()).isEqualTo("SEND_COMPILATION_TO_RSR");
        assertThat(body.path("stages").get(8).path("step").asText()).isEqualTo("WORKSHOP");
        return stage;
    }
}
