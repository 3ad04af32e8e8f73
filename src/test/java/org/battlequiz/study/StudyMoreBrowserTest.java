package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A learner who has used today's new cards chooses in Chromium, by keyboard on a 390 px screen, to study three more,
 * then to go through the whole deck once more; the deck page is axe-clean and never scrolls sideways.
 */
@QuarkusTest
class StudyMoreBrowserTest extends ChromiumTest {

    @Test
    void aLearnerStudiesBeyondTheDailyLimitWhenTheyChooseTo() throws Exception {
        String deck = "/study/set-" + CustomStudyTest.setOf(24);
        Teachers.Account learner = Teachers.learner("studymore");
        for (int i = 0; i < 20; i++) {
            CustomStudyTest.gradeNext(learner, deck, "EASY");
        }
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.logIn(root, learner.username());
        browser.driver.get(root + deck.substring(1));
        assertEquals("0", newCount());
        assertTrue(browser.driver.getPageSource().contains("You have studied all of today's new cards"));
        Accessibility.assertNoSidewaysScroll(browser.driver, "deck with study more at 390 px");
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "deck with study more"));
        browser.screenshot("study-more");

        WebElement count = Accessibility.tabTo(browser.driver, e -> "more-count".equals(e.getAttribute("id")));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        assertEquals("3", count.getAttribute("value"), "digits typed in the field grade no card");
        count.sendKeys(Keys.ENTER);
        browser.waitForUrl(deck);
        assertEquals("3", newCount());
        assertTrue(browser.driver.findElement(By.cssSelector(".reveal button")).isDisplayed());

        Accessibility.tabTo(browser.driver, e -> e.getText().startsWith("Go through all 24 cards")).sendKeys(Keys.ENTER);
        browser.waitForUrl(deck + "?again=");
        assertEquals("4", newCount());
        assertEquals("20", browser.driver.findElement(By.cssSelector(".due-review dd")).getText());
        browser.driver.findElement(By.cssSelector(".reveal button")).click();
        browser.waitForUrl("/cards/");
        browser.driver.findElement(By.cssSelector(".grades button[value=GOOD]")).click();
        browser.waitForUrlWithout("/cards/");
        assertTrue(browser.driver.getCurrentUrl().contains(deck + "?again="), "the session goes on");
        assertEquals("4", newCount());
        assertEquals("19", browser.driver.findElement(By.cssSelector(".due-review dd")).getText(),
                "the deck's first card, learned already, was reviewed ahead");
        Accessibility.assertNoSidewaysScroll(browser.driver, "going through the deck at 390 px");
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "going through the deck"));
    }

    private String newCount() {
        return browser.driver.findElement(By.cssSelector(".study-head .due-new dd")).getText();
    }
}
