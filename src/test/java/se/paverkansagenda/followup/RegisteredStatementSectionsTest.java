package se.paverkansagenda.followup;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.PageForms;
import se.paverkansagenda.compilation.CompilationService;
import se.paverkansagenda.compilation.ConsultationCompilation;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * A statement an official registers for an organisation (it came by e-mail or on paper, or through the
 * API) names the sections of the consultation draft it concerns, as the organisation can from its link:
 * checked against the draft, and grouped by section in the compilation and on the agenda page.
 */
@IntegrationTest
class RegisteredStatementSectionsTest {

    private static final String CYCLE = "PA-RSS-2020";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    RoundService rounds;
    @Autowired
    CompilationService compilations;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOfficialRegistersAStatementWithItsSectionsAndAnUnknownSectionIsRefused() {
        lifecycles.atInputRound("RSS").answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(lifecycles.work())
                .writeAgenda(lifecycles.work(), "Till samråd")
                .at("2020-12-21T09:00");
        ConsultationDraft draft = rounds.consultationDraft(CYCLE).orElseThrow();
        String first = draft.sections().get(0).key();
        String second = draft.sections().get(1).key();

        // the officials' page of a consultation request offers the draft's sections
        RoundRequest university = organisation("Mittuniversitetet");
        String page = "/api/omgang/" + CYCLE + "/samrad/" + university.id();
        assertThat(official().get(page).body()).contains("Avsnitt som yttrandet gäller",
                "value=\"" + first + "\"", draft.sections().get(1).label());

        // a section the draft does not have is refused with a 400 in Swedish, and nothing is registered
        HttpResponse<String> forged = PageForms.post(official(), page, page + "/registrera", fields(
                "Synpunkter per e-post.", first, "<finns-inte>"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Avsnittet &lt;finns-inte&gt; finns inte i remissversionen.",
                "Inget har registrerats.").doesNotContain("<finns-inte>");
        assertThat(organisation("Mittuniversitetet").status()).isEqualTo(RequestStatus.SENT);

        // named sections are stored with the statement and shown on its page
        assertThat(PageForms.post(official(), page, page + "/registrera", fields(
                "Vi stöder andra avsnittet, inkommet per e-post.", second)).statusCode()).isEqualTo(302);
        assertThat(organisation("Mittuniversitetet").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(official().get(page).body()).contains("Avsnitt som yttrandet gäller",
                "<li>" + draft.sections().get(1).label() + "</li>");

        // through the API too: an unknown section is a 400 in Swedish, a known one is stored
        RoundRequest almi = organisation("Almi");
        HttpResponse<String> refused = official().postJson("/api/requests/" + almi.id() + "/answer",
                "{\"text\": \"Om första avsnittet.\", \"sections\": [\"okänt-avsnitt\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Avsnittet okänt-avsnitt finns inte i remissversionen.");
        assertThat(organisation("Almi").status()).isEqualTo(RequestStatus.SENT);
        assertThat(official().postJson("/api/requests/" + almi.id() + "/answer",
                "{\"text\": \"Om första avsnittet.\", \"sections\": [\"" + first + "\"]}").statusCode()).isEqualTo(201);
        // and an input request's answer names no sections
        RoundRequest municipality = rounds.requestsOf(CYCLE, RoundKind.INPUT).get(0);
        HttpResponse<String> input = official().postJson("/api/requests/" + municipality.id() + "/answer",
                "{\"text\": \"Inspel.\", \"sections\": [\"" + first + "\"]}");
        assertThat(input.statusCode()).isEqualTo(400);
        assertThat(input.body()).contains("Bara ett yttrande i samrådet kan ange avsnitt");

        // the compilation groups them by section as it does the link's statements
        ConsultationCompilation compilation = compilations.consultation(CYCLE);
        assertThat(compilation.bySection().get(0).statements()).extracting(s -> s.respondent().name())
                .containsExactly("Almi");
        assertThat(compilation.bySection().get(1).statements()).extracting(s -> s.respondent().name())
                .containsExactly("Mittuniversitetet");

        // and the agenda page shows each section's statements
        assertThat(official().get("/api/cykel/" + CYCLE + "/agenda").body()).contains(
                "Yttranden som anger avsnittet (remissversion 1)", "Vi stöder andra avsnittet, inkommet per e-post.",
                "Om första avsnittet.");
    }

    private static List<Map.Entry<String, String>> fields(String text, String... sections) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("channel", "EMAIL"),
                Map.entry("receivedOn", "2020-12-21"), Map.entry("text", text)));
        for (String section : sections) {
            fields.add(Map.entry("sections", section));
        }
        return fields;
    }

    private RoundRequest organisation(String name) {
        return rounds.requestsOf(CYCLE, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals(name)).findFirst().orElseThrow();
    }

    private ApiClient official() {
        return ApiClient.as("tjansteperson", port);
    }
}
