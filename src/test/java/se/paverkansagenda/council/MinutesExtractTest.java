package se.paverkansagenda.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.paverkansagenda.compilation.DocumentContent.docxText;
import static se.paverkansagenda.compilation.DocumentContent.pdfText;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.form.FormRuleViolation;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/**
 * Step 4: RSR's secretary registers a position taken without consensus and two dissents; the treatment
 * is recorded, its minutes extract is written as PDF and Word and mailed to the council, and the
 * timeline and its PDF state the decision and its dissents.
 */
@IntegrationTest
class MinutesExtractTest {

    private static final String CYCLE = "PA-MIN-2020";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    TreatmentService treatments;
    @Autowired
    DocumentStore documents;
    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aTreatmentWithTwoDissentsIsRecordedAndItsMinutesExtractHoldsBothWithTheirAuthors() throws Exception {
        LifecycleDriver cycle = atRsrTreatment();
        Map<String, Object> form = new HashMap<>(Map.of(
                AgendaProcess.RSR_MEETING_DATE.name(), "2020-05-04",
                AgendaProcess.RSR_PARAGRAPH.name(), "§ 23",
                AgendaProcess.RSR_POSITION.name(), "RSR ställer sig bakom planen <b>med tillägg</b>.",
                AgendaProcess.RSR_CONSENSUS.name(), AgendaProcess.CONSENSUS_NO,
                AgendaProcess.RSR_DISSENT_ROWS.get(0).author().name(), "Bergs kommun",
                AgendaProcess.RSR_DISSENT_ROWS.get(0).opinion().name(), "För kort tid för inspel.",
                AgendaProcess.RSR_DISSENT_ROWS.get(1).author().name(), "Härjedalens kommun",
                AgendaProcess.RSR_DISSENT_ROWS.get(1).opinion().name(), "Samverka med Trøndelag; Sámi: ŋ š."));

        Map<String, Object> halfRow = new HashMap<>(form);
        halfRow.put(AgendaProcess.RSR_DISSENT_ROWS.get(1).opinion().name(), "");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REGISTER_RSR_TREATMENT, halfRow))
                .hasRootCauseInstanceOf(FormRuleViolation.class).hasMessageContaining("Avvikande synpunkt 2");
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT)).as("a refused form leaves the task open").isNotNull();
        assertThat(treatments.ofCycle(CYCLE)).isEmpty();

        cycle.complete(Elements.TASK_REGISTER_RSR_TREATMENT, form);

        Treatment treatment = treatments.latest(CYCLE, Step.RSR_TREATMENT).orElseThrow();
        assertThat(treatment.consensus()).isFalse();
        assertThat(treatment.paragraph()).isEqualTo("23");
        assertThat(treatment.itemTitle()).isEqualTo("Genomförandeplan 2020");
        assertThat(treatment.itemKind()).isEqualTo(ItemKind.POSITION);
        assertThat(treatment.rusAreas()).containsExactly("RUS-1", "RUS-3");
        assertThat(treatment.dissents()).extracting(Treatment.Dissent::author)
                .containsExactly("Bergs kommun", "Härjedalens kommun");

        List<StoredDocument> extract = documents.latest(CYCLE, DocumentKind.MINUTES_EXTRACT);
        assertThat(extract).extracting(StoredDocument::format)
                .containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.DOCX);
        for (String text : List.of(pdfText(content(extract, DocumentFormat.PDF)),
                docxText(content(extract, DocumentFormat.DOCX)))) {
            assertThat(text.replaceAll("\\s+", " ")).contains("Protokollsutdrag", "Regionens samverkansråd (RSR)",
                    "måndag 4 maj 2020", "§ 23", "Genomförandeplan 2020", "Ställningstagande",
                    "Nej, ställningstagandet fattades inte i konsensus", "RSR ställer sig bakom planen <b>med tillägg</b>.",
                    "Bergs kommun", "För kort tid för inspel.", "Härjedalens kommun", "Samverka med Trøndelag");
        }

        MimeMessage toRsr = ReceivedMails.to(mailServer, "rsr-sekretariat@regionjh.example").stream()
                .filter(m -> ReceivedMails.text(m).contains("protokollsutdraget") && ReceivedMails.text(m).contains(CYCLE))
                .findFirst().orElseThrow();
        assertThat(toRsr.getSubject()).isEqualTo("Protokollsutdrag RSR måndag 4 maj 2020, § 23: påverkansagenda 2020");
        assertThat(ReceivedMails.text(toRsr)).contains("inte i konsensus", "2 avvikande synpunkter");
        assertThat(ReceivedMails.attachments(toRsr)).extracting(Part::getFileName).hasSize(2)
                .allMatch(name -> name.startsWith("protokollsutdrag-" + CYCLE));

        String decision = "RSR) måndag 4 maj 2020, § 23: ställningstagande om Genomförandeplan 2020, inte i konsensus, "
                + "2 avvikande synpunkter (Bergs kommun, Härjedalens kommun).";
        ApiClient official = ApiClient.as("tjansteperson", port);
        assertThat(official.get("/api/cycles/" + CYCLE + "/tidslinje").body()).contains("Rådens beslut", decision);
        assertThat(pdfText(official.download("/api/cycles/" + CYCLE + "/stages.pdf").body()).replaceAll("\\s+", " "))
                .contains("Rådens beslut", decision);
    }

    private LifecycleDriver atRsrTreatment() {
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: MIN"), "processagare");
        return new LifecycleDriver(engine, rounds, answers, CYCLE)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(
                        AgendaProcess.PM_TEXT.name(), "PM",
                        AgendaProcess.PM_TITLE.name(), "Genomförandeplan 2020",
                        AgendaProcess.PM_ITEM_KIND.name(), "POSITION",
                        AgendaProcess.PM_RUS_AREAS.name(), Spin.JSON("[\"RUS-1\", \"RUS-3\"]")))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00");
    }

    private byte[] content(List<StoredDocument> stored, DocumentFormat format) {
        return documents.content(stored.stream().filter(d -> d.format() == format).findFirst().orElseThrow().id());
    }
}
