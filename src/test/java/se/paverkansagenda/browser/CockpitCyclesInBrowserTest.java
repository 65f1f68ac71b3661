package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The process owner finds every cycle in Cockpit's list "Cykler", a finished one as finished and a
 * running one with its current step, opens the finished one's planned-against-actual view and its
 * timeline page without a second login, in a Swedish Cockpit; the screenshots stay in
 * {@code target/screenshots/}.
 */
@IntegrationTest
class CockpitCyclesInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    CycleService cycles;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProcessOwnerOpensRunningAndFinishedCyclesFromCockpit() throws Exception {
        String running = lifecycles.atInputRound("CCBR").cycleKey();
        String finished = lifecycles.start("CCBF").at("2020-04-07T09:00").cycleKey();
        // a cycle whose PM the presidium sent back: step 1 runs a second time
        String sentBack = lifecycles.start("CCBS").at("2020-04-07T09:00")
                .complete(AgendaProcess.Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "Struktur"))
                .at("2020-04-30T09:00")
                .complete(AgendaProcess.Elements.TASK_REVIEW_PROPOSAL, Map.of(
                        AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_SEND_BACK,
                        AgendaProcess.PRESIDIUM_COMMENT.name(), "Förtydliga RUS-kopplingen"))
                .cycleKey();
        engine.getRuntimeService().deleteProcessInstance(cycles.find(finished).processInstanceId(), "Cykeln avbröts");
        ClockUtil.reset();

        ChromeDriver browser = Browser.start();
        try {
            String apps = "http://localhost:" + port + "/camunda/app/";
            browser.get(apps + "cockpit/default/#/dashboard");
            Browser.logIn(browser, Lifecycles.PROCESS_OWNER);

            WebElement finishedRow = Browser.waitFor(browser, By.cssSelector(".pa-cycles-row[data-cycle='" + finished + "']"));
            assertThat(finishedRow.findElement(By.cssSelector(".pa-cycles-state")).getText()).startsWith("Avslutad");
            WebElement runningRow = browser.findElement(By.cssSelector(".pa-cycles-row[data-cycle='" + running + "']"));
            assertThat(runningRow.findElement(By.cssSelector(".pa-cycles-state")).getText()).isEqualTo("Pågår");
            assertThat(runningRow.findElement(By.cssSelector(".pa-cycles-running")).getText())
                    .contains(Step.INPUT_ROUND.swedishName());
            assertThat(runningRow.findElement(By.cssSelector(".pa-cycles-rounds")).getText())
                    .containsPattern("Inspel från kommunerna: 0 av [1-9]");
            assertThat(runningRow.findElement(By.cssSelector(".pa-cycles-next")).getText())
                    .contains(Step.COMPILE_INPUT.swedishName());
            String dashboard = browser.findElement(By.tagName("body")).getText();
            assertThat(dashboard).as("Cockpit in Swedish").contains("Cykler", "Processer", "Beslut", "Just nu",
                    "Pågående processinstanser", "Öppna incidenter", "Driftsatt", "Processdefinitioner");
            assertThat(dashboard).doesNotContain("Running Process Instances", "Right Now", "Custom Plugins");
            assertThat(browser.findElement(By.cssSelector(".navbar-brand")).getText()).contains("Påverkansagenda");
            Browser.screenshot(browser, "cockpit-cycles-dashboard");

            finishedRow.findElement(By.linkText(finished)).click();
            Browser.waitFor(browser, By.cssSelector(".pa-stages-row"));
            List<WebElement> rows = browser.findElements(By.cssSelector(".pa-stages-row"));
            assertThat(rows).hasSize(12);
            assertThat(browser.findElement(By.cssSelector(".pa-stages-title")).getText()).contains(finished, "avslutad");
            assertThat(rows.get(0).getText()).contains("Formulera förslag till struktur (PM)", "2020-04-07 09:00");
            assertThat(rows.get(1).getText()).contains("Inte genomfört");
            assertThat(browser.findElement(By.cssSelector(".pa-stages-summary")).getText()).startsWith("Cykeln avslutades");
            Browser.screenshot(browser, "cockpit-finished-cycle");

            String timeline = browser.findElement(By.linkText("sida")).getAttribute("href");
            browser.get(timeline);
            Browser.waitFor(browser, By.tagName("h1"));
            assertThat(browser.getPageSource()).contains(finished);
            assertThat(browser.findElements(By.cssSelector("form[name=signinForm]"))).isEmpty();
            Browser.screenshot(browser, "finished-cycle-timeline");
            browser.get(browser.findElement(By.linkText("JSON")).getAttribute("href"));
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"businessKey\":\"" + finished + "\"");

            browser.get(apps + "cockpit/default/#/cykler/" + running);
            Browser.waitFor(browser, By.cssSelector(".pa-stages-row"));
            assertThat(browser.findElement(By.cssSelector(".pa-stages-title")).getText()).contains(running)
                    .doesNotContain("avslutad");

            // each pass of a step sent back has a line of its own, with who sent it back and why
            browser.get(apps + "cockpit/default/#/cykler/" + sentBack);
            Browser.waitFor(browser, By.cssSelector(".pa-stages-pass"));
            List<WebElement> passes = browser.findElements(By.cssSelector(".pa-stages-pass[data-step='DRAFT_PM']"));
            assertThat(passes).hasSize(2);
            assertThat(passes.get(0).getText()).contains("Gång 1 av 2", "2020-04-07 – 2020-04-24", "Återsänt",
                    "från steg 3", "Förtydliga RUS-kopplingen");
            assertThat(passes.get(1).getText()).contains("Gång 2 av 2", "2020-04-30 – 2020-05-17", "Pågår");
            Browser.screenshot(browser, "cockpit-passes");

            browser.get(apps + "welcome/default/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                    driver.findElement(By.tagName("body")).getText().contains("Program"));
            assertThat(browser.findElement(By.tagName("body")).getText()).as("the start page in Swedish")
                    .contains("Program", "Länkar", "Redigera profilen").doesNotContain("Applications", "Edit profile");
            Browser.screenshot(browser, "welcome-swedish");

            browser.manage().deleteAllCookies();
            browser.get(apps + "admin/default/#/users");
            Browser.logIn(browser, "admin", ApiClient.ADMIN_PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                    driver.findElement(By.tagName("body")).getText().contains(Lifecycles.PROCESS_OWNER));
            assertThat(browser.findElement(By.tagName("body")).getText()).as("Admin's users in Swedish")
                    .contains("Användare", "Grupper", "Behörigheter", "Lägg till användare", "Förnamn", "Redigera")
                    .doesNotContain("Users", "First Name", "Edit");
            Browser.screenshot(browser, "admin-users-swedish");
        } finally {
            browser.quit();
        }
    }
}
