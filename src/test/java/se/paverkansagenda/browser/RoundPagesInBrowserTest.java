package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.round.Answer;
import se.paverkansagenda.round.AnswerChannel;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/** An official follows the input round in a real browser and registers an answer that came on paper. */
@IntegrationTest
class RoundPagesInBrowserTest {

    private static final String CYCLE = "PA-WEBR-2020";

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

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOfficialSeesTheRoundAndRegistersAPaperAnswerForAMunicipality() throws Exception {
        lifecycles.atInputRound("WEBR");
        answers.record(request("2380").id(), new Answer("Stambanan genom Norrland", "länk", AnswerChannel.LINK,
                LocalDate.parse("2020-05-08")));
        ClockUtil.setCurrentTime(Timestamp.valueOf("2020-05-20 10:00:00"));

        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://tjansteperson:" + se.paverkansagenda.ApiClient.DEMO_PASSWORD + "@localhost:" + port + "/api/omgang/" + CYCLE + "/inspel");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inspel från kommunerna");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("1 av 8 har svarat, 7 har inte svarat och 0 är sena.", "Östersund", "Via länken");
            Browser.screenshot(browser, "round-overview");

            browser.findElement(By.linkText("Krokom")).click();
            Browser.waitFor(browser, By.id("receivedOn"));
            browser.findElement(By.cssSelector("input[name=channel][value=PAPER]")).click();
            // the date picker's typing order follows the locale; the field's value is what the form sends
            browser.executeScript("arguments[0].value = '2020-05-19'", browser.findElement(By.id("receivedOn")));
            browser.findElement(By.id("text")).sendKeys("Brev från kommunstyrelsen: Inlandsbanan & E14");
            browser.findElement(By.cssSelector("form[action$='/registrera'] button[type=submit]")).click();
            Browser.waitFor(browser, By.cssSelector(".saved"));

            assertThat(browser.findElement(By.cssSelector(".saved")).getText()).isEqualTo("Svaret är registrerat.");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("På papper, registrerat av tjänsteperson (tjansteperson)", "Inlandsbanan");
            Browser.screenshot(browser, "round-request-registered");
        } finally {
            browser.quit();
        }
        assertThat(request("2309").status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(request("2309").answeredBy()).isEqualTo("tjansteperson");
    }

    private RoundRequest request(String code) {
        return rounds.requestsOf(CYCLE, RoundKind.INPUT).stream().filter(r -> r.recipientCode().equals(code))
                .findFirst().orElseThrow();
    }
}
