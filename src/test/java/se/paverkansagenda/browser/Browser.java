package se.paverkansagenda.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its chromedriver, headless. Without them on the machine the
 * browser tests are skipped with a message; CI installs both and sets PA_REQUIRE_BROWSER=true.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Chromium or chromedriver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
            if (Boolean.parseBoolean(System.getenv("PA_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(why + ", and PA_REQUIRE_BROWSER=true");
            }
            Assumptions.abort(why + ": the browser test is skipped");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--lang=sv-SE", "--window-size=1280,1600",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // a Swedish official's browser: headless Chromium ignores --lang for navigator.languages
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Logs a demo user (the demo password) in on the web apps' login form the browser shows. */
    static void logIn(ChromeDriver driver, String user) {
        logIn(driver, user, se.paverkansagenda.ApiClient.DEMO_PASSWORD);
    }

    /**
     * Logs a user in on the web apps' login form the browser shows. The web apps may render the form again
     * while they start (on a busy machine after the form was first found): a field found before that is
     * stale, and the whole form is filled in again, until the form is sent.
     */
    static void logIn(ChromeDriver driver, String user, String password) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(page -> {
            WebElement name = page.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]"));
            name.clear();
            name.sendKeys(user);
            WebElement secret = page.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"));
            secret.clear();
            secret.sendKeys(password);
            page.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
            return true;
        });
    }

    /** Waits for an element the page's scripts or the next page bring, as long as a slow CI machine needs. */
    static WebElement waitFor(ChromeDriver driver, By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
