package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.workshop.PrioritisedIssue;
import se.paverkansagenda.workshop.PrioritisedList;
import se.paverkansagenda.workshop.WorkshopService;

/** An official merges two municipalities' proposals, ranks the issues and saves the list in a real browser. */
@IntegrationTest
class WorkshopInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    ProposalRepository proposals;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOfficialMergesTwoProposalsRanksTheIssuesAndSaves() throws Exception {
        String key = lifecycles.atWorkshop("WEBW", 10).cycleKey();

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://tjansteperson:" + se.paverkansagenda.ApiClient.DEMO_PASSWORD + "@localhost:" + port + "/api/cykel/" + key + "/workshop");
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Workshop: prioritering av inspel");
            issueNumber(browser, "2380-1").sendKeys("1");
            issueNumber(browser, "2321-1").sendKeys("1");
            issueNumber(browser, "2309-1").sendKeys("2");
            browser.findElement(By.cssSelector("button.primary")).click();
            Browser.waitFor(browser, By.cssSelector(".saved"));
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("Listan är sparad.", "Fråga 1 (nr 1)", "Inspel från Åre, Östersund", "Fråga 2 (nr 2)");

            WebElement title = browser.findElement(By.id("issues0.title"));
            title.clear();
            title.sendKeys("Stambanan och Mittbanan");
            browser.findElement(By.cssSelector("button.primary")).click();
            Browser.waitFor(browser, By.cssSelector(".saved"));
            Browser.screenshot(browser, "workshop-saved");
        } finally {
            browser.quit();
        }
        PrioritisedList list = workshop.list(key);
        assertThat(list.revision()).isEqualTo(2);
        assertThat(list.issues()).extracting(PrioritisedIssue::title)
                .containsExactly("Stambanan och Mittbanan", "Yrkeshögskola i länet");
        assertThat(list.issues().get(0).proposalIds()).containsExactly("2321-1", "2380-1");
    }

    /** The issue number field in the row of a proposal. */
    private static WebElement issueNumber(ChromeDriver browser, String proposalId) {
        return browser.findElement(By.xpath("//input[@type='hidden' and @value='" + proposalId
                + "']/following-sibling::input[@type='text']"));
    }
}
