package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
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
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/**
 * The process owner follows a cycle in Cockpit (its diagram and the plugin's planned-against-actual tab)
 * and an official works in a Swedish Tasklist, both in a real browser; the screenshots stay in
 * {@code target/screenshots/}.
 */
@IntegrationTest
class WebAppsInBrowserTest {

    private static final String CYCLE = "PA-WEBC-2020";

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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProcessOwnerSeesTheCycleInCockpitAndAnOfficialWorksInSwedishTasklist() throws Exception {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        String instanceId = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: WEBC"), "processagare")
                .processInstanceId();
        // step 1 starts on 2020-04-07, is due on 2020-04-24 and is still open: late
        new LifecycleDriver(engine, rounds, answers, CYCLE).at("2020-04-07T09:00").at("2020-04-28T09:00");
        ClockUtil.reset();

        ChromeDriver browser = Browser.start();
        try {
            String apps = "http://localhost:" + port + "/camunda/app/";
            browser.get(apps + "cockpit/default/#/process-instance/" + instanceId + "/runtime");
            Browser.logIn(browser, "processagare");
            Browser.waitFor(browser, By.cssSelector(".djs-container [data-element-id='" + Elements.TASK_DRAFT_PM + "']"));
            assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
                    .as("the end-of-life banner is in the page but not shown").allMatch(banner -> !banner.isDisplayed());
            assertThat(browser.findElement(By.cssSelector(".navbar-brand")).getText()).contains("Påverkansagenda");

            browser.findElement(By.linkText("Planerat mot utfört")).click();
            Browser.waitFor(browser, By.cssSelector(".pa-stages-row"));
            List<WebElement> rows = browser.findElements(By.cssSelector(".pa-stages-row"));
            assertThat(rows).as("the twelve steps and the seed plan's reference groups").hasSize(13);
            assertThat(rows.get(7).getText()).contains("7–8", "Referensgrupper bildas", "2020-10-30 – 2020-11-06");
            assertThat(rows.get(0).getText()).contains("Formulera förslag till struktur (PM)", "2020-04-07 – 2020-04-24",
                    "2020-04-07 09:00", "Pågår", "arbetsdagar");
            assertThat(rows.get(0).getAttribute("class")).contains("pa-stages-row-late");
            assertThat(rows.get(1).getText()).contains("Ej påbörjat");
            assertThat(browser.findElement(By.cssSelector(".pa-stages-summary")).getText())
                    .as("seen from today, every step of 2020 is past its planned days").contains("13 steg är eller blev försenade.");
            Browser.screenshot(browser, "cockpit-planned-vs-actual");

            browser.manage().deleteAllCookies();
            browser.get(apps + "tasklist/default/");
            Browser.waitFor(browser, By.cssSelector("form[name=signinForm]"));
            assertThat(browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"))
                    .getAttribute("placeholder")).isEqualTo("Lösenord");
            assertThat(browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).getText())
                    .isEqualTo("Logga in");
            Browser.screenshot(browser, "tasklist-login");
            Browser.logIn(browser, "tjansteperson");
            WebElement task = Browser.waitFor(browser, By.xpath("//*[contains(@class,'task')]//*[normalize-space()='"
                    + "Formulera förslag till struktur (PM)']"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("Starta process");
            task.click();
            Browser.waitFor(browser, By.cssSelector(".fjs-container"));
            assertThat(browser.findElement(By.cssSelector(".task-details")).getText())
                    .contains("Formulär", "Slutför");
            Browser.screenshot(browser, "tasklist-draft-pm-form");
        } finally {
            browser.quit();
        }
    }
}
