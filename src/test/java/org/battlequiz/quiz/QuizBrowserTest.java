package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Chromium;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner in Chromium: answers saved by the page script survive a reload and a lost connection, a double-clicked
 * submit scores once, and the countdown announces the last minute and submits when time is up; Check locks an answer.
 */
@QuarkusTest
class QuizBrowserTest {
    @TestHTTPResource("/")
    URL root;

    private WebDriver driver;

    /** Registers the learner, logs in in the browser and starts the set's quiz from its page. */
    private void startAsNewLearner(Chromium browser, String username, long setId) {
        new BrowserSession().register(username, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        driver = browser.driver;
        driver.get(root + "login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(BrowserSession.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".who"), username));
        driver.get(root + "sets/" + setId);
        driver.findElement(By.xpath("//button[contains(., 'Start the quiz')]")).click();
        browser.waitForUrl("/attempts/");
    }

    private void waitForSaveStatus(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("save-status"), text));
    }

    private void next(int toPage) {
        driver.findElement(By.xpath("//button[normalize-space(.)='Next']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("page=" + toPage + "$"));
    }

    @Test
    void answersSurviveAReloadAndALostConnectionAndADoubleClickedSubmitScoresOnce() throws Exception {
        Assumptions.assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
        String title = "Reload quiz " + System.nanoTime();
        long setId = QuizFixtures.publishedSetWithEveryType(title);
        String username = BrowserSession.uniqueName("reloader");
        try (Chromium browser = new Chromium(1280, 1400)) {
            startAsNewLearner(browser, username, setId);
            driver.findElement(By.xpath("//label[contains(., 'The hill clans')]")).click();
            waitForSaveStatus("All answers saved");
            driver.navigate().refresh();
            assertTrue(driver.findElement(By.cssSelector("input[value='The hill clans']")).isSelected(),
                    "the script saved the answer before the reload");

            next(2);
            HasNetworkConditions network = (HasNetworkConditions) driver;
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            network.setNetworkConditions(offline);
            driver.findElement(By.xpath("//label[contains(., 'False')]")).click();
            waitForSaveStatus("Not saved yet");
            network.deleteNetworkConditions();
            waitForSaveStatus("All answers saved");
            browser.screenshot("quiz-one-per-page");
            driver.navigate().refresh();
            assertTrue(driver.findElement(By.cssSelector("input[value='False']")).isSelected(),
                    "the retried save kept the answer given offline");

            driver.get(root + "attempts/" + attemptOf(username) + "?page=8");
            driver.findElement(By.xpath("//button[contains(., 'Finish attempt')]")).click();
            browser.waitForUrl("/summary");
            WebElement submit = driver.findElement(By.xpath("//button[normalize-space()='Submit']"));
            new Actions(driver).doubleClick(submit).perform();
            browser.waitForUrl("/result");
            assertEquals("2 / 8", driver.findElement(By.cssSelector(".score-value")).getText());

            driver.get(root + "history");
            List<WebElement> rows = driver.findElements(By.xpath("//table[contains(@class,'attempts')]//tr[contains(., '"
                    + title + "')]"));
            assertEquals(1, rows.size(), "the attempt appears once in the history");
        }
        long closed = QuarkusTransaction.requiringNew().call(() -> Attempt.count(
                "user.username = ?1 and state = ?2", username, AttemptState.SUBMITTED));
        long open = QuarkusTransaction.requiringNew().call(() -> Attempt.count(
                "user.username = ?1 and state = ?2", username, AttemptState.IN_PROGRESS));
        assertEquals(1, closed, "one attempt, scored once");
        assertEquals(0, open);
    }

    @Test
    void theCountdownAnnouncesTheLastMinuteAndSubmitsWhenTimeIsUp() throws Exception {
        Assumptions.assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
        long setId = QuizFixtures.publishedSetWithOptions("Countdown quiz " + System.nanoTime(),
                Map.of("timeLimitMinutes", 5, "feedback", "IMMEDIATELY"));
        String username = BrowserSession.uniqueName("countdown");
        try (Chromium browser = new Chromium(1280, 1000)) {
            startAsNewLearner(browser, username, setId);
            long attempt = attemptOf(username);
            driver.findElement(By.xpath("//label[contains(., 'The hill clans')]")).click();
            driver.findElement(By.xpath("//button[contains(., 'Check answer')]")).click();
            assertTrue(driver.findElement(By.cssSelector(".feedback")).getText().contains("Right"));
            assertFalse(driver.findElement(By.cssSelector("input[value='The hill clans']")).isEnabled(), "locked");

            QuizAttempts.setDeadline(attempt, Instant.now().plusSeconds(63));
            driver.navigate().refresh();
            WebElement announce = driver.findElement(By.cssSelector(".timer-announce"));
            assertEquals("", announce.getText().trim(), "nothing announced above the thresholds");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> announce.getAttribute("textContent")
                    .equals("1 minute left."));
            assertTrue(driver.findElement(By.cssSelector(".timer-value")).getText().matches("[01]:\\d\\d"));
            browser.screenshot("quiz-timer-and-immediate-feedback");

            QuizAttempts.setDeadline(attempt, Instant.now().plusSeconds(3));
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/result"));
            assertEquals("1 / 8", driver.findElement(By.cssSelector(".score-value")).getText());
        }
    }

    private static long attemptOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>find("user.username", username)
                .firstResult().id);
    }
}
