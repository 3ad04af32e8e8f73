package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.battlequiz.history.HistoryFixtures.Learner;
import org.battlequiz.history.HistoryFixtures.Set;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.ChromiumTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A full history in Chromium: the chart drawn without scripts, axe-clean, paged by keyboard; screenshots. */
@QuarkusTest
class HistoryBrowserTest extends ChromiumTest {
    @Test
    void aLongHistoryReadsWellAndPagesByKeyboard() throws IOException {
        Learner learner = HistoryFixtures.learner("reader");
        Instant start = Instant.parse("2024-03-01T09:00:00Z");
        Set ford = HistoryFixtures.set("Battle at the ford " + System.nanoTime(), "date", "commander", "strength",
                "outcome", "location");
        Set hill = HistoryFixtures.set("Siege of the hill fort " + System.nanoTime(), "timeline", "casualties");
        HistoryFixtures.manyAttempts(learner, ford, 40, start, Duration.ofHours(31));
        HistoryFixtures.manyAttempts(learner, hill, 14, start.plus(Duration.ofDays(20)), Duration.ofDays(2));
        HistoryFixtures.attempt(learner, hill, "OVERDUE", start.plus(Duration.ofDays(60)),
                start.plus(Duration.ofDays(60)).plusSeconds(900), 1.0, 2.0);
        HistoryFixtures.attempt(learner, ford, "IN_PROGRESS", Instant.now().minusSeconds(60), null, null, null);

        browser.logIn(root, learner.username());
        browser.driver.get(root + "history");
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "history page 1"));
        WebElement chart = browser.driver.findElement(By.cssSelector("figure.chart svg"));
        assertTrue(chart.getSize().getWidth() > 300 && chart.getSize().getHeight() > 150, "chart drawn: " + chart.getSize());
        assertEquals(7, browser.driver.findElements(By.cssSelector(".mastery meter")).size());
        browser.driver.manage().window().setSize(new Dimension(1280, 2600));
        browser.screenshot("history");

        Accessibility.tabTo(browser.driver, e -> e.getText().equals("Older attempts")).sendKeys(Keys.ENTER);
        browser.waitForUrl("page=2");
        assertEquals(6, browser.driver.findElements(By.cssSelector("table.attempts tbody tr")).size());
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "history page 2"));

        browser.driver.manage().window().setSize(new Dimension(390, 2400));
        browser.driver.get(root + "history");
        browser.screenshot("history-narrow");
    }
}
