package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.battlequiz.support.BrowserSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in Debian's Chromium: registers, logs in, takes the seed quiz, sees the score and the history. */
@QuarkusTest
class BrowserJourneyTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SEED_SET = "Second Battle of al-Qusayr";

    @TestHTTPResource("/")
    URL root;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("battlequiz-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,1600", "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void registerTakeTheSeedQuizAndFindTheScoreInTheHistory() {
        String username = BrowserSession.uniqueName("chromium");
        driver.get(root + "register");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(BrowserSession.PASSWORD);
        driver.findElement(By.id("role-learner")).click();
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForUrl("/login");

        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(BrowserSession.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".who"), username));

        driver.findElement(By.partialLinkText(SEED_SET)).click();
        driver.findElement(By.xpath("//button[contains(., 'Start the quiz')]")).click();
        waitForUrl("/attempts/");
        answerPageByPage();
        driver.findElement(By.xpath("//button[contains(., 'Finish attempt')]")).click();
        waitForUrl("/summary");
        driver.findElement(By.xpath("//button[normalize-space()='Submit']")).click();
        waitForUrl("/result");

        String score = driver.findElement(By.cssSelector(".score-value")).getText();
        assertTrue(score.matches("[\\d.]+ / \\d+"), "score shown as points / max: " + score);
        assertFalse(driver.findElements(By.cssSelector(".source blockquote")).isEmpty(), "source lines shown");

        driver.findElement(By.linkText("See my history")).click();
        waitForUrl("/history");
        WebElement firstRow = driver.findElement(By.cssSelector("table.attempts tbody tr"));
        assertTrue(firstRow.getText().contains(SEED_SET), firstRow.getText());
        assertTrue(firstRow.getText().contains(score), firstRow.getText());
    }

    /** The seed set shows one question per page: answers each page, then Next, until the last page. */
    private void answerPageByPage() {
        int pages = 0;
        while (true) {
            answerEveryQuestion();
            pages++;
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            List<WebElement> next = driver.findElements(By.xpath("//button[normalize-space(.)='Next']"));
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("page=" + (pages + 1) + "$"));
            assertTrue(driver.findElement(By.cssSelector(".progress-text")).getText()
                    .startsWith("Question " + (pages + 1) + " of "));
        }
        assertTrue(pages > 1, "one question per page");
    }

    /** Picks the first option of every choice question and types into every text field. */
    private void answerEveryQuestion() {
        List<WebElement> questions = driver.findElements(By.cssSelector("li.question"));
        assertFalse(questions.isEmpty(), "the seed quiz has questions");
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        for (WebElement question : questions) {
            List<WebElement> choices = question.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
            if (!choices.isEmpty()) {
                choices.get(0).click();
            }
            question.findElements(By.cssSelector("input[type=text]")).forEach(input -> input.sendKeys("1"));
        }
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    private void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
    }
}
