package se.paverkansagenda.carryforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static se.paverkansagenda.compilation.DocumentContent.docxText;
import static se.paverkansagenda.compilation.DocumentContent.pdfText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.PageForms;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.agenda.SectionDraft;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.compilation.CompilationService;
import se.paverkansagenda.compilation.CompilationWriter;
import se.paverkansagenda.compilation.InputCompilation;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.workshop.PrioritisedIssue;
import se.paverkansagenda.workshop.WorkshopRefusedException;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * Last year's issues in this year's work: the municipalities get them with their follow-up in the input request
 * and comment on them from their link; kept and reworded issues stand in the workshop beside the new proposals,
 * marked as carried forward, and the trace leads from this year's section back to last year's proposals and
 * statements.
 */
@IntegrationTest
class CarriedForwardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    FollowingCycles years;
    @Autowired
    CarryForwardService service;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    CompilationService compilations;
    @Autowired
    CompilationWriter writer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void lastYearsIssuesAreCommentedOnCarriedIntoTheWorkshopAndTracedBackAcrossTheYears() throws Exception {
        String previous = years.adopted("CFW");
        LifecycleDriver cycle = years.following("CFW", previous);
        String key = cycle.cycleKey();
        List<CarriedIssue> issues = service.issues(key);
        CarriedIssue railway = issues.get(0);
        CarriedIssue broadband = issues.get(1);
        CarriedIssue funding = issues.get(2);
        service.record(key, railway.id(), new FollowUpDraft("Skrivelser och möten.", "Med i den nationella planen.",
                "Region Jämtland Härjedalen", "KEEP", null, null), AgendaWork.OFFICIAL);
        service.record(key, broadband.id(), new FollowUpDraft("Kartläggning.", "Hälften nådda.", "Östersunds kommun",
                "REWORD", "Bredband och mobiltäckning i hela länet", null), AgendaWork.OFFICIAL);
        service.record(key, funding.id(), new FollowUpDraft("Ansökan.", "Beviljad.", "Almi", "CLOSE", null,
                "Medlen är beviljade."), AgendaWork.OFFICIAL);
        cycle.complete(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, Map.of(AgendaProcess.FOLLOW_UP_SUMMARY.name(), "Klart"))
                .complete(Elements.TASK_DRAFT_PM, Lifecycles.pm())
                .at(years.startOf(key, Step.PRESIDIUM_REVIEW)).complete(Elements.TASK_REVIEW_PROPOSAL, Lifecycles.approve())
                .at(years.startOf(key, Step.RSR_TREATMENT)).registerRsrTreatment()
                .at(years.startOf(key, Step.INPUT_ROUND));

        // the input request lists last year's issues with their follow-up
        String request = ReceivedMails.latestWith(mailServer, "registrator@ostersund.example", key).orElseThrow();
        assertThat(request).contains("Förra årets frågor (" + previous + ") och deras uppföljning",
                "1. Stambanan och Mittbanan: Behålls", "Vad har gjorts: Skrivelser och möten.",
                "Ansvarig organisation: Östersunds kommun", "Ny lydelse: Bredband och mobiltäckning i hela länet",
                "3. Finansiering: Avslutas", "Skäl att avsluta: Medlen är beviljade.",
                "Ni kan både kommentera förra årets frågor och föreslå nya frågor.");

        // the municipality comments on them from its link, beside its new proposal
        RoundRequest ostersund = rounds.requestsOf(key, RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals("2380")).findFirst().orElseThrow();
        String link = "/svar/" + tokens.mint(ostersund.id());
        HttpResponse<String> page = ApiClient.anonymous(port).get(link);
        assertThat(page.body()).contains("Förra årets frågor och deras uppföljning", "Stambanan och Mittbanan",
                "Bredband och mobiltäckning i hela länet", "Medlen är beviljade.",
                "name=\"comments[" + railway.id() + "]\"");
        Map<String, String> fields = answer("Tåg till Trondheim");
        fields.put("comments[" + railway.id() + "]", "Driv <b>hårdare</b>");
        HttpResponse<String> refused = post(link, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("En kommentar till förra årets frågor behöver rättas.",
                "Kommentaren får inte innehålla HTML-taggar");
        assertThat(service.commentsOf(ostersund.id())).as("nothing stored").isEmpty();
        fields.put("comments[" + railway.id() + "]", "Stambanan är viktigast för Östersund.");
        fields.put("comments[" + funding.id() + "]", "Bra att den är löst.");
        assertThat(post(link, fields).statusCode()).isEqualTo(302);
        assertThat(service.commentsOf(ostersund.id())).containsEntry(railway.id(), "Stambanan är viktigast för Östersund.")
                .containsEntry(funding.id(), "Bra att den är löst.");
        assertThat(ApiClient.anonymous(port).get(link + "/kvitto").body())
                .contains("Era kommentarer till förra årets frågor", "Stambanan är viktigast för Östersund.");

        cycle.answerAllBut(RoundKind.INPUT, "2380")
                .at(years.startOf(key, Step.COMPILE_INPUT)).complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .at(years.startOf(key, Step.SEND_COMPILATION_TO_RSR))
                .complete(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, LifecycleDriver.rsrTreatmentInConsensus())
                .at(years.startOf(key, Step.WORKSHOP));

        // the step-6 compilation gives every issue of last year with the municipalities' comments, closed ones too
        InputCompilation compiled = compilations.input(key);
        for (String text : List.of(docxText(writer.docx(compiled)), pdfText(writer.pdf(compiled)))) {
            assertThat(text.replaceAll("\\s+", " ")).contains("Kommentarer på frågorna från 2020",
                    "1. Stambanan och Mittbanan (Behålls)", "Östersund: Stambanan är viktigast för Östersund.",
                    "2. Bredband i hela länet (Omformuleras)", "Bredband och mobiltäckning i hela länet",
                    "3. Finansiering (Avslutas)", "Östersund: Bra att den är löst.");
        }

        // the workshop shows the kept and reworded issues beside the proposals, marked as carried forward
        HttpResponse<String> workshopPage = ApiClient.as(AgendaWork.OFFICIAL, port).get("/api/cykel/" + key + "/workshop");
        assertThat(workshopPage.body()).contains("Tåg till Trondheim", "Överförd från 2020", "Stambanan och Mittbanan",
                "Bredband och mobiltäckning i hela länet", "Kommunernas kommentarer:",
                "Stambanan är viktigast för Östersund.").doesNotContain("Finansiering");
        assertThat(workshop.carriedIssues(key)).extracting(CarriedIssue::id).containsExactly(railway.id(), broadband.id());

        WorkshopRefusedException closed = catchThrowableOfType(WorkshopRefusedException.class, () -> workshop.save(key, 0,
                List.of(new IssueDraft("Finansiering", "", "RUS-1", List.of(), List.of(funding.id()))), AgendaWork.OFFICIAL));
        assertThat(closed.problems()).extracting(WorkshopRefusedException.Problem::message)
                .containsExactly("Den överförda frågan " + funding.id() + " finns inte bland förra årets frågor som behålls.");
        WorkshopRefusedException twice = catchThrowableOfType(WorkshopRefusedException.class, () -> workshop.save(key, 0,
                List.of(new IssueDraft("A", "", "RUS-1", List.of(), List.of(railway.id())),
                        new IssueDraft("B", "", "RUS-1", List.of(), List.of(railway.id()))), AgendaWork.OFFICIAL));
        assertThat(twice.problems()).extracting(WorkshopRefusedException.Problem::message).singleElement()
                .asString().contains("ingår redan i en fråga före");

        String proposal = workshop.proposals(key).stream().filter(p -> p.title().equals("Tåg till Trondheim"))
                .findFirst().orElseThrow().id();
        // on the workshop page a carried issue is numbered like a proposal
        Map<String, String> numbered = new LinkedHashMap<>();
        numbered.put("revision", "0");
        numbered.put("proposals[0].proposalId", proposal);
        numbered.put("proposals[0].issue", "2");
        numbered.put("carried[0].proposalId", railway.id());
        numbered.put("carried[0].issue", "1");
        numbered.put("carried[1].proposalId", broadband.id());
        numbered.put("carried[1].issue", "3");
        HttpResponse<String> savedPage = PageForms.post(ApiClient.as(AgendaWork.OFFICIAL, port),
                "/api/cykel/" + key + "/workshop", "/api/cykel/" + key + "/workshop", numbered);
        assertThat(savedPage.statusCode()).as(savedPage.body()).isEqualTo(302);
        assertThat(workshop.list(key).issues()).extracting(PrioritisedIssue::title, PrioritisedIssue::description,
                        PrioritisedIssue::rusArea, PrioritisedIssue::carriedIssueIds)
                .containsExactly(tuple("Stambanan och Mittbanan", "Länet kräver: Stambanan och Mittbanan", "RUS-1",
                                List.of(railway.id())),
                        tuple("Tåg till Trondheim", "Beskrivning av Tåg till Trondheim", "RUS-1", List.of()),
                        tuple("Bredband i hela länet", "Bredband och mobiltäckning i hela länet", "RUS-2",
                                List.of(broadband.id())));
        JsonNode saved = JSON.readTree(ApiClient.as(AgendaWork.OFFICIAL, port).get("/api/cycles/" + key + "/workshop").body());
        assertThat(saved.path("issues").get(0).path("carried").get(0).path("title").asText()).isEqualTo("Stambanan och Mittbanan");
        assertThat(saved.path("issues").get(1).path("carried")).isEmpty();
        cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of());
        agenda.save(key, 0, agenda.draft(key).stream()
                .map(s -> new SectionDraft(s.key(), s.issueId(), s.title(), "Länet kräver: " + s.title())).toList(),
                "Första utkastet", AgendaWork.OFFICIAL);

        // the trace: this year's section, last year's issue, that year's proposals and statements
        JsonNode trace = JSON.readTree(ApiClient.as(AgendaWork.OFFICIAL, port).get("/api/cycles/" + key + "/trace").body());
        JsonNode section = trace.path("sections").get(0);
        assertThat(section.path("title").asText()).isEqualTo("Stambanan och Mittbanan");
        JsonNode carried = section.path("carriedFrom").get(0);
        assertThat(carried.path("cycleKey").asText()).isEqualTo(previous);
        assertThat(carried.path("label").asText()).isEqualTo("Överförd från 2020");
        assertThat(carried.path("decision").asText()).isEqualTo("Behålls");
        assertThat(carried.path("section").path("proposals").findValuesAsText("municipality"))
                .containsExactly("Åre", "Östersund");
        assertThat(carried.path("section").path("statements").findValuesAsText("organisation"))
                .containsExactly(FollowingCycles.STATEMENT_BY);
        assertThat(trace.path("sections").get(1).path("carriedFrom")).isEmpty();
        assertThat(trace.path("sections").get(2).path("carriedFrom").get(0).path("wording").asText())
                .isEqualTo("Bredband och mobiltäckning i hela länet");
        String tracePage = ApiClient.as(AgendaWork.OFFICIAL, port).get("/api/cykel/" + key + "/sparbarhet").body();
        assertThat(tracePage).contains("Förts över från förra årets agenda", "Överförd från 2020:",
                "/api/cykel/" + previous + "/sparbarhet#" + carried.path("sectionKey").asText(), "Åre: Mittbanan Östersund–Åre");
    }

    private static Map<String, String> answer(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", "submit");
        fields.put("proposals[0].title", title);
        fields.put("proposals[0].description", "Beskrivning av " + title);
        fields.put("proposals[0].rusArea", "RUS-1");
        fields.put("proposals[0].decisionLevel", "NATIONAL");
        fields.put("proposals[0].justification", "Motivering");
        fields.put("proposals[0].contactPerson", "Kontaktperson");
        return fields;
    }

    private HttpResponse<String> post(String link, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return ApiClient.anonymous(port).post(link, "application/x-www-form-urlencoded", body);
    }
}
