package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.PublicAnswerService;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.round.ConsultationDraft;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * An organisation opens its consultation link in a real browser, finds the consultation draft linked,
 * writes its statement and chooses the sections it concerns.
 */
@IntegrationTest
class StatementInBrowserTest {

    private static final String CYCLE = "PA-WEBS-2020";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    PublicAnswerService answers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOrganisationChoosesTheSectionsItsStatementConcerns() throws Exception {
        lifecycles.atInputRound("WEBS").answerAllBut(RoundKind.INPUT)
                .at("2020-10-05T09:00").complete(Elements.TASK_COMPILE_INPUT, Map.of())
                .registerRsrCompilationTreatment()
                .at("2020-11-09T09:00").prioritise(lifecycles.work())
                .writeAgenda(lifecycles.work(), "Till samråd")
                .at("2020-12-21T09:00");
        ConsultationDraft draft = rounds.consultationDraft(CYCLE).orElseThrow();
        RoundRequest sametinget = rounds.requestsOf(CYCLE, RoundKind.CONSULTATION).stream()
                .filter(r -> r.recipientName().equals("Sametinget")).findFirst().orElseThrow();
        String path = ReceivedMails.linkTo(mailServer, tokens, sametinget);
        ConsultationDraft.Section second = draft.sections().get(1);
        ConsultationDraft.Section third = draft.sections().get(2);

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + path);
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Sametinget");
            WebElement pdf = browser.findElement(By.linkText("läs den som PDF"));
            assertThat(pdf.getAttribute("href")).endsWith(path + "/remissversion.pdf");
            assertThat(browser.findElement(By.cssSelector(".draft")).getText()).contains("version 1");
            assertThat(ApiClient.anonymous(port).download(path + "/remissversion.pdf").statusCode()).isEqualTo(200);

            WebElement sections = browser.findElement(By.cssSelector("fieldset.sections"));
            assertThat(sections.getText()).contains("Avsnitt som yttrandet gäller",
                    "1. " + draft.sections().get(0).title(), "2. " + second.title());
            browser.findElement(By.id("statement")).sendKeys("Samiska näringar behöver lyftas i avsnitten.");
            sections.findElement(By.cssSelector("input[value='" + second.key() + "']")).click();
            sections.findElement(By.cssSelector("input[value='" + third.key() + "']")).click();
            Browser.screenshot(browser, "statement-sections-chosen");
            browser.findElement(By.cssSelector("button[value=submit]")).click();
            Browser.waitFor(browser, By.cssSelector("ul.sections"));

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tack! Ert svar är mottaget");
            assertThat(browser.findElement(By.cssSelector("ul.sections")).getText())
                    .contains("2. " + second.title(), "3. " + third.title())
                    .doesNotContain("1. " + draft.sections().get(0).title());
            Browser.screenshot(browser, "statement-receipt-sections");
        } finally {
            browser.quit();
        }

        assertThat(rounds.request(sametinget.id()).status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(answers.sectionsOf(sametinget.id())).containsExactlyInAnyOrder(second.key(), third.key());
    }
}
