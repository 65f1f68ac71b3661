package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.carryforward.CarriedIssue;
import se.paverkansagenda.carryforward.CarryForwardService;
import se.paverkansagenda.carryforward.FollowUpDecision;
import se.paverkansagenda.carryforward.FollowingCycles;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/** An official follows last year's agenda up on the follow-up page in a real browser, issue by issue. */
@IntegrationTest
class FollowUpInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    FollowingCycles years;
    @Autowired
    CarryForwardService service;
    @Autowired
    DocumentStore documents;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOfficialRecordsTheFollowUpOfEachIssueOnThePage() throws Exception {
        String previous = years.adopted("CFB");
        LifecycleDriver cycle = years.following("CFB", previous);
        String key = cycle.cycleKey();
        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://tjansteperson:" + ApiClient.DEMO_PASSWORD + "@localhost:" + port
                    + "/api/cykel/" + key + "/uppfoljning");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Uppföljning av förra årets agenda · " + key);
            assertThat(browser.getPageSource()).contains(previous, "Frågor som ännu inte är uppföljda: 3.");

            // closing an issue without saying why is refused, with the reason next to the field
            fill(browser, 3, "Ansökan om EU-medel.", "Medlen är beviljade.", "Almi", FollowUpDecision.CLOSE);
            browser.findElement(By.id("save-3")).click();
            Browser.waitFor(browser, By.cssSelector("div.summary"));
            assertThat(browser.findElement(By.cssSelector("#fraga-3 div.summary")).getText())
                    .contains("Uppföljningen är inte sparad");
            assertThat(browser.findElement(By.cssSelector("#fraga-3")).getText()).contains("Skälet att avsluta frågan saknas.");
            assertThat(browser.findElement(By.id("done-3")).getAttribute("value")).as("what was typed stays")
                    .isEqualTo("Ansökan om EU-medel.");
            browser.findElement(By.id("closeReason-3")).sendKeys("Frågan är löst.");
            Browser.screenshot(browser, "follow-up-close-filled");
            browser.findElement(By.id("save-3")).click();
            Browser.waitFor(browser, By.cssSelector("div.saved"));
            assertThat(browser.findElement(By.cssSelector("div.saved")).getText()).isEqualTo("Uppföljningen av fråga 3 är sparad.");

            fill(browser, 1, "Skrivelse till Trafikverket.", "Med i den nationella planen.", "Region Jämtland Härjedalen",
                    FollowUpDecision.KEEP);
            browser.findElement(By.id("save-1")).click();
            Browser.waitFor(browser, By.cssSelector("div.saved"));
            fill(browser, 2, "Kartläggning.", "Hälften av hushållen nådda.", "Östersunds kommun", FollowUpDecision.REWORD);
            browser.findElement(By.id("newWording-2")).sendKeys("Bredband och mobiltäckning i hela länet");
            browser.findElement(By.id("save-2")).click();
            Browser.waitFor(browser, By.cssSelector("div.saved"));
            assertThat(browser.getPageSource()).contains("Alla frågor är uppföljda.");
            Browser.screenshot(browser, "follow-up-all-recorded");
        } finally {
            browser.quit();
        }

        List<CarriedIssue> issues = service.issues(key);
        assertThat(issues).extracting(CarriedIssue::decision)
                .containsExactly(FollowUpDecision.KEEP, FollowUpDecision.REWORD, FollowUpDecision.CLOSE);
        assertThat(issues.get(1).newWording()).isEqualTo("Bredband och mobiltäckning i hela länet");
        assertThat(issues.get(2).closeReason()).isEqualTo("Frågan är löst.");
        assertThat(issues).allSatisfy(issue -> assertThat(issue.recordedBy()).isEqualTo("tjansteperson"));
        cycle.complete(Elements.TASK_FOLLOW_UP_PREVIOUS_AGENDA, Map.of(AgendaProcess.FOLLOW_UP_SUMMARY.name(), "Klart"));
        assertThat(documents.latest(key, DocumentKind.FOLLOW_UP_REPORT)).hasSize(2);
    }

    private static void fill(ChromeDriver browser, int issue, String done, String result, String responsible,
                             FollowUpDecision decision) {
        browser.findElement(By.id("done-" + issue)).sendKeys(done);
        browser.findElement(By.id("result-" + issue)).sendKeys(result);
        new Select(browser.findElement(By.id("responsible-" + issue))).selectByVisibleText(responsible);
        browser.findElement(By.id("decision-" + issue + "-" + decision.name())).click();
    }
}
