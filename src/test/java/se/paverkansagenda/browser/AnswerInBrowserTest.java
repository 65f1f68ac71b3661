package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.answer.ProposalRow;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/** A municipality's contact person opens the link in the e-mail and answers in a real browser. */
@IntegrationTest
class AnswerInBrowserTest {

    private static final String CYCLE = "PA-WEB-2020";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/svar/[A-Za-z0-9_-]{22})");

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMunicipalityAnswersTwoProposalsFromTheLinkInItsMail() throws Exception {
        LifecycleDriver cycle = lifecycles.atInputRound("WEB");
        RoundRequest harjedalen = rounds.requestsOf(CYCLE, RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals("2361")).findFirst().orElseThrow();
        String link = "http://localhost:" + port + linkInMailTo(harjedalen);

        ChromeDriver browser = Browser.start();
        try {
            browser.get(link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Härjedalen");
            fill(browser, 0, "Flyget till Sveg", "Regional flygtrafik", "RUS-1");
            browser.findElement(By.cssSelector("button[value=add]")).click();
            Browser.waitFor(browser, By.id("title-1"));
            fill(browser, 1, "Fiber till fäbodarna", "Bredband utanför tätorterna", "RUS-2");
            Browser.screenshot(browser, "answer-page-filled");
            browser.findElement(By.cssSelector("button[value=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("a[href$='" + link.substring(link.indexOf("/svar/")) + "']"));

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tack! Ert svar är mottaget");
            assertThat(browser.getPageSource()).contains("Flyget till Sveg", "Fiber till fäbodarna");
            Browser.screenshot(browser, "answer-receipt");
        } finally {
            browser.quit();
        }

        assertThat(proposals.findByRequest(harjedalen.id())).extracting(ProposalRow::getTitle)
                .containsExactly("Flyget till Sveg", "Fiber till fäbodarna");
        assertThat(rounds.request(harjedalen.id()).status()).isEqualTo(RequestStatus.ANSWERED);
        String requestProcess = historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals(RequestRoundProcess.REQUEST_ID.name(), harjedalen.id()).list().stream()
                .filter(variable -> RequestRoundProcess.KEY.equals(variable.getProcessDefinitionKey()))
                .findFirst().orElseThrow().getProcessInstanceId();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(requestProcess)
                .activityId(RequestRoundProcess.Elements.END_ANSWERED).count()).isEqualTo(1);
        cycle.runDueJobs();
    }


    private static void fill(ChromeDriver browser, int index, String title, String description, String rusArea) {
        browser.findElement(By.id("title-" + index)).sendKeys(title);
        browser.findElement(By.id("description-" + index)).sendKeys(description);
        new Select(browser.findElement(By.id("rusArea-" + index))).selectByValue(rusArea);
        new Select(browser.findElement(By.id("decisionLevel-" + index))).selectByValue("NATIONAL");
        browser.findElement(By.id("justification-" + index)).sendKeys("Avgörande för glesbygden");
        WebElement contact = browser.findElement(By.id("contactPerson-" + index));
        contact.sendKeys("Kommunstrateg");
    }

    /** The link in the request mail, which must start with the public address the test profile gives. */
    private String linkInMailTo(RoundRequest request) {
        for (MimeMessage message : ReceivedMails.to(mailServer, request.recipientEmail())) {
            Matcher link = LINK.matcher(ReceivedMails.text(message));
            while (link.find()) {
                String token = link.group(1).substring("/svar/".length());
                if (tokens.requestOf(token).filter(request.id()::equals).isPresent()) {
                    return link.group(1);
                }
            }
        }
        throw new AssertionError("No mail with a link to " + request.recipientName());
    }
}
