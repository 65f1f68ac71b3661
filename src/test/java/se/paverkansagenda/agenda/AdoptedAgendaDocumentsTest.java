package se.paverkansagenda.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.compilation.DocumentContent.docxText;
import static se.paverkansagenda.compilation.DocumentContent.pdfText;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.document.StoredDocument;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * Step 12: the version adopted, and only that one, is written as PDF and Word, kept with the cycle's
 * documents and sent with the announcement; a version sent back is not.
 */
@IntegrationTest
class AdoptedAgendaDocumentsTest {

    private static final String CYCLE = "PA-ADA-2020";
    private static final String MARKUP = "<script>alert(1)</script> & <b>fet</b>";

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    AgendaWork work;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    DocumentStore documents;
    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAdoptedVersionIsWrittenAsPdfAndWordAndAnnouncedWithThem() throws Exception {
        LifecycleDriver cycle = lifecycles.atInputRound("ADA")
                .answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(work)
                .writeAgenda(work, "Första utkastet")
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION)
                .at("2021-01-04T09:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                        AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                        AgendaProcess.ADOPTION_COMMENT.name(), "Skärp texten"));
        assertThat(documents.latest(CYCLE, DocumentKind.ADOPTED_AGENDA)).as("nothing adopted yet").isEmpty();

        cycle.writeAgenda(work, MARKUP);
        Task adoption = cycle.task(Elements.TASK_REGISTER_ADOPTION);
        engine.getTaskService().complete(adoption.getId(), Map.of(
                AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_COUNCIL",
                AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 12",
                // a date value, as a REST client may send it: stored as its day in Sweden
                AgendaProcess.ADOPTION_DATE.name(), Date.from(LocalDateTime.parse("2021-01-04T00:00")
                        .atZone(ZoneId.of("Europe/Stockholm")).toInstant())));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(adoption.getProcessInstanceId()).variableName(AgendaProcess.ADOPTION_DATE.name())
                .singleResult().getValue()).isEqualTo("2021-01-04");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(adoption.getProcessInstanceId())
                .activityId(Elements.TASK_WRITE_ADOPTION_MINUTES).count())
                .as("the decision's minutes, then the documents, are written by jobs of their own after the decision")
                .isOne();
        assertThat(documents.latest(CYCLE, DocumentKind.ADOPTED_AGENDA)).isEmpty();
        cycle.runDueJobs();

        List<StoredDocument> adopted = documents.latest(CYCLE, DocumentKind.ADOPTED_AGENDA);
        assertThat(adopted).extracting(StoredDocument::format)
                .containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.DOCX);
        assertThat(adopted).allSatisfy(document -> {
            assertThat(document.step()).isEqualTo(Step.ADOPTION);
            assertThat(document.version()).isOne();
        });
        AgendaVersion version = agenda.version(CYCLE, 2);
        String firstTitle = version.sections().get(0).title();
        for (String extracted : List.of(pdfText(content(adopted, DocumentFormat.PDF)),
                docxText(content(adopted, DocumentFormat.DOCX)))) {
            String text = extracted.replaceAll("\\s+", " "); // lines wrap where the page ends
            assertThat(text).contains("Länsgemensam påverkansagenda för Region Jämtland Härjedalen 2020",
                    "Fastställd av Regionfullmäktige", "§ 12. Version 2.", "1. " + firstTitle, MARKUP);
            assertThat(text.split("\\Q" + MARKUP + "\\E", -1)).as("version 2's text, which alone has the markup, in every section")
                    .hasSize(version.sections().size() + 1);
        }

        MimeMessage announcement = ReceivedMails.to(mailServer, "lanspartnerskapet@regionjh.example").stream()
                .filter(m -> ReceivedMails.text(m).contains("är fastställd")).reduce((first, last) -> last).orElseThrow();
        assertThat(ReceivedMails.text(announcement)).contains("bifogad som PDF och Word (DOCX)");
        assertThat(ReceivedMails.attachments(announcement)).extracting(Part::getFileName).containsExactlyInAnyOrder(
                "paverkansagenda-" + CYCLE + "-v1.pdf", "paverkansagenda-" + CYCLE + "-v1.docx");
    }

    private byte[] content(List<StoredDocument> stored, DocumentFormat format) {
        return documents.content(stored.stream().filter(d -> d.format() == format).findFirst().orElseThrow().id());
    }
}
