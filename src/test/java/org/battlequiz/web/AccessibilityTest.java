package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Chromium;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** In Chromium: axe-core (Deque's bundled axe.min.js) finds no serious or critical violation; a quiz by keyboard. */
@QuarkusTest
class AccessibilityTest {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    @TestHTTPResource("/")
    URL root;

    private Chromium browser;

    @BeforeEach
    void openBrowser() throws IOException {
        Assumptions.assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
        browser = new Chromium(1280, 1000);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

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
        browser.driver.get(root + "sets/" + QuizFixtures.publishedSetWithEveryType("Finished quiz " + System.nanoTime()));
        browser.driver.findElement(By.xpath("//button[contains(., 'Start the quiz')]")).click();
        browser.waitForUrl("/attempts/");
        browser.driver.findElement(By.xpath("//button[contains(., 'Submit answers')]")).click();
        browser.waitForUrl("/result");
        pages.put("review", path(browser.driver.getCurrentUrl()));
        pages.put("home", "");
        pages.put("history", "history");
        // one line per further page, e.g. pages.put("study", "study");

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
        List<String> found = blockingViolations("home with a bare image");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("home with a bare image: critical image-alt"), found.get(0));
    }

    @Test
    void aQuizIsStartedAnsweredAndSubmittedByKeyboardAloneWithFocusAlwaysVisible() {
        logInAsNewLearner();
        long setId = QuizFixtures.publishedSet("Keyboard quiz " + System.nanoTime(),
                List.of(QuizFixtures.EVERY_TYPE.get(0), QuizFixtures.EVERY_TYPE.get(1), QuizFixtures.EVERY_TYPE.get(7)));
        List<Long> ids = QuizFixtures.questionIds(setId);
        browser.driver.get(root + "sets/" + setId);
        tabTo(e -> e.getText().contains("Start the quiz")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/attempts/");
        tabTo(e -> ("q" + ids.get(0)).equals(e.getAttribute("name"))).sendKeys(Keys.ARROW_DOWN);
        tabTo(e -> ("q" + ids.get(1)).equals(e.getAttribute("name"))).sendKeys(Keys.ARROW_DOWN);
        tabTo(e -> ("q" + ids.get(2)).equals(e.getAttribute("id"))).sendKeys("penaflor");
        tabTo(e -> e.getText().contains("Submit answers")).sendKeys(Keys.ENTER);
        browser.waitForUrl("/result");
        assertEquals("3 / 3", browser.driver.findElement(By.cssSelector(".score-value")).getText());
    }

    /** Presses Tab until the focused element matches, checking on the way that every focus ring shows. */
    private WebElement tabTo(Predicate<WebElement> target) {
        for (int i = 0; i < 40; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            String ring = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                    const s = getComputedStyle(arguments[0]);
                    return arguments[0].matches(':focus-visible') + ' ' + s.outlineStyle + ' ' + s.outlineWidth;""",
                    focused);
            assertTrue(ring.matches("true (solid|auto|dashed|dotted|double) ([2-9]|\\d{2,})(\\.\\d+)?px"),
                    "focus ring on " + focused.getTagName() + " '" + focused.getText() + "': " + ring);
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached by Tab on " + browser.driver.getCurrentUrl());
    }

    private List<String> blockingViolations(String name, String path) {
        browser.driver.get(root + path);
        assertTrue(browser.driver.getTitle().contains("Battle Quiz"), name + " loaded: " + browser.driver.getTitle());
        return blockingViolations(name);
    }

    private List<String> blockingViolations(String name) {
        List<String> found = new ArrayList<>();
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver);
        assertTrue(results.getPasses().stream().anyMatch(rule -> rule.getId().equals("color-contrast")),
                name + ": axe checked contrast");
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                System.out.println(name + ": " + rule.getImpact() + " " + rule.getId() + " on " + rule.getNodes().size());
            } else {
                rule.getNodes().forEach(node -> found.add(name + ": " + rule.getImpact() + " " + rule.getId() + " "
                        + node.getTarget() + " " + node.getHtml()));
            }
        }
        return found;
    }

    private void logInAsNewLearner() {
        String username = BrowserSession.uniqueName("axe");
        new BrowserSession().register(username, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        browser.driver.get(root + "login");
        browser.driver.findElement(By.id("j_username")).sendKeys(username);
        browser.driver.findElement(By.id("j_password")).sendKeys(BrowserSession.PASSWORD);
        browser.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForUrl(root.toString());
    }

    private String path(String url) {
        return url.substring(root.toString().length());
    }
}
