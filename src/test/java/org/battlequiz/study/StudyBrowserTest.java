package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Chromium;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A learner studies a deck by keyboard alone in Chromium: reveal, grade, and watch the counts go down. */
@QuarkusTest
class StudyBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void aStudySessionByKeyboard() throws Exception {
        Assumptions.assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
        long setId = QuizFixtures.publishedSetWithEveryType("Keyboard deck " + System.nanoTime());
        String username = Teachers.learner("keys").username();
        try (Chromium browser = new Chromium(1280, 1100)) {
            WebDriver driver = browser.driver;
            driver.get(root + "login");
            driver.findElement(By.id("j_username")).sendKeys(username);
            driver.findElement(By.id("j_password")).sendKeys(BrowserSession.PASSWORD + Keys.ENTER);
            browser.waitForUrl(root.toString());

            driver.findElement(By.linkText("Study")).sendKeys(Keys.ENTER);
            browser.waitForUrl("/study");
            browser.screenshot("study-decks");
            driver.findElement(By.cssSelector("a[href='/study/set-" + setId + "']")).sendKeys(Keys.ENTER);
            browser.waitForUrl("/study/set-" + setId);

            int cards = QuizFixtures.EVERY_TYPE.size();
            assertEquals(cards, newCount(driver));
            String[] moves = {"", Keys.chord(Keys.SHIFT, Keys.TAB), Keys.TAB.toString()};
            String[] expectedGrades = {"GOOD", "HARD", "EASY"};
            String previousFront = null;
            for (int i = 0; i < moves.length; i++) {
                WebElement reveal = focused(driver);
                assertEquals("Show answer", reveal.getText(), "the reveal button has the focus");
                assertTrue(hasVisibleFocus(reveal), "the focus is visible");
                String front = driver.findElement(By.id("card-front")).getText();
                assertNotEquals(previousFront, front);
                previousFront = front;
                reveal.sendKeys(Keys.ENTER);
                browser.waitForUrl("/cards/");
                if (i == 0) {
                    browser.screenshot("study-card-revealed");
                }
                assertTrue(driver.findElement(By.cssSelector(".card-answer")).isDisplayed());
                if (!moves[i].isEmpty()) {
                    focused(driver).sendKeys(moves[i]);
                }
                WebElement grade = focused(driver);
                assertEquals(expectedGrades[i], grade.getAttribute("value"));
                assertTrue(hasVisibleFocus(grade), "the focus on " + expectedGrades[i] + " is visible");
                grade.sendKeys(Keys.ENTER);
                browser.waitForUrlWithout("/cards/");
                assertEquals(cards - i - 1, newCount(driver), "one new card fewer after grading " + (i + 1));
            }
            assertEquals(0, learningCount(driver), "the learning cards are not due yet");

            long card = Long.parseLong(driver.findElement(By.cssSelector("form.reveal")).getAttribute("action")
                    .replaceAll(".*/cards/", ""));
            assertTrue(driver.findElement(By.id("study-keys")).isDisplayed(), "the script offers its keys");
            focused(driver).sendKeys(Keys.ENTER);
            browser.waitForUrl("/cards/");
            focused(driver).sendKeys("1");
            browser.waitForUrlWithout("/cards/");
            assertEquals(cards - moves.length - 1, newCount(driver), "key 1 graded the card");
            CardState again = StudyPages.stored(username, card).state();
            assertEquals(Duration.ofMinutes(1), Duration.between(again.lastReview(), again.due()), "graded Again");
            driver.get(root + "study");
            assertTrue(driver.findElement(By.cssSelector(".study-head .due-new dd")).getText()
                    .matches("\\d+"));
        }
    }

    private static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static boolean hasVisibleFocus(WebElement element) {
        return !"none".equals(element.getCssValue("outline-style")) && !element.getCssValue("outline-width")
                .startsWith("0");
    }

    private static int newCount(WebDriver driver) {
        return Integer.parseInt(driver.findElement(By.cssSelector(".due-new dd")).getText());
    }

    private static int learningCount(WebDriver driver) {
        return Integer.parseInt(driver.findElement(By.cssSelector(".due-learning dd")).getText());
    }
}
