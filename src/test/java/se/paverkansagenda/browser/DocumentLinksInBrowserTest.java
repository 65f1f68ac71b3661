package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
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
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundService;

/** An official opens step 6 in Tasklist and its form links the compilation, which downloads with Tasklist's login. */
@IntegrationTest
class DocumentLinksInBrowserTest {

    private static final String CYCLE = "PA-WEBD-2020";
    private static final String FETCH = "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
            + ".catch(e => done('failed ' + e));";

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
    void theCompileInputFormLinksTheStoredDocumentsWhichOpenForTheOfficial() throws Exception {
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-04-01 09:00:00"));
        cycles.start(DefaultPlan.yaml().replace("code: JH", "code: WEBD"), "processagare");
        LifecycleDriver cycle = new LifecycleDriver(engine, rounds, answers, CYCLE)
                .at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "PM"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL,
                        Map.of(AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00").complete(Elements.TASK_REGISTER_RSR_TREATMENT, Map.of())
                .at("2020-05-08T09:00").answerAllBut(RoundKind.INPUT, "2326")
                .at("2020-10-05T09:00");
        String taskId = cycle.task(Elements.TASK_COMPILE_INPUT).getId();
        ClockUtil.reset();

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            Browser.waitFor(browser, By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys("tjansteperson");
            browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys("demo");
            browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector(".fjs-container a[href^='/api/documents/']"));
            List<WebElement> links = browser.findElements(By.cssSelector(".fjs-container a[href^='/api/documents/']"));
            assertThat(links).extracting(WebElement::getText).containsExactlyInAnyOrder(
                    "Sammanställning av inspel, PDF, version 1", "Sammanställning av inspel, DOCX, version 1",
                    "Sammanställning av inspel, CSV, version 1");
            Browser.screenshot(browser, "tasklist-compile-input-documents");

            String pdf = links.stream().filter(link -> link.getText().contains("PDF")).findFirst().orElseThrow()
                    .getAttribute("href");
            assertThat(browser.executeAsyncScript(FETCH, pdf)).isEqualTo("200 application/pdf");
        } finally {
            browser.quit();
        }
    }
}
