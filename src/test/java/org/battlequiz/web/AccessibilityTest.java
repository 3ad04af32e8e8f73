package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** In Chromium: axe-core (Deque's bundled axe.min.js) finds no serious or critical violation; a quiz by keyboard. */
@QuarkusTest
class AccessibilityTest extends ChromiumTest {
    private static final Map<String, Object> ALL_ON_ONE_PAGE = Map.of("layout", "ALL_ON_ONE_PAGE");

    @Test
    void keyPagesHaveNoSeriousOrCriticalViolations() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", "login");
        pages.put("register", "register");
        logInAsNewLearner();
        long setId = QuizFixtures.publishedSetWithEveryType("Accessible quiz " + System.nanoTime());
        browser.driver.get(root + "sets/" + setId);
        pages.put("set", "sets/" + setId);
        browser.driver.findElement(By.xpath("//button[contains(., 'Start the quiz')]")).click();
        browser.waitForUrl("/attempts/");
        String attempt = path(browser.driver.getCurrentUrl());
        pages.put("quiz", attempt);
        long finishedId = QuizFixtures.publishedSetWithOptions("Finished quiz " + System.nanoTime(), ALL_ON_ONE_PAGE);
        browser.driver.get(root + "sets/" + finishedId);
        browser.driver.findElement(By.xpath("//button[contains(., 'Start the quiz')]")).click();
        browser.waitForUrl("/attempts/");
        pages.put("quiz, all on one page", path(browser.driver.getCurrentUrl()));
        browser.driver.findElement(By.xpath("//button[contains(., 'Finish attempt')]")).click();
        browser.waitForUrl("/summary");
        pages.put("summary, all on one page", path(browser.driver.getCurrentUrl()));
        browser.driver.findElement(By.xpath("//button[normalize-space(.)='Submit']")).click();
        browser.waitForUrl("/result");
        pages.put("review", path(browser.driver.getCurrentUrl()));
        pages.put("home", "");
        pages.put("history", "history");
        pages.put("study", "study");
        // the first quiz is still open, so its answers are held; the finished one is studied
        pages.put("flashcard", "study/set-" + finishedId);
        browser.driver.get(root + "study/set-" + finishedId);
        browser.driver.findElement(By.xpath("//button[contains(., 'Show answer')]")).click();
        browser.waitForUrl("/cards/");
        pages.put("flashcard answer", path(browser.driver.getCurrentUrl()));

        List<String> blocking = new ArrayList<>();
        pages.forEach((name, path) -> blocking.addAll(blockingViolations(name, path)));
        System.out.println("axe checked " + pages.keySet());
        assertEquals(List.of(), blocking);
    }

    @Test
    void theCheckCatchesAnImageWithoutAlternativeText() {
        browser.driver.get(root.toString());
        ((JavascriptExecutor) browser.driver).executeScript("""
                const img = document.createElement('img');
                img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                document.querySelector('main').appendChild(img);""");
        List<String> found = Accessibility.blockingViolations(browser.driver, "home with a bare image");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("home with a bare image: critical image-alt"), found.get(0));
    }

    @Test
    void aQuizIsStartedAnsweredAndSubmittedByKeyboardAloneWithFocusAlwaysVisible() {
        logInAsNewLearner();
        long setId = QuizFixtures.publishedSetWithOptions("Keyboard quiz " + System.nanoTime(),
                List.of(QuizFixtures.EVERY_TYPE.get(0), QuizFixtures.EVERY_TYPE.get(1), QuizFixtures.EVERY_TYPE.get(7)),
                ALL_ON_ONE_PAGE);
        List<Long> ids = QuizFixtures.questionIds(setId);
        browser.driver.get(root + "sets/" + setId);
        Accessibility.tabTo(browser.driver, e -> e.getText().contains("Start the quiz")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/attempts/");
        Accessibility.tabTo(browser.driver, e -> ("q" + ids.get(0)).equals(e.getAttribute("name"))).sendKeys(Keys.ARROW_DOWN);
        Accessibility.tabTo(browser.driver, e -> ("q" + ids.get(1)).equals(e.getAttribute("name"))).sendKeys(Keys.ARROW_DOWN);
        Accessibility.tabTo(browser.driver, e -> ("q" + ids.get(2)).equals(e.getAttribute("id"))).sendKeys("penaflor");
        Accessibility.tabTo(browser.driver, e -> e.getText().contains("Finish attempt")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/summary");
        Accessibility.tabTo(browser.driver, e -> "Submit".equals(e.getText().strip())).sendKeys(Keys.ENTER);
        browser.waitForUrl("/result");
        assertEquals("3 / 3", browser.driver.findElement(By.cssSelector(".score-value")).getText());
    }

    @Test
    void aQuizOneQuestionPerPageIsTakenByKeyboardAloneWithFocusAlwaysVisible() {
        logInAsNewLearner();
        long setId = QuizFixtures.publishedSet("Paged keyboard quiz " + System.nanoTime(),
                List.of(QuizFixtures.EVERY_TYPE.get(0), QuizFixtures.EVERY_TYPE.get(1), QuizFixtures.EVERY_TYPE.get(7)));
        List<Long> ids = QuizFixtures.questionIds(setId);
        browser.driver.get(root + "sets/" + setId);
        Accessibility.tabTo(browser.driver, e -> e.getText().contains("Start the quiz")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/attempts/");
        Accessibility.tabTo(browser.driver, e -> ("q" + ids.get(0)).equals(e.getAttribute("name"))).sendKeys(Keys.ARROW_DOWN);
        Accessibility.tabTo(browser.driver, e -> "Next".equals(e.getText().strip())).sendKeys(Keys.ENTER);
        browser.waitForUrl("page=2");
        Accessibility.tabTo(browser.driver, e -> ("q" + ids.get(1)).equals(e.getAttribute("name"))).sendKeys(Keys.ARROW_DOWN);
        Accessibility.tabTo(browser.driver, e -> "Next".equals(e.getText().strip())).sendKeys(Keys.ENTER);
        browser.waitForUrl("page=3");
        Accessibility.tabTo(browser.driver, e -> ("q" + ids.get(2)).equals(e.getAttribute("id"))).sendKeys("penaflor");
        Accessibility.tabTo(browser.driver, e -> e.getText().contains("Finish attempt")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/summary");
        Accessibility.tabTo(browser.driver, e -> "Submit".equals(e.getText().strip())).sendKeys(Keys.ENTER);
        browser.waitForUrl("/result");
        assertEquals("3 / 3", browser.driver.findElement(By.cssSelector(".score-value")).getText());
    }

    private List<String> blockingViolations(String name, String path) {
        browser.driver.get(root + path);
        assertTrue(browser.driver.getTitle().contains("Battle Quiz"), name + " loaded: " + browser.driver.getTitle());
        return Accessibility.blockingViolations(browser.driver, name);
    }

    private void logInAsNewLearner() {
        String username = BrowserSession.uniqueName("axe");
        new BrowserSession().register(username, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        browser.logIn(root, username);
    }

    private String path(String url) {
        return url.substring(root.toString().length());
    }
}
