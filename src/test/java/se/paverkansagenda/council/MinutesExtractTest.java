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
import se.paverkansagenda.AgendaWork;
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
import se.paverkansagenda.round.RoundKind;
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
    @Autowired
    AgendaWork work;

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
                AgendaProcess.RSR_DISSENT_ROWS.get(0).author().name(), "Bergs kommun – Förtroendevald, majoritet",
                AgendaProcess.RSR_DISSENT_ROWS.get(0).opinion().name(), "För kort tid för inspel.",
                AgendaProcess.RSR_DISSENT_ROWS.get(1).author().name(), "Härjedalens kommun – Förtroendevald, opposition",
                AgendaProcess.RSR_DISSENT_ROWS.get(1).opinion().name(), "Samverka med Trøndelag; Sámi: ŋ š."));

        Map<String, Object> halfRow = new HashMap<>(form);
        halfRow.put(AgendaProcess.RSR_DISSENT_ROWS.get(1).opinion().name(), "");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REGISTER_RSR_TREATMENT, halfRow))
                .hasRootCauseInstanceOf(FormRuleViolation.class).hasMessageContaining("Avvikande synpunkt 2");
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT)).as("a refused form leaves the task open").isNotNull();
        Map<String, Object> stranger = new HashMap<>(form);
        stranger.put(AgendaProcess.RSR_DISSENT_ROWS.get(1).author().name(), "Föreningen Okänd");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REGISTER_RSR_TREATMENT, stranger))
                .hasRootCauseInstanceOf(FormRuleViolation.class)
                .hasMessageContaining("Avvikande synpunkt 2: ”Föreningen Okänd” är ingen ledamot i RSR enligt planen");
        assertThat(treatments.ofCycle(CYCLE)).extracting(Treatment::step).containsExactly(Step.PRESIDIUM_REVIEW);

        cycle.complete(Elements.TASK_REGISTER_RSR_TREATMENT, form);

        Treatment treatment = treatments.latest(CYCLE, Step.RSR_TREATMENT).orElseThrow();
        assertThat(treatment.consensus()).isFalse();
        assertThat(treatment.paragraph()).isEqualTo("23");
        assertThat(treatment.itemTitle()).isEqualTo("Genomförandeplan 2020");
        assertThat(treatment.itemKind()).isEqualTo(ItemKind.POSITION);
        assertThat(treatment.rusAreas()).containsExactly("RUS-1", "RUS-3");
        assertThat(treatment.dissents()).extracting(Treatment.Dissent::author)
                .containsExactly("Bergs kommun – Förtroendevald, majoritet", "Härjedalens kommun – Förtroendevald, opposition");

        List<StoredDocument> extract = documents.latest(CYCLE, DocumentKind.MINUTES_EXTRACT);
        assertThat(extract).extracting(StoredDocument::format)
                .containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.DOCX);
        for (String text : List.of(pdfText(content(extract, DocumentFormat.PDF)),
                docxText(content(extract, DocumentFormat.DOCX)))) {
            assertThat(text.replaceAll("\\s+", " ")).contains("Protokollsutdrag", "Regionens samverkansråd (RSR)",
                    "måndag 4 maj 2020", "§ 23", "Genomförandeplan 2020", "Ställningstagande",
                    "Nej, ställningstagandet fattades inte i konsensus", "RSR ställer sig bakom planen <b>med tillägg</b>.",
                    "Bergs kommun – Förtroendevald, majoritet", "För kort tid för inspel.", "Härjedalens kommun – Förtroendevald, opposition", "Samverka med Trøndelag");
        }

        MimeMessage toRsr = ReceivedMails.to(mailServer, "rsr-sekretariat@regionjh.example").stream()
                .filter(m -> ReceivedMails.text(m).contains("protokollsutdraget") && ReceivedMails.text(m).contains(CYCLE))
                .findFirst().orElseThrow();
        assertThat(toRsr.getSubject()).isEqualTo("Protokollsutdrag RSR måndag 4 maj 2020, § 23: påverkansagenda 2020");
        assertThat(ReceivedMails.text(toRsr)).contains("inte i konsensus", "2 avvikande synpunkter");
        assertThat(ReceivedMails.attachments(toRsr)).extracting(Part::getFileName).hasSize(2)
                .allMatch(name -> name.startsWith("protokollsutdrag-" + CYCLE));
        // and to each of RSR's members in the plan, not to the presidium's
        assertThat(ReceivedMails.to(mailServer, "oppositionsrad@harjedalen.example"))
                .anyMatch(m -> "Protokollsutdrag RSR måndag 4 maj 2020, § 23: påverkansagenda 2020".equals(subject(m)));
        assertThat(ReceivedMails.to(mailServer, "landshovding@lansstyrelsen-jh.example"))
                .anyMatch(m -> "Protokollsutdrag RSR måndag 4 maj 2020, § 23: påverkansagenda 2020".equals(subject(m)));

        String decision = "Steg 4, Regionens samverkansråd (RSR) måndag 4 maj 2020, § 23: ställningstagande om "
                + "Genomförandeplan 2020, inte i konsensus, 2 avvikande synpunkter (Bergs kommun – Förtroendevald, majoritet, Härjedalens kommun – Förtroendevald, opposition).";
        ApiClient official = ApiClient.as("tjansteperson", port);
        assertThat(official.get("/api/cycles/" + CYCLE + "/tidslinje").body()).contains("Rådens beslut", decision);
        assertThat(pdfText(official.download("/api/cycles/" + CYCLE + "/stages.pdf").body()).replaceAll("\\s+", " "))
                .contains("Rådens beslut", decision);
    }

    /**
     * Step 7: RSR's second treatment, of the compilation sent to it, is registered with the same form and
     * rules as step 4: it starts empty, refuses a dissent from someone who is no member of RSR, and its
     * minutes extract says which treatment it is and carries the compilation.
     */
    @Test
    void rsrsTreatmentOfTheCompilationAtStepSevenIsRecordedAndItsMinutesNameTheStepAndCarryTheCompilation() throws Exception {
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: MSJ"), "processagare");
        String cycleKey = "PA-MSJ-2020";
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, cycleKey).toInputRound();
        work.propose(cycleKey, "2380", AgendaWork.proposal("Stambanan genom Norrland", "RUS-1"),
                AgendaWork.proposal("Bredband i hela länet", "RUS-2"));
        work.propose(cycleKey, "2309", AgendaWork.proposal("Yrkeshögskola i länet", "RUS-4"));
        cycle.answerAllBut(RoundKind.INPUT).at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of(
                AgendaProcess.COMPILATION_SUMMARY.name(), "Tre förslag från två kommuner.",
                AgendaProcess.COMPILATION_DOCUMENT_URL.name(), "https://region.example/sammanstallning"))
                .at("2020-10-30T09:00");
        String instance = cycles.find(cycleKey).processInstanceId();
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT)).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance, AgendaProcess.RSR_POSITION.name()))
                .as("the form opens empty, not with step 4's treatment").isNull();
        assertThat(engine.getRuntimeService().getVariable(instance, AgendaProcess.RSR_ITEM.name()))
                .isEqualTo("sammanställningen av kommunernas inspel");

        Map<String, Object> form = new HashMap<>(Map.of(
                AgendaProcess.RSR_MEETING_DATE.name(), "2020-10-30",
                AgendaProcess.RSR_PARAGRAPH.name(), "§ 41",
                AgendaProcess.RSR_POSITION.name(), "RSR noterar sammanställningen & ser fram emot workshopen.",
                AgendaProcess.RSR_CONSENSUS.name(), AgendaProcess.CONSENSUS_NO,
                AgendaProcess.RSR_DISSENT_ROWS.get(0).author().name(), "Bergs kommun – Förtroendevald, majoritet",
                AgendaProcess.RSR_DISSENT_ROWS.get(0).opinion().name(), "Inlandets förslag väger för lätt."));
        Map<String, Object> stranger = new HashMap<>(form);
        stranger.put(AgendaProcess.RSR_DISSENT_ROWS.get(0).author().name(), "Föreningen Okänd");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, stranger))
                .hasRootCauseInstanceOf(FormRuleViolation.class)
                .hasMessageContaining("Avvikande synpunkt 1: ”Föreningen Okänd” är ingen ledamot i RSR enligt planen");
        Map<String, Object> noReason = new HashMap<>(form);
        noReason.remove(AgendaProcess.RSR_DISSENT_ROWS.get(0).author().name());
        noReason.remove(AgendaProcess.RSR_DISSENT_ROWS.get(0).opinion().name());
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, noReason))
                .hasRootCauseInstanceOf(FormRuleViolation.class).hasMessageContaining("inte i konsensus");
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT)).as("a refused form leaves the task open")
                .isNotNull();
        assertThat(treatments.latest(cycleKey, Step.SEND_COMPILATION_TO_RSR)).isEmpty();

        cycle.complete(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT, form);

        Treatment treatment = treatments.latest(cycleKey, Step.SEND_COMPILATION_TO_RSR).orElseThrow();
        assertThat(treatment.bodyName()).isEqualTo("Regionens samverkansråd (RSR)");
        assertThat(treatment.itemTitle()).isEqualTo("Sammanställning av kommunernas inspel");
        assertThat(treatment.itemKind()).isEqualTo(ItemKind.INFORMATION);
        assertThat(treatment.rusAreas()).containsExactly("RUS-1", "RUS-2", "RUS-4");
        assertThat(treatment.consensus()).isFalse();
        assertThat(treatment.dissents()).extracting(Treatment.Dissent::author)
                .containsExactly("Bergs kommun – Förtroendevald, majoritet");
        assertThat(treatments.latest(cycleKey, Step.RSR_TREATMENT).orElseThrow().position())
                .as("step 4's treatment is kept as it was").isEqualTo("RSR ställer sig bakom genomförandeplanen.");

        assertThat(treatment.minutesDocuments()).hasSize(2);
        for (String text : List.of(pdfText(documents.content(treatment.minutesDocuments().get(0))),
                docxText(documents.content(treatment.minutesDocuments().get(1))))) {
            assertThat(text.replaceAll("\\s+", " ")).contains("Protokollsutdrag, Regionens samverkansråd (RSR) fredag 30 oktober 2020, § 41",
                    "7. Sammanställning skickas till RSR", "Sammanställning av kommunernas inspel", "Informationsärende",
                    "Rådet noterade", "RSR noterar sammanställningen & ser fram emot workshopen.",
                    "Bergs kommun – Förtroendevald, majoritet", "Inlandets förslag väger för lätt.",
                    "Underlag: Sammanställning av kommunernas inspel – https://region.example",
                    "Sammanställning av inspel");
        }
        String subject = "Protokollsutdrag RSR fredag 30 oktober 2020, § 41: påverkansagenda 2020";
        MimeMessage toMember = ReceivedMails.to(mailServer, "oppositionsrad@harjedalen.example").stream()
                .filter(m -> subject.equals(subject(m)) && ReceivedMails.text(m).contains(cycleKey)).findFirst().orElseThrow();
        assertThat(ReceivedMails.text(toMember)).contains("Sammanställning av kommunernas inspel", "1 avvikande synpunkt");
        assertThat(ReceivedMails.attachments(toMember)).extracting(Part::getFileName).as("the extract and the compilation")
                .hasSize(3).anyMatch(name -> name.startsWith("protokollsutdrag-" + cycleKey))
                .anyMatch(name -> name.startsWith("sammanstallning-inspel"));
        assertThat(documents.ofCycle(cycleKey)).as("listed with the cycle's documents")
                .anyMatch(d -> d.kind() == DocumentKind.MINUTES_EXTRACT && d.step() == Step.SEND_COMPILATION_TO_RSR);
        assertThat(ApiClient.as("tjansteperson", port).get("/api/cycles/" + cycleKey + "/tidslinje").body())
                .contains("Steg 7, Regionens samverkansråd (RSR) fredag 30 oktober 2020, § 41: informationsärende om "
                        + "Sammanställning av kommunernas inspel, inte i konsensus, 1 avvikande synpunkt (Bergs kommun – "
                        + "Förtroendevald, majoritet).");
        assertThat(cycle.task(Elements.TASK_REGISTER_RSR_COMPILATION_TREATMENT)).isNull();
    }

    @Test
    void thePresidiumsReviewRecordsItsDecisionWithADissentChosenAmongItsMembersAndMailsTheMinutesToThem() throws Exception {
        LifecycleDriver cycle = atPresidiumReview("PRE");
        String cycleKey = "PA-PRE-2020";
        Map<String, Object> review = new HashMap<>(Map.of(
                AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE,
                AgendaProcess.PRESIDIUM_MEETING_DATE.name(), "2020-04-30",
                AgendaProcess.PRESIDIUM_POSITION.name(), "Presidiet godkänner PM:et och skickar det till RSR.",
                AgendaProcess.PRESIDIUM_CONSENSUS.name(), AgendaProcess.CONSENSUS_NO,
                AgendaProcess.PRESIDIUM_DISSENT_ROWS.get(0).author().name(),
                "Region Jämtland Härjedalen – Andre vice ordförande i RUN",
                AgendaProcess.PRESIDIUM_DISSENT_ROWS.get(0).opinion().name(), "Vill vänta med inspelen till hösten."));

        Map<String, Object> rsrMember = new HashMap<>(review);
        rsrMember.put(AgendaProcess.PRESIDIUM_DISSENT_ROWS.get(0).author().name(), "Bergs kommun – Förtroendevald, majoritet");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REVIEW_PROPOSAL, rsrMember))
                .hasRootCauseInstanceOf(FormRuleViolation.class)
                .hasMessageContaining("är ingen ledamot i RUN:s presidium enligt planen");
        Map<String, Object> silent = new HashMap<>(review);
        silent.put(AgendaProcess.PRESIDIUM_DISSENT_ROWS.get(0).opinion().name(), " ");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_REVIEW_PROPOSAL, silent))
                .hasRootCauseInstanceOf(FormRuleViolation.class)
                .hasMessageContaining("Avvikande synpunkt 1: skriv synpunkten som den ska stå i protokollet.");
        assertThat(treatments.ofCycle(cycleKey)).isEmpty();

        cycle.complete(Elements.TASK_REVIEW_PROPOSAL, review).runDueJobs();

        Treatment treatment = treatments.latest(cycleKey, Step.PRESIDIUM_REVIEW).orElseThrow();
        assertThat(treatment.bodyName()).isEqualTo("RUN:s presidium");
        assertThat(treatment.consensus()).isFalse();
        assertThat(treatment.paragraph()).isNull();
        assertThat(treatment.itemTitle()).isEqualTo("Genomförandeplan 2020");
        assertThat(treatment.dissents()).extracting(Treatment.Dissent::author)
                .containsExactly("Region Jämtland Härjedalen – Andre vice ordförande i RUN");
        assertThat(treatment.minutesDocuments()).hasSize(2);
        String pdf = pdfText(documents.content(treatment.minutesDocuments().get(0))).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Protokollsutdrag, RUN:s presidium torsdag 30 april 2020", "3. Förslaget presenteras",
                "Presidiet godkänner PM:et", "Andre vice ordförande i RUN", "Vill vänta med inspelen till hösten.",
                "Bakgrundsdokument", "PM: Genomförandeplan 2020 – https://region.example/pm.pdf");
        assertThat(ReceivedMails.to(mailServer, "run-andre-vice-ordforande@regionjh.example"))
                .anyMatch(m -> ("Protokollsutdrag RUN:s presidium torsdag 30 april 2020: påverkansagenda 2020").equals(subject(m))
                        && ReceivedMails.text(m).contains(cycleKey) && ReceivedMails.text(m).contains("1 avvikande synpunkt"));
        assertThat(documents.ofCycle(cycleKey)).as("listed with the cycle's documents")
                .anyMatch(d -> d.kind() == DocumentKind.MINUTES_EXTRACT && d.step() == Step.PRESIDIUM_REVIEW);
        assertThat(ApiClient.as("tjansteperson", port).get("/api/cycles/" + cycleKey + "/tidslinje").body())
                .contains("Steg 3, RUN:s presidium torsdag 30 april 2020: ställningstagande om Genomförandeplan 2020, "
                        + "inte i konsensus, 1 avvikande synpunkt (Region Jämtland Härjedalen – Andre vice ordförande i RUN).");
    }

    @Test
    void aReviewThatGivesOnlyTheDecisionIsRecordedInConsensusOnTheDayItIsRegistered() {
        LifecycleDriver cycle = atPresidiumReview("PRD");

        cycle.complete(Elements.TASK_REVIEW_PROPOSAL, Map.of(AgendaProcess.PRESIDIUM_DECISION.name(),
                AgendaProcess.DECISION_SEND_BACK, AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga RUS-kopplingen."));

        Treatment treatment = treatments.latest("PA-PRD-2020", Step.PRESIDIUM_REVIEW).orElseThrow();
        assertThat(treatment.meetingDate()).hasToString("2020-04-30");
        assertThat(treatment.consensus()).isTrue();
        assertThat(treatment.dissents()).isEmpty();
        assertThat(treatment.position()).isEqualTo("Presidiet återsände förslaget för omarbetning: Förtydliga RUS-kopplingen.");
    }

    @Test
    void aCycleStartedWithoutTheMemberOptionsGetsThemFromItsPlanWhenTheDecisionTaskOpens() {
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: OLD"), "processagare");
        String instance = cycles.find("PA-OLD-2020").processInstanceId();
        engine.getRuntimeService().removeVariable(instance, AgendaProcess.PRESIDIUM_MEMBER_OPTIONS.name());

        new LifecycleDriver(engine, rounds, answers, "PA-OLD-2020")
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00");

        Object options = engine.getRuntimeService().getVariable(instance, AgendaProcess.PRESIDIUM_MEMBER_OPTIONS.name());
        assertThat(options).isNotNull();
        assertThat(options.toString()).contains("Region Jämtland Härjedalen – Ordförande i RUN")
                .doesNotContain("Bergs kommun");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private LifecycleDriver atPresidiumReview(String region) {
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + region), "processagare");
        return new LifecycleDriver(engine, rounds, answers, "PA-" + region + "-2020")
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(
                        AgendaProcess.PM_TEXT.name(), "PM",
                        AgendaProcess.PM_TITLE.name(), "Genomförandeplan 2020",
                        AgendaProcess.PM_ITEM_KIND.name(), "POSITION",
                        AgendaProcess.PM_DOCUMENT_URL.name(), "https://region.example/pm.pdf",
                        AgendaProcess.PM_RUS_AREAS.name(), Spin.JSON("[\"RUS-1\"]")))
                .at("2020-04-30T09:00");
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
