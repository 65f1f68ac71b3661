package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.deadline.DeadlineService;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.revision.PlanRevisions;

/** The process owner revises a running cycle's plan on its page in a real browser: a file, a refusal, an edit. */
@IntegrationTest
class PlanRevisionInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    PlanRevisions revisions;
    @Autowired
    DeadlineService deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProcessOwnerUploadsARevisedPlanSeesWhatChangedAndARefusalKeepsWhatWasTyped() throws Exception {
        LifecycleDriver cycle = lifecycles.start("RVW").at("2020-04-08T09:00");
        String key = cycle.cycleKey();
        Path revised = Files.createTempDirectory("plan").resolve("plan-rvw.yaml");
        Files.writeString(revised, revisions.version(key, 1).replace("start: 2020-04-07, end: 2020-04-24",
                "start: 2020-04-07, end: 2020-04-29"), StandardCharsets.UTF_8);
        Path broken = revised.resolveSibling("trasig.yaml");
        Files.writeString(broken, "steps: [", StandardCharsets.UTF_8);
        String page = "http://processagare:" + ApiClient.DEMO_PASSWORD + "@localhost:" + port + "/api/cykel/" + key + "/plan";

        ChromeDriver browser = Browser.start();
        try {
            browser.get(page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ändra genomförandeplanen · " + key);
            assertThat(browser.findElement(By.id("plan")).getAttribute("value")).contains("end: 2020-04-24");

            // no reason: refused, and the file has to be chosen again but nothing else is lost
            browser.findElement(By.id("planfil")).sendKeys(revised.toString());
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.summary"));
            assertThat(browser.findElement(By.cssSelector("div.summary")).getText())
                    .contains("Planen är inte ändrad", "Ange varför planen ändras");

            browser.findElement(By.id("reason")).sendKeys("Åre och Östersund behöver två dagar till för PM:et");
            browser.findElement(By.id("planfil")).sendKeys(revised.toString());
            Browser.screenshot(browser, "plan-revision-filled");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.saved"));
            assertThat(browser.findElement(By.cssSelector("div.saved")).getText()).contains("Version 2 av planen är sparad",
                    "steps.DRAFT_PM: steg 1");
            assertThat(browser.findElement(By.id("plan")).getAttribute("value")).contains("end: 2020-04-29");
            Browser.screenshot(browser, "plan-revision-saved");

            // a broken file: every problem shown, the reason typed kept, nothing changed
            browser.findElement(By.id("reason")).sendKeys("Ett försök till");
            browser.findElement(By.id("planfil")).sendKeys(broken.toString());
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.summary"));
            assertThat(browser.findElement(By.cssSelector("div.summary")).getText()).contains("Filen är inte giltig YAML");
            assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Ett försök till");
            assertThat(browser.findElement(By.id("plan")).getAttribute("value")).as("the file's text, to correct in place")
                    .isEqualTo("steps: [");

            browser.get(page);
            browser.findElement(By.id("reason")).sendKeys("Ett försök till");

            // edited in place: a comment typed at the end changes nothing in the plan, and says so
            browser.findElement(By.id("plan")).click();
            browser.findElement(By.id("plan")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n# kommentar från processägaren");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("div.summary"));
            assertThat(browser.findElement(By.cssSelector("div.summary")).getText())
                    .contains("Planen är densamma som version 2");
            assertThat(browser.findElement(By.id("plan")).getAttribute("value")).endsWith("# kommentar från processägaren");

            browser.get("http://processagare:" + ApiClient.DEMO_PASSWORD + "@localhost:" + port + "/api/cycles/" + key
                    + "/tidslinje");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ändringar av planen",
                    "Åre och Östersund behöver två dagar till för PM:et");
            browser.findElement(By.linkText("Ändra planen")).click();
            Browser.waitFor(browser, By.id("plan"));

            browser.get("http://tjansteperson:" + ApiClient.DEMO_PASSWORD + "@localhost:" + port + "/api/cykel/" + key
                    + "/plan");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Åtkomst nekad");
        } finally {
            browser.quit();
        }
        assertThat(revisions.latestVersion(key)).isEqualTo(2);
        assertThat(cycle.task(Elements.TASK_DRAFT_PM).getDueDate())
                .isEqualTo(deadlines.endOfDay(LocalDate.parse("2020-04-29")));
    }
}
