package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.notification.MailTestSupport.clockAt;
import static se.paverkansagenda.notification.MailTestSupport.event;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.MailTestSupport.Mail;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.PlanJson;
import se.paverkansagenda.plan.PlanParser;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/** Every message of the lifecycle, as the application's SMTP server (GreenMail) receives it. */
@IntegrationTest
class NotificationMailTest {

    private static final String RSR = "rsr-sekretariat@regionjh.example";
    private static final String PRESIDIUM = "run-presidium@regionjh.example";
    private static final String OWNER = "utvecklingsdirektor@regionjh.example";
    private static final String MARKUP = "<script>alert('x')</script> & \"Inlandsbanan\"";

    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnswerTokens tokens;

    MailTestSupport mail;

    @BeforeEach
    void setUp() {
        mail = new MailTestSupport(mailServer, outbox, runtimeService, managementService);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void thePlanGoesToRsrAndThePresidiumWithCalendarInvitationsWhoseSequenceGrowsWhenThePlanMovesTheMeeting() {
        clockAt("2020-04-27T07:00");
        String cycle = start("NMA");
        runFrom(cycle, Elements.TASK_SEND_PLAN_TO_RSR);

        Mail plan = single(mail.mailsTo(cycle, RSR));
        assertThat(plan.subject()).isEqualTo(
                "Kallelse till RSR måndag 4 maj 2020: genomförandeplan för länsgemensam påverkansagenda 2020");
        assertThat(plan.text()).contains("RSR:s sammanträde måndag 4 maj 2020 kl. 09:00",
                "5. Förfrågan om inspel från kommunerna: 8 maj 2020 – 2 oktober 2020");
        assertThat(plan.html()).contains("<td style=\"padding: 2px 8px;\">Förfrågan om inspel från kommunerna</td>");
        assertThat(plan.calendarType()).contains("text/calendar", "method=REQUEST", "kallelse.ics");
        VEvent rsrMeeting = event(plan.calendar());
        assertThat(start(rsrMeeting)).isEqualTo(ZonedDateTime.parse("2020-05-04T09:00+02:00[Europe/Stockholm]"));
        assertThat(rsrMeeting.getUid().orElseThrow().getValue()).isEqualTo(cycle + "-rsrTreatment@paverkansagenda");
        assertThat(rsrMeeting.getSequence().getSequenceNo()).isZero();
        assertThat(plan.calendar().replace("\r\n ", "")).contains("METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
                "DTSTART;TZID=Europe/Stockholm:20200504T090000", "ATTENDEE;CN=" + RSR + ":mailto:" + RSR)
                .doesNotContain("Europe/Berlin");

        Mail presidium = single(mail.mailsTo(cycle, PRESIDIUM));
        assertThat(presidium.subject()).startsWith("Kallelse till RUN:s presidium torsdag 30 april 2020");
        VEvent presidiumMeeting = event(presidium.calendar());
        assertThat(start(presidiumMeeting)).isEqualTo(ZonedDateTime.parse("2020-04-30T09:00+02:00[Europe/Stockholm]"));
        assertThat(presidiumMeeting.getUid().orElseThrow().getValue()).isEqualTo(cycle + "-presidiumReview@paverkansagenda");

        // the plan is revised: the RSR meeting moves two days; the notice goes out again
        String revised = cycles.find(cycle).planYaml().replace("RSR_TREATMENT:           { date: 2020-05-04 }",
                "RSR_TREATMENT:           { date: 2020-05-06 }");
        jdbc.sql("UPDATE cycle SET plan_yaml = :yaml, plan_json = :json WHERE business_key = :key")
                .param("yaml", revised).param("json", PlanJson.write(PlanParser.parse(revised)))
                .param("key", cycle).update();
        runFrom(cycle, Elements.TASK_SEND_PLAN_TO_RSR);

        List<Mail> toRsr = mail.mailsTo(cycle, RSR);
        assertThat(toRsr).hasSize(2);
        VEvent moved = event(toRsr.get(1).calendar());
        assertThat(start(moved)).isEqualTo(ZonedDateTime.parse("2020-05-06T09:00+02:00[Europe/Stockholm]"));
        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(cycle + "-rsrTreatment@paverkansagenda");
        assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(mail.mailsTo(cycle, PRESIDIUM)).as("the presidium's meeting did not move").hasSize(1);
    }

    @Test
    void theInputRoundSendsRequestsReceiptsRemindersOnlyToThoseWhoHaveNotAnsweredAndLateNoticesOnce() {
        clockAt("2020-05-08T09:00");
        String cycle = start("NMB");
        runFrom(cycle, Elements.TASK_OPEN_INPUT_ROUND);

        List<RoundRequest> requests = rounds.requestsOf(cycle, RoundKind.INPUT);
        assertThat(requests).hasSize(8);
        for (RoundRequest request : requests) {
            Mail sent = single(mail.mailsTo(cycle, request.recipientEmail()));
            assertThat(sent.subject()).isEqualTo(
                    "Förfrågan om inspel till länsgemensam påverkansagenda – svar senast fredag 2 oktober 2020");
            assertThat(sent.text()).startsWith("Till " + request.recipientName() + ",")
                    .contains("RUS-2 Digital infrastruktur och bredband");
            assertThat(linkIn(sent.text())).as("the recipient's own link").isEqualTo(request.id());
            assertThat(sent.html()).contains("<a href=\"http://localhost:8080/svar/");
            assertThat(sent.calendar()).isNull();
        }

        RoundRequest ostersund = byCode(requests, "2380");
        RoundRequest are = byCode(requests, "2321");
        answers.record(ostersund.id(), "Elektrifiera " + MARKUP, "tjansteperson");
        answers.record(are.id(), "Bredband i hela kommunen", "tjansteperson");
        mail.runDueJobs(cycle);

        Mail receipt = mail.mailsTo(cycle, ostersund.recipientEmail()).get(1);
        assertThat(receipt.subject()).isEqualTo("Kvitto: ert inspel till påverkansagendan har tagits emot");
        assertThat(receipt.text()).contains("Elektrifiera " + MARKUP);
        assertThat(receipt.html()).contains("Elektrifiera &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Inlandsbanan&quot;")
                .doesNotContain("<script>");

        clockAt("2020-09-18T09:00");
        mail.runDueJobs(cycle);
        clockAt("2020-09-29T09:00");
        mail.runDueJobs(cycle);

        for (RoundRequest request : requests) {
            List<Mail> reminders = mail.mailsTo(cycle, request.recipientEmail()).stream()
                    .filter(m -> m.subject().startsWith("Påminnelse")).toList();
            if (request == ostersund || request == are) {
                assertThat(reminders).as(request.recipientName() + " answered").isEmpty();
            } else {
                assertThat(reminders).as(request.recipientName()).hasSize(2);
                assertThat(reminders.get(0).subject()).isEqualTo("Påminnelse: inspel till påverkansagendan senast fredag 2 oktober 2020");
                assertThat(reminders.get(0).text()).contains("om 10 arbetsdagar");
                assertThat(linkIn(reminders.get(0).text())).isEqualTo(request.id());
                assertThat(reminders.get(1).text()).contains("om 3 arbetsdagar");
            }
        }

        clockAt("2020-10-05T09:00");
        mail.runDueJobs(cycle);
        mail.runDueJobs(cycle);

        // the process owner hears once of the round's unanswered requests, each named with its deadline
        List<Mail> late = mail.mailsTo(cycle, OWNER).stream().filter(m -> m.subject().startsWith("Svar saknas")).toList();
        assertThat(late).singleElement().extracting(Mail::subject)
                .isEqualTo("Svar saknas från 6 mottagare (Inspel från kommunerna, " + cycle + ")");
        assertThat(late.get(0).text()).contains("6 mottagare har inte svarat",
                        "- Berg, registrator@berg.example (svarstid fredag 2 oktober 2020)",
                        "- Ragunda, registrator@ragunda.example (svarstid fredag 2 oktober 2020)",
                        "/api/omgang/" + cycle + "/inspel")
                .doesNotContain("Östersund", "Åre");
    }

    @Test
    void aLateStepIsToldToTheProcessOwnerOnceWithHowLateItIs() {
        clockAt("2020-04-07T09:00");
        String cycle = start("NMC");
        mail.runDueJobs(cycle);

        clockAt("2020-04-27T08:00");
        mail.runDueJobs(cycle);
        runFrom(cycle, "Task_ReportDraftPmLate");

        // the first to the process owner is the plan's warning of its Saturday deadline, sent at the start
        List<Mail> toOwner = mail.mailsTo(cycle, OWNER);
        assertThat(toOwner).extracting(Mail::subject).containsExactly("Planen för " + cycle + " har tidsgränser på helgdagar",
                "Försenat steg 1: Formulera förslag till struktur (PM) (" + cycle + ")");
        List<Mail> late = toOwner.subList(1, 2);
        assertThat(late.get(0).text()).contains("skulle enligt planen vara klart fredag 24 april 2020",
                "försenat med 1 arbetsdag (3 kalenderdagar)");
    }

    @Test
    void theCompilationThePartnershipAndTheAdoptedAgendaReachEveryoneWithUserTextEscaped() {
        clockAt("2020-10-30T09:00");
        String cycle = start("NMD");
        String instance = mainInstance(cycle);
        runtimeService.setVariable(instance, AgendaProcess.COMPILATION_SUMMARY.name(), "Tre teman: " + MARKUP);
        runtimeService.setVariable(instance, AgendaProcess.COMPILATION_DOCUMENT_URL.name(), "javascript:alert(1)");
        runFrom(cycle, Elements.TASK_SEND_COMPILATION_TO_RSR);

        Mail toRsr = single(mail.mailsTo(cycle, RSR));
        assertThat(toRsr.subject()).isEqualTo("Sammanställning av kommunernas inspel och kallelse till workshop måndag 9 november 2020");
        assertThat(toRsr.html()).contains("Tre teman: &lt;script&gt;").doesNotContain("<script>", "javascript:");
        assertThat(toRsr.text()).contains("Tre teman: " + MARKUP);
        // the workshop falls after the change to winter time: 09:00 CET is 08:00 UTC
        assertThat(start(event(toRsr.calendar())).toInstant()).hasToString("2020-11-09T08:00:00Z");
        Mail toKrokom = single(mail.mailsTo(cycle, "registrator@krokom.example"));
        assertThat(toKrokom.subject()).startsWith("Sammanställning av inspelen till påverkansagendan och inbjudan till workshop");
        assertThat(toKrokom.text()).startsWith("Till Krokom,");
        assertThat(event(toKrokom.calendar()).getUid().orElseThrow().getValue()).isEqualTo(cycle + "-workshop@paverkansagenda");

        runtimeService.setVariable(instance, AgendaProcess.PRIORITISED_ISSUES.name(), Spin.JSON(
                "[{\"issue\": \"<b>Bredband</b> i hela länet\", \"rusArea\": \"RUS-2\", \"proposedBy\": \"Berg\"}]"));
        runFrom(cycle, Elements.TASK_INFORM_PARTNERSHIP);
        Mail partnership = single(mail.mailsTo(cycle, "lanspartnerskapet@regionjh.example"));
        assertThat(partnership.subject()).isEqualTo("Information till Länspartnerskapet: arbetet med länsgemensam påverkansagenda 2020");
        assertThat(partnership.html()).contains("&lt;b&gt;Bredband&lt;/b&gt; i hela länet");
        assertThat(partnership.text()).contains("1. <b>Bredband</b> i hela länet (RUS-2), föreslagen av Berg",
                "Samråd med näringsliv, organisationer och andra aktörer pågår 19 december 2020 – 29 januari 2021");

        runtimeService.setVariables(instance, Map.of(AgendaProcess.ADOPTION_PARAGRAPH.name(), "42",
                AgendaProcess.ADOPTION_DATE.name(), "2021-02-01",
                AgendaProcess.AGENDA_DOCUMENT_URL.name(), "https://regionjh.example/agenda.pdf"));
        runFrom(cycle, Elements.TASK_ANNOUNCE_AGENDA);
        List<Mail> adopted = mail.mails(cycle).stream().filter(m -> m.subject().equals("Länsgemensam påverkansagenda 2020 är fastställd")).toList();
        Plan plan = PlanParser.parse(DefaultPlan.yaml());
        int members = 0;
        for (Plan.Council council : Plan.Council.values()) {
            members += plan.membersOf(council).size();
        }
        assertThat(adopted).as("the councils' shared addresses, the owner, the municipalities, the organisations and "
                        + "every council member").hasSize(31 + members).extracting(Mail::to).doesNotHaveDuplicates()
                .contains(RSR, PRESIDIUM, OWNER, "registrator@berg.example", "registrator@mittuniversitetet.example",
                        "oppositionsrad@berg.example", "run-ordforande@regionjh.example", "lps-kontakt@almi-mitt.example");
        assertThat(adopted.get(0).text()).contains("är fastställd 2021-02-01, § 42", "Agendan: https://regionjh.example/agenda.pdf");
    }

    /** The seed plan under a region code of its own: each test has a cycle of its own in the shared database. */
    private String start(String region) {
        return cycles.start(DefaultPlan.yaml().replace("code: JH", "code: " + region), "test").businessKey();
    }

    private String mainInstance(String cycle) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycle)
                .processDefinitionKey(AgendaProcess.KEY).singleResult().getId();
    }

    /** Moves the cycle's main process to the element, as an operator would in Cockpit, and runs the due jobs. */
    private void runFrom(String cycle, String element) {
        runtimeService.createProcessInstanceModification(mainInstance(cycle))
                .cancelAllForActivity(Elements.TIMER_DRAFT_PM_START)
                .startBeforeActivity(element)
                .execute();
        mail.runDueJobs(cycle);
    }

    private static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getDateTimeStart().getDate();
    }

    private static RoundRequest byCode(List<RoundRequest> requests, String code) {
        return requests.stream().filter(r -> r.recipientCode().equals(code)).findFirst().orElseThrow();
    }

    private static Mail single(List<Mail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The request that the answer link in a mail opens. */
    private String linkIn(String text) {
        Matcher link = Pattern.compile("http://localhost:8080/svar/([A-Za-z0-9_-]{22})").matcher(text);
        assertThat(link.find()).as("a link with a token").isTrue();
        return tokens.requestOf(link.group(1)).orElseThrow();
    }
}
