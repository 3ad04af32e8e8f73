package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A learner in Chromium answers some questions, flags one, finishes, reads the summary, goes back, then submits;
 * the summary and the result are axe-clean, and they and the flagged question fit a 390 px wide screen.
 */
@QuarkusTest
class QuizSummaryBrowserTest extends ChromiumTest {

    private void click(String button) {
        browser.driver.findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
    }

    private String count(String label) {
        return browser.driver.findElement(By.xpath("//dl[@class='summary-counts']/div[dt='" + label + "']/dd"))
                .getText();
    }

    private void fitsANarrowScreen(String page) {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), page + " scrolls sideways at 390 px");
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void aLearnerFlagsAQuestionReadsTheSummaryGoesBackAndSubmits() throws Exception {
        long setId = QuizFixtures.publishedSetWithEveryType("Summary quiz " + System.nanoTime());
        String username = BrowserSession.uniqueName("summariser");
        new BrowserSession().register(username, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        browser.logIn(root, username);
        browser.driver.get(root + "sets/" + setId);
        click("Start the quiz");
        browser.waitForUrl("/attempts/");

        browser.driver.findElement(By.xpath("//label[contains(., 'The hill clans')]")).click();
        click("Next");
        browser.waitForUrl("page=2");
        browser.driver.findElement(By.xpath("//label[contains(., 'False')]")).click();
        click("Flag for review");
        browser.waitForUrl("#flag-");
        assertTrue(browser.driver.findElement(By.cssSelector(".flag-note")).getText().contains("flagged for review"));
        fitsANarrowScreen("flagged question");
        click("Next");
        browser.waitForUrl("page=3");
        browser.driver.findElement(By.xpath("//label[contains(., 'The sea kings')]")).click();
        click("Finish attempt");
        browser.waitForUrl("/summary");

        assertEquals("3", count("Answered"));
        assertEquals("5", count("Not answered"));
        assertEquals("1", count("Flagged for review"));
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "summary"));
        fitsANarrowScreen("summary");
        browser.screenshot("quiz-summary");

        browser.driver.findElement(By.linkText("Question 2")).click();
        browser.waitForUrl("page=2");
        assertTrue(browser.driver.findElement(By.cssSelector("input[value='False']")).isSelected());
        click("Remove flag");
        browser.waitForUrl("#flag-");
        click("Finish attempt");
        browser.waitForUrl("/summary");
        assertEquals("0", count("Flagged for review"));
        browser.driver.findElement(By.linkText("Back to the questions")).click();
        browser.waitForUrl("page=2");
        click("Finish attempt");
        browser.waitForUrl("/summary");
        click("Submit");
        browser.waitForUrl("/result");

        assertEquals("2 / 8", browser.driver.findElement(By.cssSelector(".score-value")).getText());
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "result"));
        fitsANarrowScreen("result");
        click("Retry the ones I got wrong");
        browser.waitForUrlWithout("/result");
        assertTrue(browser.driver.findElement(By.cssSelector(".eyebrow")).getText().toLowerCase()
                .startsWith("practice"));
        assertEquals("Question 1 of 6", browser.driver.findElement(By.cssSelector(".progress-text strong")).getText());
    }
}
