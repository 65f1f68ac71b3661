package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.answer.TestFiles;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.refgroup.GroupDraft;
import se.paverkansagenda.refgroup.ReferenceGroupAdvice;
import se.paverkansagenda.refgroup.ReferenceGroupService;

/** A reference group's member opens the link in the invitation and gives the group's advice in a real browser. */
@IntegrationTest
class ReferenceGroupInBrowserTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/referensgrupp/[A-Za-z0-9_-]{22})");

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ReferenceGroupService groups;
    @Autowired
    EmbeddedMailServer mailServer;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOfficialFormsAGroupOnThePageWithItsFixedMemberRows() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGO");
        String key = cycle.cycleKey();
        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://tjansteperson:" + se.paverkansagenda.ApiClient.DEMO_PASSWORD + "@localhost:" + port
                    + "/api/cykel/" + key + "/referensgrupper");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Referensgrupper · " + key);
            browser.findElement(By.id("name")).sendKeys("Kompetensförsörjning");
            browser.findElement(By.id("area-RUS-4")).click();
            browser.findElement(By.id("meetingDay")).sendKeys("2020-11-06");
            browser.findElement(By.id("meetingTime")).sendKeys("09:00");
            browser.findElement(By.id("meetingPlace")).sendKeys("Mittuniversitetet");
            browser.findElement(By.id("members0.name")).sendKeys("Utbildningsstrateg");
            browser.findElement(By.id("members0.organisation")).sendKeys("Mittuniversitetet");
            browser.findElement(By.id("members0.email")).sendKeys("utbildning.rgo@miun.example");
            browser.findElement(By.id("members0.competence")).sendKeys("Yrkeshögskola");
            browser.findElement(By.id("members1.name")).sendKeys("Rektor");
            Browser.screenshot(browser, "reference-groups-official-filled");
            browser.findElement(By.cssSelector("form[action$='/referensgrupper'] button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.summary"));
            assertThat(browser.findElement(By.cssSelector("div.summary")).getText()).contains("Gruppen är inte sparad");
            assertThat(browser.getPageSource()).contains("Ange medlemmens organisation.");

            browser.findElement(By.id("members1.name")).clear();
            browser.findElement(By.cssSelector("form[action$='/referensgrupper'] button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.saved"));
            assertThat(browser.findElement(By.tagName("table")).getText())
                    .contains("Kompetensförsörjning", "RUS-4", "Utbildningsstrateg (Mittuniversitetet, Yrkeshögskola)");
            Browser.screenshot(browser, "reference-groups-official-saved");
        } finally {
            browser.quit();
        }
        assertThat(groups.groups(key)).singleElement().satisfies(group ->
                assertThat(group.activeMembers()).extracting(member -> member.email())
                        .containsExactly("utbildning.rgo@miun.example"));
    }

    @Test
    void aMemberGivesTheGroupsAdviceWithAFileFromTheLinkInTheInvitation() throws Exception {
        LifecycleDriver cycle = lifecycles.atReferenceGroups("RGW");
        String key = cycle.cycleKey();
        groups.save(key, null, new GroupDraft("Infrastruktur och bredband", List.of("RUS-1", "RUS-2"), "2020-11-05",
                "13:00", "Regionens hus", List.of(new GroupDraft.MemberDraft(null, "Trafikstrateg", "Regionen",
                        "trafik.rgw@regionjh.example", "Transporter"))), "tjansteperson");
        cycle.complete(Elements.TASK_FORM_REFERENCE_GROUPS,
                Map.of(AgendaProcess.REFERENCE_GROUPS_SUMMARY.name(), "En grupp"));
        Matcher link = LINK.matcher(ReceivedMails.text(ReceivedMails.to(mailServer, "trafik.rgw@regionjh.example").get(0)));
        assertThat(link.find()).isTrue();
        String page = "http://localhost:" + port + link.group(1);
        Path file = Files.createTempDirectory("rad").resolve("underlag.pdf");
        Files.write(file, TestFiles.pdf("Referensgruppens underlag"));

        ChromeDriver browser = Browser.start();
        try {
            browser.get(page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Referensgrupp: Infrastruktur och bredband");
            assertThat(browser.getPageSource()).contains("Stambanan genom Norrland", "Bredband på landsbygden");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.summary"));
            assertThat(browser.findElement(By.cssSelector("div.summary")).getText())
                    .contains("Skriv gruppens råd till minst en fråga.");

            browser.findElement(By.id("rad-RUS-1")).sendKeys("Driv stråket som en fråga <script>alert(1)</script>");
            browser.findElement(By.id("rad-RUS-2")).sendKeys("Bredband i glesbygd hör till samma fråga.");
            browser.findElement(By.id("bilaga")).sendKeys(file.toString());
            Browser.screenshot(browser, "reference-group-advice-filled");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.saved"));

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tack, rådet är sparat");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("Driv stråket som en fråga <script>alert(1)</script>", "Bilaga: underlag.pdf");
            Browser.screenshot(browser, "reference-group-advice-receipt");
        } finally {
            browser.quit();
        }
        assertThat(groups.adviceOf(key)).extracting(ReferenceGroupAdvice::issue).containsExactly("RUS-1", "RUS-2");
    }
}
