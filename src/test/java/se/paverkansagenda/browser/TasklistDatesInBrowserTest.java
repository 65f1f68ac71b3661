package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.AgendaWork;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * An official in Tasklist, in a real browser whose own date format is not Swedish: the workshop task's
 * date field shows and takes ÅÅÅÅ-MM-DD with a Swedish calendar, a date typed in another shape is refused
 * next to the field and stops completion, the date typed by hand is stored as it was written, and the
 * task list and the task's header show the task's cycle, the list sorted by planned end. Screenshots stay in {@code target/screenshots/}.
 */
@IntegrationTest
class TasklistDatesInBrowserTest {

    private static final String MESSAGE = "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-04-26.";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService historyService;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOfficialTypesTheWorkshopDateByHandAndAWronglyShapedDateIsRefusedNextToTheField() throws Exception {
        AgendaWork work = lifecycles.work();
        String key = lifecycles.atWorkshop("WEBT", 10).cycleKey();
        work.prioritiseEveryProposal(key);
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(Elements.TASK_PRIORITISE_INPUT).singleResult();
        engine.getTaskService().claim(task.getId(), AgendaWork.OFFICIAL);
        ClockUtil.reset();

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            Browser.logIn(browser, AgendaWork.OFFICIAL);
            Browser.waitFor(browser, By.linkText("Mina uppgifter")).click();
            WebElement listed = Browser.waitFor(browser, By.xpath("//*[contains(@class,'tasks-list')]//li[contains(., '"
                    + key + " – Region Jämtland Härjedalen')]"));
            assertThat(listed.getText()).contains("Prioritera inspelen i workshop", "Cykel");
            assertThat(URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8))
                    .as("the list sorted by planned end, the soonest first")
                    .contains("sorting=[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]");
            Browser.screenshot(browser, "tasklist-list-with-cycle");
            assertThat(browser.findElement(By.id("footer-timezone")).getText()).endsWith("Europe/Stockholm");
            assertThat(browser.executeScript("var moment = angular.element(document.body).injector().get('moment');"
                    + " return [moment('2020-11-09T22:59:59.000+0000').format('YYYY-MM-DD HH:mm'),"
                    + " moment('2020-06-01T10:00:00.000+0000').format('YYYY-MM-DD HH:mm')];"))
                    .as("Tasklist writes times in Swedish time, summer and winter, wherever the browser is")
                    .isEqualTo(List.of("2020-11-09 23:59", "2020-06-01 12:00"));
            listed.findElement(By.linkText("Prioritera inspelen i workshop")).click();
            WebElement date = Browser.waitFor(browser, By.cssSelector("input[data-pa-date]"));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                    !driver.findElements(By.cssSelector("header .pa-task-cycle")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("header .pa-task-cycle")).getText())
                    .isEqualTo("Cykel: " + key + " – Region Jämtland Härjedalen · Planerat slut: 2020-11-09");
            assertThat(date.getAttribute("placeholder")).isEqualTo("ÅÅÅÅ-MM-DD");

            date.click();
            Browser.waitFor(browser, By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"));
            List<String> weekdays = browser.findElements(By.cssSelector(".flatpickr-calendar .flatpickr-weekday")).stream()
                    .map(WebElement::getText).map(String::trim).toList();
            assertThat(weekdays).as("weeks start on Monday").first().isEqualTo("mån");
            assertThat(browser.findElements(By.cssSelector(".flatpickr-calendar .flatpickr-monthDropdown-month"))
                    .stream().map(option -> option.getAttribute("textContent").trim()).toList())
                    .contains("januari", "april", "oktober");
            Browser.screenshot(browser, "tasklist-date-swedish-calendar");

            date.sendKeys("04/26/2027", Keys.ENTER);
            WebElement problem = Browser.waitFor(browser, By.cssSelector(".pa-date-error"));
            assertThat(problem.getText()).isEqualTo(MESSAGE);
            assertThat(date.getAttribute("value")).as("kept as typed, not read as another day").isEqualTo("04/26/2027");
            browser.findElement(By.cssSelector("button[ng-click='complete()']")).click();
            Thread.sleep(1500);
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
                    .as("not completed while the date is wrongly shaped").isOne();
            assertThat(date.getAttribute("value")).as("still as typed").isEqualTo("04/26/2027");
            assertThat(browser.findElement(By.cssSelector(".pa-date-error")).getText()).isEqualTo(MESSAGE);
            Browser.screenshot(browser, "tasklist-date-refused");

            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            date.sendKeys("2027-04-26", Keys.ENTER);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> driver.findElements(By.cssSelector(".pa-date-error")).isEmpty());
            assertThat(date.getAttribute("value")).isEqualTo("2027-04-26");
            Browser.screenshot(browser, "tasklist-date-typed");


            browser.findElement(By.cssSelector("button[ng-click='complete()']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                    engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
            Browser.screenshot(browser, "tasklist-date-completed");
        } finally {
            browser.quit();
        }
        HistoricVariableInstance stored = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName("workshopDate").singleResult();
        assertThat(stored.getValue()).isEqualTo("2027-04-26");
    }
}
