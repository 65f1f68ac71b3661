package se.paverkansagenda.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.sharing.SharingCycles;

/**
 * Two regions' process owners share an issue in real browsers: the offering region's owner offers a section of
 * the agenda to the other region's cycle with a message in Swedish, the other region's owner opens the offer,
 * tries to decline without a reason, then accepts; the issue then stands in the receiving workshop and in the
 * offering agenda's trace with its origin.
 */
@IntegrationTest
class SharedIssueInBrowserTest {

    private static final String RECEIVING_OWNER = "shgagare";
    private static final String MESSAGE = "Vi föreslår att våra regioner driver frågan gemensamt – även för Höga kusten"
            + " och Örnsköldsvik. Återkom gärna före årsskiftet!";

    @LocalServerPort
    int port;
    @Autowired
    SharingCycles sharingCycles;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProcessOwnersOfTwoRegionsOfferAndAcceptAnIssueOnThePages() throws Exception {
        String offering = sharingCycles.offering("SHF");
        String receiving = sharingCycles.receivingAtStart("SHG", "Region Ångermanland").cycleKey();
        sharingCycles.processOwnerOf(RECEIVING_OWNER, "SHG");
        sharingCycles.withoutTheDemoUsers("SHG");
        ChromeDriver owner = Browser.start();
        ChromeDriver receiver = null;
        try {
            owner.get(url(Lifecycles.PROCESS_OWNER, "/api/cykel/" + offering + "/delning"));
            assertThat(owner.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Dela frågor med andra regioner · " + offering);
            new Select(owner.findElement(By.id("sectionKey"))).selectByVisibleText("1. " + SharingCycles.RAILWAY);
            new Select(owner.findElement(By.id("targetCycleKey"))).selectByValue(receiving);
            owner.findElement(By.id("offer")).click();
            Browser.waitFor(owner, By.cssSelector("div.summary"));
            assertThat(owner.findElement(By.cssSelector("div.summary")).getText())
                    .contains("Frågan är inte erbjuden", "Meddelandet till den andra regionen saknas.");
            assertThat(new Select(owner.findElement(By.id("targetCycleKey"))).getFirstSelectedOption().getAttribute("value"))
                    .as("what was chosen stays").isEqualTo(receiving);
            owner.findElement(By.id("message")).sendKeys(MESSAGE);
            Browser.screenshot(owner, "shared-issue-offer");
            owner.findElement(By.id("offer")).click();
            Browser.waitFor(owner, By.cssSelector("div.saved"));
            assertThat(owner.findElement(By.cssSelector("div.saved")).getText())
                    .isEqualTo("Frågan är erbjuden. Den andra regionens processägare har fått ett mejl.");
            String offerPath = owner.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
            assertThat(offerPath).startsWith("/api/delning/");
            assertThat(owner.findElement(By.id("message")).getText()).isEqualTo(MESSAGE);
            assertThat(owner.findElements(By.id("withdraw"))).hasSize(1);
            assertThat(owner.findElements(By.id("accept"))).as("the offering region does not answer its own offer")
                    .isEmpty();

            receiver = Browser.start();
            receiver.get(url(RECEIVING_OWNER, offerPath));
            assertThat(receiver.findElement(By.id("title")).getText()).isEqualTo(SharingCycles.RAILWAY);
            assertThat(receiver.findElement(By.id("wording")).getText()).isEqualTo(SharingCycles.RAILWAY_TEXT);
            assertThat(receiver.findElement(By.id("message")).getText()).isEqualTo(MESSAGE);
            assertThat(receiver.getPageSource()).contains("Region Jämtland Härjedalen, cykeln " + offering + " (2020)")
                    .doesNotContain(SharingCycles.SECRET);
            receiver.findElement(By.id("decline")).click();
            Browser.waitFor(receiver, By.id("problem"));
            assertThat(receiver.findElement(By.id("problem")).getText()).isEqualTo("Skälet att avböja saknas.");
            assertThat(receiver.findElement(By.id("state")).getText()).isEqualTo("Erbjuden, väntar på svar");
            receiver.findElement(By.id("accept")).click();
            Browser.waitFor(receiver, By.cssSelector("div.saved"));
            assertThat(receiver.findElement(By.cssSelector("div.saved")).getText())
                    .isEqualTo("Ni har accepterat erbjudandet. Frågan är delad.");
            assertThat(receiver.findElement(By.id("state")).getText()).isEqualTo("Delad: båda regionerna är överens");
            assertThat(receiver.getPageSource()).contains("Accepterad av", RECEIVING_OWNER);
            Browser.screenshot(receiver, "shared-issue-accepted");

            receiver.get(url(RECEIVING_OWNER, "/api/cykel/" + receiving + "/workshop"));
            assertThat(receiver.getPageSource()).contains("Delad från Region Jämtland Härjedalen (" + offering + ")");
            owner.get(url(Lifecycles.PROCESS_OWNER, "/api/cykel/" + offering + "/sparbarhet"));
            assertThat(owner.getPageSource()).contains("Delad med Region Ångermanland (" + receiving + ")");
            assertThat(jdbc.sql("SELECT message FROM shared_issue WHERE target_cycle_key = :cycle").param("cycle", receiving)
                    .query(String.class).single()).isEqualTo(MESSAGE);
        } finally {
            owner.quit();
            if (receiver != null) {
                receiver.quit();
            }
        }
    }

    private String url(String user, String path) {
        return "http://" + user + ":" + ApiClient.DEMO_PASSWORD + "@localhost:" + port + path;
    }
}
