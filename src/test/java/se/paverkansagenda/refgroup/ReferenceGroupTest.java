package se.paverkansagenda.refgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import se.paverkansagenda.answer.MultipartForm;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.answer.TestFiles;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * Reference groups of a cycle with real proposals: formed on the officials' page with their bad input
 * refused, invited with the compiled proposals and an iCalendar event when the task completes, changes and
 * cancellations sent as the same event, and the advice given from the members' personal links.
 */
@IntegrationTest
class ReferenceGroupTest {

    private static final Pattern LINK = Pattern.compile("/referensgrupp/([A-Za-z0-9_-]{22})");

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ReferenceGroupService service;
    @Autowired
    ReferenceGroupTokens tokens;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    se.paverkansagenda.revision.PlanRevisions revisions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officialsFormGroupsTheMembersAreInvitedAndChangesAndCancellationsUpdateTheSameEvent() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGA");
        String key = cycle.cycleKey();
        String page = "/api/cykel/" + key + "/referensgrupper";
        assertThat(cycle.task(Elements.TASK_FORM_REFERENCE_GROUPS)).isNotNull();

        HttpResponse<String> empty = official().get(page);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("lang=\"sv\"", "Referensgrupper · " + key, "Inga grupper ännu",
                "Bilda en ny grupp", "2020-10-30 – 2020-11-06");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS, summary()))
                .hasMessageContaining("Minst en referensgrupp med medlemmar behöver bildas");

        // a group without members, with an area the plan does not have, a day after the workshop, no time
        Map<String, String> noMembers = group("Infrastruktur", "2020-11-05", "13:00");
        noMembers.put("rusAreas", "RUS-99");
        noMembers.put("meetingDay", "2020-11-20");
        noMembers.put("meetingTime", "kl ett");
        HttpResponse<String> refused = post(page, page, noMembers);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Gruppen är inte sparad", "En referensgrupp behöver minst en medlem.",
                "Okänt RUS-område: RUS-99.", "Mötet ska hållas mellan 2020-10-30 och workshopen 2020-11-09.",
                "Ange mötestiden som TT:MM, t.ex. 13:00.");
        // a member row half filled, with no e-mail address
        Map<String, String> halfRow = group("Infrastruktur", "2020-11-05", "13:00");
        halfRow.put("members[0].name", "Trafikstrateg");
        assertThat(post(page, page, halfRow).body()).contains("Ange medlemmens organisation.", "Ange en giltig e-postadress.",
                "Ange vilken kompetens medlemmen bidrar med.");
        assertThat(service.groups(key)).isEmpty();

        Map<String, String> infrastructure = group("Infrastruktur <script>alert(1)</script>", "2020-11-05", "13:00");
        member(infrastructure, 0, "Trafikstrateg <b>", "Region Jämtland Härjedalen", "trafik@regionjh.example", "Transporter");
        member(infrastructure, 1, "Bredbandssamordnare", "Länsstyrelsen", "bredband@lansstyrelsen-jh.example", "Bredband");
        assertThat(post(page, page, infrastructure).statusCode()).isEqualTo(302);
        Map<String, String> competence = group("Kompetens", "2020-11-06", "09:00");
        competence.put("rusAreas", "RUS-4");
        member(competence, 0, "Utbildningsstrateg", "Mittuniversitetet", "utbildning@miun.example", "Yrkeshögskola");
        assertThat(post(page, page, competence).statusCode()).isEqualTo(302);
        List<ReferenceGroup> groups = service.groups(key);
        assertThat(groups).extracting(ReferenceGroup::name)
                .containsExactly("Infrastruktur <script>alert(1)</script>", "Kompetens");
        String shown = official().get(page).body();
        assertThat(shown).contains("Infrastruktur &lt;script&gt;alert(1)&lt;/script&gt;", "Trafikstrateg &lt;b&gt;")
                .doesNotContain("<script>alert(1)", "Trafikstrateg <b>");
        assertThat(ReceivedMails.to(mailServer, "trafik@regionjh.example")).as("no mail before the task completes").isEmpty();

        // the task completes: every member gets the invitation with the proposals of the group's issues
        cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS, summary());
        assertThat(cycle.task(Elements.TASK_FORM_REFERENCE_GROUPS)).isNull();
        ReferenceGroup infra = groups.get(0);
        MimeMessage invitation = only("trafik@regionjh.example");
        assertThat(invitation.getSubject()).isEqualTo("Kallelse till referensgruppen Infrastruktur <script>alert(1)</script> torsdag 5 november 2020");
        String text = ReceivedMails.text(invitation);
        assertThat(text).contains("Stambanan genom Norrland", "Mittbanan Östersund–Åre",
                "RUS-1 Infrastruktur och tillgänglighet", "13:00").doesNotContain("Yrkeshögskola i länet", "Bredband på landsbygden");
        String ics = calendar(invitation);
        assertThat(ics).contains("METHOD:REQUEST", "UID:" + ReferenceGroupInvitations.uid(infra), "SEQUENCE:0",
                "DTSTART;TZID=Europe/Stockholm:20201105T130000");
        assertThat(html(invitation)).contains("Infrastruktur &lt;script&gt;").doesNotContain("<script>alert(1)");
        assertThat(ReceivedMails.text(only("utbildning@miun.example"))).contains("Yrkeshögskola i länet")
                .doesNotContain("Stambanan");

        // the meeting moves and a member leaves: the same event with a higher sequence, and its cancellation
        Map<String, String> moved = group("Infrastruktur <script>alert(1)</script>", "2020-11-05", "15:00");
        moved.put("members[0].id", infra.activeMembers().get(0).id());
        member(moved, 0, "Trafikstrateg <b>", "Region Jämtland Härjedalen", "trafik@regionjh.example", "Transporter");
        String groupPage = page + "/" + infra.id();
        HttpResponse<String> movedResponse = post(groupPage, groupPage, moved);
        assertThat(movedResponse.statusCode()).as(movedResponse.body()).isEqualTo(302);
        cycle.runDueJobs();
        List<MimeMessage> toFirst = ReceivedMails.to(mailServer, "trafik@regionjh.example");
        assertThat(toFirst).hasSize(2);
        assertThat(toFirst.get(1).getSubject()).startsWith("Ändrad kallelse: referensgruppen");
        assertThat(calendar(toFirst.get(1))).contains("METHOD:REQUEST", "UID:" + ReferenceGroupInvitations.uid(infra),
                "SEQUENCE:1", "DTSTART;TZID=Europe/Stockholm:20201105T150000");
        List<MimeMessage> toSecond = ReceivedMails.to(mailServer, "bredband@lansstyrelsen-jh.example");
        assertThat(toSecond).hasSize(2);
        assertThat(toSecond.get(1).getSubject()).startsWith("Inställt: referensgruppen");
        assertThat(ReceivedMails.text(toSecond.get(1))).contains("du ingår inte längre i referensgruppen");
        assertThat(contentTypes(toSecond.get(1))).anySatisfy(type -> assertThat(type).startsWith("text/calendar")
                .contains("method=CANCEL"));
        assertThat(calendar(toSecond.get(1))).contains("METHOD:CANCEL", "UID:" + ReferenceGroupInvitations.uid(infra),
                "SEQUENCE:1", "STATUS:CANCELLED");
        cycle.runDueJobs();
        assertThat(ReceivedMails.to(mailServer, "trafik@regionjh.example")).as("nothing sent twice").hasSize(2);

        // the competence group is cancelled
        assertThat(post(page, page + "/" + groups.get(1).id() + "/installd", new LinkedHashMap<>()).statusCode()).isEqualTo(302);
        cycle.runDueJobs();
        List<MimeMessage> cancelled = ReceivedMails.to(mailServer, "utbildning@miun.example");
        assertThat(cancelled).hasSize(2);
        assertThat(calendar(cancelled.get(1))).contains("METHOD:CANCEL", "UID:" + ReferenceGroupInvitations.uid(groups.get(1)),
                "SEQUENCE:1", "STATUS:CANCELLED");
        assertThat(official().get(page).body()).contains("(inställd)");

        // the removed member's link opens nothing; the remaining member's link opens the group
        assertThat(anonymous().get(linkIn(toSecond.get(0))).statusCode()).isEqualTo(404);
        assertThat(anonymous().get(linkIn(cancelled.get(0))).body()).contains("Gruppens möte är inställt");
        String link = linkIn(toFirst.get(1));
        HttpResponse<String> memberPage = anonymous().get(link);
        assertThat(memberPage.statusCode()).isEqualTo(200);
        assertThat(memberPage.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(memberPage.body()).contains("Referensgrupp: Infrastruktur &lt;script&gt;", "Stambanan genom Norrland",
                "Gruppens råd om RUS-1 Infrastruktur och tillgänglighet").doesNotContain("<script>alert(1)");
    }

    @Test
    void membersGiveTheGroupsAdviceFromTheirLinkAndBadAdviceIsRefused() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGB");
        String key = cycle.cycleKey();
        String groupId = service.save(key, null, new GroupDraft("Infrastruktur", List.of("RUS-1", "RUS-2"), "2020-11-05",
                "13:00", "Regionens hus", List.of(new GroupDraft.MemberDraft(null, "Trafikstrateg", "Regionen",
                        "trafik.rgb@regionjh.example", "Transporter"))), "tjansteperson");
        cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS, summary());
        String link = linkIn(only("trafik.rgb@regionjh.example"));

        HttpResponse<String> empty = multipart(link, new MultipartForm().field("rad.RUS-1", " ").field("rad.RUS-2", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Skriv gruppens råd till minst en fråga.");
        HttpResponse<String> unknownIssue = multipart(link, new MultipartForm().field("rad.RUS-4", "Yrkeshögskola"));
        assertThat(unknownIssue.body()).contains("Okänd fråga för gruppen: RUS-4.");
        HttpResponse<String> program = multipart(link, new MultipartForm().field("rad.RUS-1", "Råd")
                .file("bilaga", "rad.pdf", "application/pdf", TestFiles.program()));
        assertThat(program.body()).contains("Filen rad.pdf är varken en PDF eller ett Word-dokument (DOCX).");
        assertThat(service.adviceOf(key)).isEmpty();

        HttpResponse<String> given = multipart(link, new MultipartForm()
                .field("rad.RUS-1", "Slå ihop <i>stråken</i> till en fråga.").field("rad.RUS-2", "")
                .file("bilaga", "underlag.pdf", "application/pdf", TestFiles.pdf("Referensgruppens underlag")));
        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(given.headers().firstValue("Location").orElseThrow()).endsWith(link + "/kvitto");
        HttpResponse<String> receipt = anonymous().get(link + "/kvitto");
        assertThat(receipt.body()).contains("Tack, rådet är sparat", "Slå ihop &lt;i&gt;stråken&lt;/i&gt; till en fråga.",
                "Bilaga: underlag.pdf").doesNotContain("<i>stråken");
        assertThat(service.adviceOf(key)).extracting(ReferenceGroupAdvice::issue, ReferenceGroupAdvice::text,
                        ReferenceGroupAdvice::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS-1", "Slå ihop <i>stråken</i> till en fråga.",
                        "trafik.rgb@regionjh.example"));
        assertThat(service.attachmentOf(key, groupId)).hasValueSatisfying(file ->
                assertThat(file.mediaType()).isEqualTo("application/pdf"));

        // an official records the advice on RUS-2 from the group's page
        String groupPage = "/api/cykel/" + key + "/referensgrupper/" + groupId;
        Map<String, String> advice = new LinkedHashMap<>();
        advice.put("rad.RUS-2", "Bredband som en del av stråket.");
        assertThat(post(groupPage, groupPage + "/rad", advice).statusCode()).isEqualTo(302);
        assertThat(service.adviceFor(key, "RUS-2", List.of())).extracting(ReferenceGroupAdvice::recordedBy).containsExactly("tjansteperson");
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("rad.RUS-2", " ");
        assertThat(post(groupPage, groupPage + "/rad", blank).body()).contains("Skriv gruppens råd till minst en fråga.");

        // links and groups that are not this cycle's: 404
        assertThat(anonymous().get("/referensgrupp/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/referensgrupp/inte-en-lank").statusCode()).isEqualTo(404);
        LifecycleDriver other = lifecycles.atReferenceGroups("RGC");
        String otherGroup = service.save(other.cycleKey(), null, new GroupDraft("Annan", List.of("RUS-1"), "2020-11-05",
                "13:00", "Sundsvall", List.of(new GroupDraft.MemberDraft(null, "Strateg", "Region", "s@region.example",
                        "Planering"))), "tjansteperson");
        assertThat(official().get("/api/cykel/" + key + "/referensgrupper/" + otherGroup).statusCode()).isEqualTo(404);
        assertThat(post(groupPage, "/api/cykel/" + key + "/referensgrupper/" + otherGroup + "/rad", advice).statusCode())
                .isEqualTo(404);
        assertThat(service.adviceOf(other.cycleKey())).isEmpty();
        assertThat(anonymous().post(link, "application/json", "{}").statusCode()).isEqualTo(415);
    }

    @Test
    void theAdviceIsShownAtTheWorkshopsIssueInTheAgendaAndInTheTraceFromProposalToSection() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGD");
        String key = cycle.cycleKey();
        String groupId = service.save(key, null, new GroupDraft("Stråken", List.of("RUS-1"), "2020-11-05", "13:00",
                "Regionens hus", List.of(new GroupDraft.MemberDraft(null, "Trafikstrateg", "Regionen",
                        "trafik.rgd@regionjh.example", "Transporter"))), "tjansteperson");
        cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS, summary());
        service.recordAdvice(key, groupId, Map.of("RUS-1", "Driv <b>hela</b> stråket som en fråga."), null,
                "trafik.rgd@regionjh.example");

        AgendaWork work = lifecycles.work();
        cycle.at("2020-11-09T09:00");
        work.prioritiseEveryProposal(key);
        String workshop = official().get("/api/cykel/" + key + "/workshop").body();
        assertThat(workshop).contains("Referensgruppernas råd om frågan", "Stråken (RUS-1)",
                "Driv &lt;b&gt;hela&lt;/b&gt; stråket som en fråga.").doesNotContain("<b>hela</b>");
        cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of()).writeAgenda(work, "Version 1");
        assertThatThrownBy(() -> service.recordAdvice(key, groupId, Map.of("RUS-1", "För sent"), null, "tjansteperson"))
                .isInstanceOf(ReferenceGroupRefusedException.class)
                .hasMessage("Workshopen har redan prioriterat inspelen; råd kan inte längre lämnas.");

        String agendaPage = official().get("/api/cykel/" + key + "/agenda").body();
        assertThat(agendaPage).contains("Referensgruppernas råd om frågan", "Driv &lt;b&gt;hela&lt;/b&gt; stråket");
        JsonNode trace = new ObjectMapper()
                .readTree(official().get("/api/cycles/" + key + "/proposals/2380-1/trace").body());
        assertThat(trace.path("proposal").path("title").asText()).isEqualTo("Stambanan genom Norrland");
        assertThat(trace.path("advice").get(0).path("group").asText()).isEqualTo("Stråken");
        assertThat(trace.path("advice").get(0).path("excerpt").asText()).isEqualTo("Driv <b>hela</b> stråket som en fråga.");
        assertThat(trace.path("mergedInto").path("title").asText()).isEqualTo("Stambanan genom Norrland");
        assertThat(trace.path("sectionKey").asText()).isNotBlank();
        assertThat(new ObjectMapper()
                .readTree(official().get("/api/cycles/" + key + "/proposals/2309-1/trace").body()).path("advice"))
                .as("no advice on RUS-4").isEmpty();
        String tracePage = official().get("/api/cykel/" + key + "/sparbarhet").body();
        assertThat(tracePage).contains("Referensgruppernas råd om frågan", "Stråken (RUS-1)", "Referensgruppers råd",
                "Inga råd från referensgrupper.").doesNotContain("<b>hela</b>");
    }

    @Test
    void aRevisedPlanAddsReferenceGroupsBeforeStepSevenAndCannotChangeThemAfter() {
        LifecycleDriver cycle = lifecycles.start("RGE");
        String key = cycle.cycleKey();
        String plan = revisions.version(key, revisions.latestVersion(key));
        assertThat(plan).contains("referenceGroups:\n  used: false\n");
        HttpResponse<String> added = revise(key, plan.replace("referenceGroups:\n  used: false\n", Lifecycles.REFERENCE_GROUPS));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        cycle.toInputRound().answerAllBut(se.paverkansagenda.round.RoundKind.INPUT).at("2020-10-05T09:00")
                .complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment();
        assertThat(cycle.task(Elements.TASK_FORM_REFERENCE_GROUPS)).isNotNull();
        assertThat(cycle.task(Elements.TASK_FORM_REFERENCE_GROUPS).getDueDate())
                .isEqualTo(Lifecycles.local("2020-11-06T23:59:59"));

        HttpResponse<String> late = revise(key, revisions.version(key, revisions.latestVersion(key))
                .replace("end: 2020-11-06", "end: 2020-11-05"));
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("referenceGroups: om referensgrupper bildas och deras period bestäms senast i steg 7");
    }

    private HttpResponse<String> revise(String key, String plan) {
        return ApiClient.as("processagare", port).post("/api/cycles/" + key + "/plan?reason=Referensgrupper",
                "application/yaml", plan);
    }

    private static Map<String, Object> summary() {
        return Map.of(AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "Två grupper");
    }

    private static Map<String, String> group(String name, String day, String time) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("rusAreas", "RUS-1");
        form.put("meetingDay", day);
        form.put("meetingTime", time);
        form.put("meetingPlace", "Regionens hus, Östersund");
        return form;
    }

    private static void member(Map<String, String> form, int row, String name, String organisation, String email,
                               String competence) {
        form.put("members[" + row + "].name", name);
        form.put("members[" + row + "].organisation", organisation);
        form.put("members[" + row + "].email", email);
        form.put("members[" + row + "].competence", competence);
    }

    private MimeMessage only(String address) {
        List<MimeMessage> messages = ReceivedMails.to(mailServer, address);
        assertThat(messages).as(address).hasSize(1);
        return messages.get(0);
    }

    private static String linkIn(MimeMessage message) {
        Matcher link = LINK.matcher(ReceivedMails.text(message));
        assertThat(link.find()).as("the mail carries a personal link").isTrue();
        return link.group();
    }

    private static String calendar(MimeMessage message) throws Exception {
        for (Part part : ReceivedMails.attachments(message)) {
            if (part.isMimeType("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
                }
            }
        }
        throw new AssertionError("no calendar in the message");
    }

    private static List<String> contentTypes(MimeMessage message) throws Exception {
        List<String> types = new java.util.ArrayList<>();
        for (Part part : ReceivedMails.attachments(message)) {
            types.add(part.getContentType());
        }
        return types;
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            StringBuilder html = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                html.append(html(multipart.getBodyPart(i)));
            }
            return html.toString();
        }
        return "";
    }

    private HttpResponse<String> post(String page, String path, Map<String, String> fields) {
        return PageForms.post(official(), page, path, fields);
    }

    private HttpResponse<String> multipart(String link, MultipartForm form) {
        return anonymous().post(link, form.contentType(), form.bytes());
    }

    private ApiClient official() {
        return ApiClient.as("tjansteperson", port);
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }
}
