package se.paverkansagenda.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.AgendaWork.proposal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.compilation.DocumentContent;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.stage.StagePdf;
import se.paverkansagenda.stage.StageProgress;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * A cycle whose region, proposal, statement and agenda are written with Northern Sami letters besides
 * Swedish ones: every PDF the cycle produces (RSR's minutes extract, the compilation of the input, the
 * steering reports, the consultation draft, the compilation of the consultation, the adopted agenda, the stages) reads back letter for letter, in fonts
 * the file carries.
 */
@IntegrationTest
class EveryLetterInEveryPdfTest {

    private static final String LETTERS = "ŋ Ŋ đ Đ ŧ Ŧ š ž á ä ö å";
    private static final String REGION = "Sámeeana " + LETTERS;
    private static final String PROPOSAL = "Bálggis ja ŋ " + LETTERS;
    private static final String STATEMENT = "Cealkámuš: " + LETTERS;
    private static final String POSITION = "Ráđđi doarju plána: " + LETTERS;

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    PublicAnswerService publicAnswers;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    DocumentStore documents;
    @Autowired
    StagePdf stagePdf;
    @Autowired
    StageProgress stages;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyPdfOfTheCycleReadsBackLetterForLetterInAnEmbeddedFont() {
        AgendaWork work = new AgendaWork(workshop, agenda, proposals, rounds);
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        String key = cycles.start(Lifecycles.seedPlan("BOK")
                .replace("  name: Region Jämtland Härjedalen\n", "  name: " + REGION + "\n"), "processagare").businessKey();
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, key)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00");
        Map<String, Object> rsrTreatment = new HashMap<>(LifecycleDriver.rsrTreatmentInConsensus());
        rsrTreatment.put(AgendaProcess.RSR_POSITION.name(), POSITION);
        cycle.complete(Elements.TASK_REGISTER_RSR_TREATMENT, rsrTreatment)
                .at("2020-05-08T09:00").answerAllBut(RoundKind.INPUT);
        work.propose(key, "2380", proposal(PROPOSAL, "RUS-1"));
        cycle.at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(work)
                .writeAgenda(work, LETTERS)
                .at("2020-12-21T09:00");
        RoundRequest sametinget = rounds.requestsOf(key, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals("Sametinget")).findFirst().orElseThrow();
        publicAnswers.submitStatement(sametinget, STATEMENT, List.of(), List.of());
        cycle.at("2021-01-30T09:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_COUNCIL",
                AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 3",
                AgendaProcess.ADOPTION_DATE.name(), "2021-01-30"));

        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        // RSR's minutes extract (the presidium's and the adoption's are written too)
        pdfs.put("protokollsutdrag", documents.content(documents.ofCycle(key).stream()
                .filter(d -> d.kind() == DocumentKind.MINUTES_EXTRACT && d.step() == Step.RSR_TREATMENT
                        && d.format() == DocumentFormat.PDF).findFirst().orElseThrow().id()));
        pdfs.put("sammanställning av inspel", pdf(key, DocumentKind.INPUT_COMPILATION));
        pdfs.put("remissversion", pdf(key, DocumentKind.CONSULTATION_DRAFT));
        pdfs.put("sammanställning av samrådet", pdf(key, DocumentKind.CONSULTATION_COMPILATION));
        pdfs.put("fastställd agenda", pdf(key, DocumentKind.ADOPTED_AGENDA));
        pdfs.put("lägesrapport", pdf(key, DocumentKind.STEERING_REPORT));
        pdfs.put("stages.pdf", stagePdf.pdf(stages.of(key)));
        Map<String, List<String>> expected = Map.of(
                "protokollsutdrag", List.of(REGION, POSITION),
                "sammanställning av inspel", List.of(REGION, PROPOSAL),
                "remissversion", List.of(REGION, PROPOSAL, LETTERS),
                "sammanställning av samrådet", List.of(REGION, STATEMENT),
                "fastställd agenda", List.of(REGION, PROPOSAL, LETTERS),
                "lägesrapport", List.of(REGION),
                "stages.pdf", List.of(REGION));

        List<String> checked = new ArrayList<>();
        pdfs.forEach((name, pdf) -> {
            String text = DocumentContent.pdfText(pdf).replaceAll("\\s+", " ");
            assertThat(text).as(name).contains(expected.get(name)).doesNotContain("#", "\uFFFD");
            assertThat(DocumentContent.pdfFonts(pdf)).as(name).isNotEmpty()
                    .allSatisfy(font -> assertThat(font.embedded()).as(name + ": " + font.name()).isTrue());
            checked.add(name);
        });
        assertThat(checked).hasSize(7);
    }

    private byte[] pdf(String key, DocumentKind kind) {
        StoredDocument stored = documents.latest(key, kind).stream().filter(d -> d.format() == DocumentFormat.PDF)
                .findFirst().orElseThrow(() -> new AssertionError("no PDF " + kind + " of " + key));
        return documents.content(stored.id());
    }
}
