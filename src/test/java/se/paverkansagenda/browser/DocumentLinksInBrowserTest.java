package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.RoundKind;

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
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCompileInputFormLinksTheStoredDocumentsWhichOpenForTheOfficial() throws Exception {
        LifecycleDriver cycle = lifecycles.atInputRound("WEBD")
                .answerAllBut(RoundKind.INPUT, "2326")
                .at("2020-10-05T09:00");
        String taskId = cycle.task(Elements.TASK_COMPILE_INPUT).getId();
        ClockUtil.reset();

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            Browser.logIn(browser, "tjansteperson");
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
