package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.compilation.DocumentContent.pdfText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.council.Treatment;
import se.paverkansagenda.council.TreatmentService;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.document.DocumentFormat;
import se.paverkansagenda.document.DocumentKind;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/**
 * RSR's secretary registers a treatment without consensus in Tasklist, as a person does: two dissents,
 * each by a member chosen from RSR's members in the plan, written in rows that appear as they are needed,
 * and the form completes; the minutes extract then holds both dissents with their authors.
 */
@IntegrationTest
class RsrTreatmentInBrowserTest {

    private static final String CYCLE = "PA-RSRB-2020";
    private static final String BERG = "Bergs kommun – Förtroendevald, majoritet";
    private static final String HARJEDALEN = "Härjedalens kommun – Förtroendevald, opposition";

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
    @Autowired
    TreatmentService treatments;
    @Autowired
    DocumentStore documents;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSecretaryRecordsTwoDissentsInTasklistAndTheMinutesExtractHoldsBoth() throws Exception {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: RSRB"), "processagare");
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, CYCLE)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM",
                        AgendaProcess.PM_TITLE.name(), "Genomförandeplan för påverkansagendan"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00");
        ClockUtil.reset();

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            Browser.logIn(browser, "rsrsekreterare");
            Browser.waitFor(browser, By.xpath("//*[contains(@class,'task')]//*[normalize-space()='"
                    + "Registrera RSR:s behandling']")).click();
            Browser.waitFor(browser, By.xpath("//button[normalize-space()='Ta uppgiften']")).click();
            Browser.waitFor(browser, By.cssSelector(".fjs-container .fjs-form-field-radio"));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                    driver.findElements(By.cssSelector(".disabled-form")).isEmpty());

            typeDate(browser, field(browser, "Sammanträdesdatum"), "2020-05-04");
            field(browser, "Paragraf i protokollet").sendKeys("§ 23");
            field(browser, "Rådets ställningstagande").sendKeys("RSR ställer sig bakom planen, med två avvikande synpunkter.");
            browser.findElement(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(),'Nej')]"))
                    .click();

            assertThat(browser.findElements(By.xpath("//label[starts-with(normalize-space(),'Organisation eller ledamot')]")))
                    .as("one row until it is filled in").hasSize(1);
            // the dissent's author is chosen among RSR's members in the plan, searched by what is typed
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "Skriv för att söka".equals(
                    rowFields(browser, "Organisation eller ledamot").get(0).getAttribute("placeholder")));
            choose(browser, rowFields(browser, "Organisation eller ledamot").get(0), "Bergs", BERG);
            // the next row shows once a member is chosen
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                    rowFields(browser, "Organisation eller ledamot").size() == 2);
            rowFields(browser, "Synpunkt som den ska stå").get(0).sendKeys("Tiden för inspel är för kort.");
            choose(browser, rowFields(browser, "Organisation eller ledamot").get(1), "Härjedalens", HARJEDALEN);
            rowFields(browser, "Synpunkt som den ska stå").get(1).sendKeys("Samverka med Trøndelag över gränsen.");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                    rowFields(browser, "Organisation eller ledamot").size() == 3);
            Browser.screenshot(browser, "tasklist-rsr-treatment-two-dissents");

            WebElement complete = browser.findElement(By.xpath("//button[normalize-space()='Slutför']"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> complete.isEnabled());
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
            complete.click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> cycle.task(Elements.TASK_REGISTER_RSR_TREATMENT) == null);
        } catch (RuntimeException | AssertionError e) {
            keepPage(browser);
            throw e;
        } finally {
            browser.quit();
        }

        Treatment treatment = treatments.latest(CYCLE, Step.RSR_TREATMENT).orElseThrow();
        assertThat(treatment.meetingDate()).hasToString("2020-05-04");
        assertThat(treatment.paragraph()).isEqualTo("23");
        assertThat(treatment.consensus()).isFalse();
        assertThat(treatment.dissents()).containsExactly(
                new Treatment.Dissent(BERG, "Tiden för inspel är för kort."),
                new Treatment.Dissent(HARJEDALEN, "Samverka med Trøndelag över gränsen."));
        cycle.runDueJobs();
        String minutes = pdfText(documents.content(documents.latest(CYCLE, DocumentKind.MINUTES_EXTRACT).stream()
                .filter(document -> document.format() == DocumentFormat.PDF).findFirst().orElseThrow().id()));
        assertThat(minutes.replaceAll("\\s+", " ")).contains(BERG, "Tiden för inspel är för kort.",
                HARJEDALEN, "Samverka med Trøndelag över gränsen.", "§ 23");
    }

    /**
     * The presidium reviews the PM in Tasklist: the decision, a position without consensus and one
     * dissent chosen among the presidium's members; the form completes and the decision is recorded.
     */
    @Test
    void thePresidiumRecordsItsDecisionWithADissentInTasklist() throws Exception {
        String cycleKey = "PA-PREB-2020";
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: PREB"), "processagare");
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, cycleKey)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM",
                        AgendaProcess.PM_TITLE.name(), "Struktur för påverkansagendan"))
                .at("2020-04-30T09:00");
        ClockUtil.reset();
        String viceChair = "Region Jämtland Härjedalen – Förste vice ordförande i RUN";

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            Browser.logIn(browser, "presidiet");
            Browser.waitFor(browser, By.xpath("//*[contains(@class,'task')]//*[normalize-space()='Granska förslaget']"))
                    .click();
            Browser.waitFor(browser, By.xpath("//button[normalize-space()='Ta uppgiften']")).click();
            Browser.waitFor(browser, By.cssSelector(".fjs-container .fjs-form-field-radio"));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                    driver.findElements(By.cssSelector(".disabled-form")).isEmpty());

            browser.findElement(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(),"
                    + "'Godkänn förslaget')]")).click();
            typeDate(browser, field(browser, "Datum för presidieberedningen"), "2020-04-30");
            field(browser, "Presidiets ställningstagande").sendKeys("Presidiet godkänner strukturen.");
            WebElement no = browser.findElement(By.cssSelector("input[type='radio'][id$='Field_presidiumConsensus-1']"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", no);
            no.click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> no.isSelected());
            choose(browser, rowFields(browser, "Organisation eller ledamot").get(0), "Förste", viceChair);
            rowFields(browser, "Synpunkt som den ska stå").get(0).sendKeys("Inspelen bör samlas in först i höst.");
            Browser.screenshot(browser, "tasklist-presidium-decision-one-dissent");

            WebElement complete = browser.findElement(By.xpath("//button[normalize-space()='Slutför']"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> complete.isEnabled());
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
            complete.click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> cycle.task(Elements.TASK_REVIEW_PROPOSAL) == null);
        } catch (RuntimeException | AssertionError e) {
            keepPage(browser);
            throw e;
        } finally {
            browser.quit();
        }

        Treatment treatment = treatments.latest(cycleKey, Step.PRESIDIUM_REVIEW).orElseThrow();
        assertThat(treatment.meetingDate()).hasToString("2020-04-30");
        assertThat(treatment.position()).isEqualTo("Presidiet godkänner strukturen.");
        assertThat(treatment.consensus()).isFalse();
        assertThat(treatment.dissents()).containsExactly(new Treatment.Dissent(viceChair, "Inspelen bör samlas in först i höst."));
    }

    /** The input a label names (its text may end with the required field's asterisk). */
    private static WebElement field(ChromeDriver browser, String label) {
        String id = browser.findElement(By.xpath("//label[starts-with(normalize-space(),'" + label + "')]"))
                .getAttribute("for");
        return browser.findElement(By.id(id));
    }

    private static List<WebElement> rowFields(ChromeDriver browser, String label) {
        return browser.findElements(By.xpath("//label[starts-with(normalize-space(),'" + label + "')]")).stream()
                .map(found -> browser.findElement(By.id(found.getAttribute("for")))).toList();
    }

    /** Types in a searchable select and picks the option with the label from its list. */
    private static void choose(ChromeDriver browser, WebElement select, String typed, String label) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        select.sendKeys(typed);
        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElements(
                By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> label.equals(item.getText().trim())).findFirst().orElse(null));
        // form-js picks an option on mouse down
        new Actions(browser).moveToElement(option).clickAndHold().release().perform();
    }

    /** Types the date in the one shape the field shows and takes, ÅÅÅÅ-MM-DD. */
    private static void typeDate(ChromeDriver browser, WebElement input, String isoDate) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> "ÅÅÅÅ-MM-DD".equals(input.getAttribute("placeholder")));
        input.click();
        input.sendKeys(isoDate);
        browser.findElement(By.cssSelector(".fjs-container h2, .fjs-container h1")).click();
    }

    private static void keepPage(ChromeDriver browser) throws IOException {
        Browser.screenshot(browser, "tasklist-rsr-treatment-failure");
        Files.writeString(Path.of("target", "screenshots", "tasklist-rsr-treatment-failure.html"), browser.getPageSource());
    }
}
