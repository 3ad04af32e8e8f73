package org.battlequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.Chromium;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A host window on a projector-sized screen and two players on phone-sized screens play a three-question game to
 * the podium; the pages follow the game through server-sent events (the host's also the answers as they come in),
 * one player answers by keyboard only, each question closes once both have answered, and axe finds no serious or
 * critical violation on the host, join and play pages. On a 390 px wide screen none of them scrolls sideways.
 */
@QuarkusTest
class GameBrowserTest {
    @TestHTTPResource("/")
    URL root;

    private final List<String> violations = new ArrayList<>();

    @Test
    void aHostAndTwoPlayersPlayAThreeQuestionGameToThePodium() throws Exception {
        Teachers.Account teacher = Teachers.teacher("host");
        long setId = GameFixtures.threeQuestionSet();
        try (Chromium host = Chromium.openOrSkip(1280, 900); Chromium ada = new Chromium(390, 844);
             Chromium bo = new Chromium(390, 844)) {
            host.logIn(root, teacher.username());
            host.driver.get(root + "sets/" + setId + "/games/new");
            check(host.driver, "host settings");
            host.driver.findElement(By.xpath("//button[contains(., 'Open the game')]")).click();
            host.waitForUrl("/host");
            String pin = host.driver.findElement(By.cssSelector(".pin")).getText();
            check(host.driver, "host lobby");

            join(ada, pin, "Ada", true);
            join(bo, pin, "Bo", false);
            waitForText(host.driver, "Bo");
            check(ada.driver, "play lobby");

            clickOnceSettled(host.driver, By.xpath("//button[normalize-space(.)='Start']"));
            for (int question = 1; question <= 3; question++) {
                waitForText(host.driver, "Question " + question + " of 3");
                waitForText(ada.driver, "Question " + question + " of 3");
                waitForText(bo.driver, "Question " + question + " of 3");
                if (question == 1) {
                    check(host.driver, "host question");
                    check(bo.driver, "play question");
                    assertNoHorizontalScroll(bo.driver);
                }
                choose(ada.driver, "Right");
                waitForText(ada.driver, "Answer locked in");
                waitForText(host.driver, "1 of 2 players answered");
                if (question == 2) {
                    var button = Accessibility.tabTo(bo.driver, element -> element.getText().contains("Right"));
                    button.sendKeys(Keys.ENTER);
                } else {
                    choose(bo.driver, "Wrong");
                }
                // the last answer closes the question: every screen shows its result without "Close now"
                waitForText(host.driver, "Right answer:");
                waitForText(ada.driver, "Right!");
                waitForText(bo.driver, question == 2 ? "Right!" : "Wrong");
                if (question == 1) {
                    check(host.driver, "host results");
                    check(ada.driver, "play results");
                }
                host.driver.findElement(By.xpath(question < 3 ? "//button[normalize-space(.)='Next question']"
                        : "//button[normalize-space(.)='Show the podium']")).click();
            }
            waitForText(host.driver, "Podium");
            waitForText(ada.driver, "Game over");
            waitForText(bo.driver, "Game over");
            assertTrue(ada.driver.getPageSource().contains("You finished <strong>1</strong> of 2"));
            assertTrue(bo.driver.getPageSource().contains("You finished <strong>2</strong> of 2"));
            check(host.driver, "host podium");
            check(bo.driver, "play end");
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theHostJoinAndPlayPagesFitA390PxWideScreen() throws Exception {
        Teachers.Account teacher = Teachers.teacher("host");
        long setId = GameFixtures.threeQuestionSet();
        try (Chromium host = Chromium.openOrSkip(390, 844); Chromium ada = new Chromium(390, 844)) {
            host.logIn(root, teacher.username());
            host.driver.get(root + "sets/" + setId + "/games/new");
            assertNoHorizontalScroll(host.driver);
            host.driver.findElement(By.xpath("//button[contains(., 'Open the game')]")).click();
            host.waitForUrl("/host");
            String pin = host.driver.findElement(By.cssSelector(".pin")).getText();
            join(ada, pin, "Ada", true);
            waitForText(host.driver, "Ada");
            assertNoHorizontalScroll(host.driver);
            assertNoHorizontalScroll(ada.driver);

            clickOnceSettled(host.driver, By.xpath("//button[normalize-space(.)='Start']"));
            waitForText(host.driver, "Question 1 of 3");
            waitForText(ada.driver, "Question 1 of 3");
            assertNoHorizontalScroll(host.driver);
            assertNoHorizontalScroll(ada.driver);
            choose(ada.driver, "Right");
            waitForText(host.driver, "Right answer:");
            waitForText(ada.driver, "Right!");
            assertNoHorizontalScroll(host.driver);
            assertNoHorizontalScroll(ada.driver);

            clickOnceSettled(host.driver, By.xpath("//button[normalize-space(.)='End game']"));
            waitForText(host.driver, "Report per question");
            waitForText(ada.driver, "Game over");
            assertNoHorizontalScroll(host.driver);
            assertNoHorizontalScroll(ada.driver);
        }
    }

    private void join(Chromium player, String pin, String nickname, boolean checkPage) {
        player.driver.get(root + "play?pin=" + pin);
        if (checkPage) {
            check(player.driver, "join");
            assertNoHorizontalScroll(player.driver);
        }
        player.driver.findElement(By.id("nickname")).sendKeys(nickname);
        player.driver.findElement(By.xpath("//button[normalize-space(.)='Join']")).click();
        waitForText(player.driver, "You're in!");
    }

    private static void choose(WebDriver driver, String option) {
        clickOnceSettled(driver, By.xpath("//button[contains(@class, 'answer') and contains(., '" + option + "')]"));
    }

    /** Clicks the element, finding it again when the page's live update replaced it between finding and clicking. */
    private static void clickOnceSettled(WebDriver driver, By element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(element).click();
            return true;
        });
    }

    private static void waitForText(WebDriver driver, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains(text));
    }

    private static void assertNoHorizontalScroll(WebDriver driver) {
        Object wider = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertEquals(Boolean.FALSE, wider, "horizontal scroll on " + driver.getCurrentUrl());
    }

    private void check(WebDriver driver, String name) {
        violations.addAll(Accessibility.blockingViolations(driver, name));
    }
}
