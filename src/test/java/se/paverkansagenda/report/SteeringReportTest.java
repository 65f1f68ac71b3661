package se.paverkansagenda.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
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
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.compilation.DocumentContent;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The steering group's report on a running cycle of the seed plan (region SR), the engine's clock moved
 * month by month: one report a month to the presidium and the process owner with the timeline as PDF,
 * each covering the time since the one before, and none once the cycle has ended.
 */
@IntegrationTest
class SteeringReportTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String KEY = "PA-SR-2020";
    private static final String PRESIDIUM = "run-presidium@regionjh.example";
    private static final String OWNER = "utvecklingsdirektor@regionjh.example";
    /** The presidium's shared address, each of its members in the seed plan, and the process owner. */
    private static final List<String> RECIPIENTS = recipientsOfTheReport();
    private static final int EACH = RECIPIENTS.size();

    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    SteeringReportRepository reports;

    @Autowired
    WorkshopService workshop;

    @Autowired
    AgendaService agenda;


    @Autowired
    DocumentStore documents;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        if (!mailServer.greenMail().isRunning()) {
            mailServer.greenMail().start();
        }
    }

    @Test
    void eachMonthThePresidiumAndTheOwnerGetTheReportWithItsPdfUntilTheCycleEnds() throws Exception {
        LifecycleDriver cycle = lifecycles.start("SR");
        AgendaWork work = lifecycles.work();

        cycle.at("2020-04-07T09:00").at("2020-04-30T23:00");
        assertThat(reportMails()).as("no report before a month has passed").isEmpty();

        cycle.at("2020-05-01T10:00");
        List<MimeMessage> first = reportMails();
        assertThat(first).hasSize(EACH);
        assertThat(recipients(first)).containsExactlyInAnyOrderElementsOf(RECIPIENTS).contains(PRESIDIUM, OWNER,
                "run-ordforande@regionjh.example");
        MimeMessage report = first.get(0);
        assertThat(report.getSubject()).isEqualTo("Lägesrapport " + KEY + " 1 maj 2020: 3 steg försenade");
        String text = ReceivedMails.text(report);
        assertThat(section(text, "KLART SEDAN FÖRRA RAPPORTEN", "FÖRSENAT")).contains("Inget steg har blivit klart");
        assertThat(section(text, "FÖRSENAT", "HÄRNÄST")).contains(
                "- 1. Formulera förslag till struktur (PM): pågår, planerat klart 24 apr. 2020, försenat 7 dagar (4 arbetsdagar)",
                "- 2. Genomförandeplan skickas till RSR", "- 3. Förslaget presenteras för RUN:s presidium");
        assertThat(section(text, "HÄRNÄST", "Tidslinjen")).contains("- 1. Formulera förslag till struktur (PM): pågår",
                "- 4. Förslaget behandlas på RSR: planerat 4 maj 2020", "- 5. Förfrågan om inspel från kommunerna");
        assertThat(text).contains("för tiden 1 apr. 2020 – 1 maj 2020", "/api/cycles/" + KEY + "/tidslinje");
        for (MimeMessage message : first) {
            Part pdf = pdfAttachment(message);
            assertThat(pdf.getFileName()).as("the first report of the cycle, kept with its documents").isEqualTo("lagesrapport-" + KEY + "-v1.pdf");
            assertThat(pdfText(pdf)).contains("Planerat mot utfört – " + KEY, "Formulera förslag till struktur (PM)");
        }

        cycle.at("2020-05-01T11:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "Struktur"))
                .complete(Elements.TASK_REVIEW_PROPOSAL, Map.of(AgendaProcess.PRESIDIUM_DECISION.name(),
                        AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00").registerRsrTreatment()
                .at("2020-06-01T10:00");
        List<MimeMessage> second = reportMails();
        assertThat(second).hasSize(2 * EACH);
        List<MimeMessage> june = second.stream().filter(message -> subject(message).contains(" 1 juni 2020")).toList();
        assertThat(june).hasSize(EACH);
        assertThat(subject(june.get(0))).isEqualTo("Lägesrapport " + KEY + " 1 juni 2020: inga steg försenade");
        String secondText = ReceivedMails.text(june.get(0));
        assertThat(secondText).contains("för tiden 1 maj 2020 – 1 juni 2020");
        assertThat(section(secondText, "KLART SEDAN FÖRRA RAPPORTEN", "FÖRSENAT")).contains(
                "- 1. Formulera förslag till struktur (PM): klart 1 maj 2020, 7 dagar (4 arbetsdagar) sent",
                "- 4. Förslaget behandlas på RSR: klart 4 maj 2020, i tid");
        assertThat(section(secondText, "HÄRNÄST", "Tidslinjen")).contains("- 5. Förfrågan om inspel från kommunerna: pågår");
        assertThat(reports.reportsOf(KEY)).hasSize(2).allSatisfy(sent -> assertThat(sent.sentAt()).isNotNull());

        cycle.answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(work)
                .writeAgenda(work, "Till samråd")
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION)
                .at("2021-01-04T09:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                        AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                        AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_COUNCIL",
                        AgendaProcess.ADOPTION_PARAGRAPH.name(), "§ 12", AgendaProcess.ADOPTION_DATE.name(), "2021-01-04"));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(KEY)
                .processDefinitionKey(AgendaProcess.KEY).finished().count()).isOne();
        // one report on the first of each month from May to January: the jumps of the clock run each due timer once
        int sentWhileRunning = reportMails().size();
        assertThat(reports.reportsOf(KEY)).hasSize(sentWhileRunning / EACH);
        assertThat(sentWhileRunning).isEqualTo(EACH * 6);

        cycle.at("2021-03-02T10:00");
        assertThat(reportMails()).as("no report after the cycle ended").hasSize(sentWhileRunning);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(
                cycles.find(KEY).processInstanceId()).count()).isZero();
    }

    @Test
    void aReportTheMailServerRefusedGoesOutOnceWhenTheJobIsRetriedForTheSamePeriod() throws Exception {
        LifecycleDriver cycle = lifecycles.start("SO");
        cycle.at("2020-04-07T09:00");
        mailServer.greenMail().stop();

        Throwable refused = catchThrowable(() -> cycle.at("2020-05-01T10:00"));

        assertThat(refused).hasMessageContaining("E-post kunde inte skickas till " + PRESIDIUM);
        assertThat(reports.reportsOf("PA-SO-2020")).singleElement().satisfies(report -> assertThat(report.sentAt()).isNull());
        mailServer.greenMail().start();
        cycle.at("2020-05-01T10:05");

        assertThat(reportMails("PA-SO-2020")).hasSize(EACH);
        assertThat(reports.reportsOf("PA-SO-2020")).singleElement().satisfies(report -> {
            assertThat(report.from()).isEqualTo("2020-04-01T09:00+02:00");
            assertThat(report.to()).as("the period of the first attempt").isEqualTo("2020-05-01T10:00+02:00");
            assertThat(report.sentAt()).isNotNull();
        });
        for (MimeMessage message : reportMails("PA-SO-2020")) {
            assertThat(pdfAttachment(message).getFileName()).isEqualTo("lagesrapport-PA-SO-2020-v1.pdf");
        }
        assertThat(documents.ofCycle("PA-SO-2020")).as("the retry attaches the PDF of the first attempt")
                .singleElement().satisfies(document -> assertThat(document.kind()).isEqualTo(DocumentKind.STEERING_REPORT));
    }

    private static List<String> recipientsOfTheReport() {
        Plan plan = PlanParser.parse(DefaultPlan.yaml());
        List<String> recipients = new ArrayList<>(plan.addressesOf(Plan.Council.PRESIDIUM));
        recipients.add(plan.contacts().processOwner());
        return List.copyOf(recipients);
    }

    private List<MimeMessage> reportMails() throws Exception {
        return reportMails(KEY);
    }

    private List<MimeMessage> reportMails(String cycleKey) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailServer.receivedMessages()) {
            if (message.getSubject().startsWith("Lägesrapport " + cycleKey + " ")) {
                found.add(message);
            }
        }
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(List<MimeMessage> messages) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : messages) {
            to.add(((InternetAddress) message.getAllRecipients()[0]).getAddress());
        }
        return to;
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start + from.length()));
    }

    private static Part pdfAttachment(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = pdfAttachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return part.isMimeType("application/pdf") && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) ? part : null;
    }

    private static String pdfText(Part pdf) throws Exception {
        try (InputStream in = pdf.getInputStream()) {
            return DocumentContent.pdfText(in.readAllBytes()).replaceAll("\\s+", " ");
        }
    }

    private static Date local(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant());
    }
}
