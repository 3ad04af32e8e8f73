package org.battlequiz.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher in Chromium accepts two items at once, filters the queue to one pending numeric item, turns it into a
 * multiple-choice item in the editor without script, and lands back on the filtered queue; the queue and the editor
 * are axe-clean and fit a 390 px wide screen.
 */
@QuarkusTest
class ReviewQueueBrowserTest extends ChromiumTest {

    private void noBlockingViolations(String page) {
        List<String> violations = Accessibility.blockingViolations(browser.driver, page);
        assertTrue(violations.isEmpty(), violations::toString);
    }

    private void fitsANarrowScreen(String page) {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        Accessibility.assertNoSidewaysScroll(browser.driver, page + " at 390 px");
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void click(String button) {
        browser.driver.findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
    }

    @Test
    void aTeacherAcceptsTwoAtOnceFiltersAndRetypesAnItem() throws Exception {
        Teachers.Account teacher = Teachers.teacher("queuebrowser");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Question> items = Question.list("questionSet.id = ?1 order by position", setId);
            items.forEach(q -> {
                q.reviewStatus = ReviewStatus.PENDING;
                q.quality = 0.5 + q.position / 20.0;
                q.qualityNotes = q.position == 0 ? "only 3 options" : null;
            });
            return items.stream().map(q -> q.id).toList();
        });
        browser.logIn(root, teacher.username());
        browser.driver.get(root + "teach/sets/" + setId + "/review");
        noBlockingViolations("review queue");
        fitsANarrowScreen("review queue");
        browser.driver.findElement(By.cssSelector("#q" + ids.get(0) + " details.preview summary")).click();
        assertTrue(browser.driver.findElement(By.cssSelector("#q" + ids.get(0) + " .learner-preview")).isDisplayed());
        noBlockingViolations("review queue with a preview open");
        browser.screenshot("review-queue");

        browser.driver.findElement(By.cssSelector("label[for='select-" + ids.get(0) + "']")).click();
        browser.driver.findElement(By.cssSelector("label[for='select-" + ids.get(1) + "']")).click();
        click("Accept selected");
        browser.waitForUrl("done=accepted");
        assertTrue(browser.driver.findElement(By.cssSelector(".alert-success")).getText().contains("2 items accepted."));

        new Select(browser.driver.findElement(By.id("f-status"))).selectByVisibleText("Pending");
        new Select(browser.driver.findElement(By.id("f-type"))).selectByVisibleText("Number");
        new Select(browser.driver.findElement(By.id("f-sort"))).selectByVisibleText("Lowest quality score first");
        click("Show");
        browser.waitForUrl("status=pending");
        List<WebElement> shown = browser.driver.findElements(By.cssSelector("li.review-item"));
        assertEquals(1, shown.size());
        assertEquals("q" + ids.get(3), shown.get(0).getAttribute("id"));

        shown.get(0).findElement(By.partialLinkText("Edit")).click();
        browser.waitForUrl("/edit");
        noBlockingViolations("item editor");
        fitsANarrowScreen("item editor");
        assertTrue(browser.driver.findElements(By.cssSelector("textarea#options")).isEmpty(), "no options for a number");
        new Select(browser.driver.findElement(By.id("type"))).selectByVisibleText("Multiple choice");
        click("Show the fields for this type");
        WebElement options = browser.driver.findElement(By.cssSelector("textarea#options"));
        options.sendKeys("1500\n1900\n2300");
        WebElement keys = browser.driver.findElement(By.id("keys"));
        keys.clear();
        keys.sendKeys("1800");
        click("Save item");
        assertTrue(browser.driver.findElement(By.id("keys-error")).getText()
                .contains("Each right option must be one of the options"));
        assertTrue(browser.driver.findElement(By.id("options")).getText().contains("2300"), "the form stays filled");
        noBlockingViolations("item editor with errors");
        browser.screenshot("item-editor-errors");
        fitsANarrowScreen("item editor with errors");
        keys = browser.driver.findElement(By.id("keys"));
        keys.clear();
        keys.sendKeys("1900");
        click("Save item");
        browser.waitForUrl("/review?status=pending&type=numeric&sort=score-low#");
        assertTrue(browser.driver.getPageSource().contains("No item matches these filters."));
        Question saved = QuarkusTransaction.requiringNew().call(() -> Question.<Question>findById(ids.get(3)));
        assertEquals(QuestionType.SINGLE_CHOICE, saved.type);
        assertEquals(List.of("1500", "1900", "2300"), saved.options);
        assertEquals(ReviewStatus.EDITED, saved.reviewStatus);
        browser.screenshot("review-queue-filtered");
    }

    @Test
    void enterInAOneLineFieldOfTheEditorSavesTheItem() {
        Teachers.Account teacher = Teachers.teacher("entersaver");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        long numeric = QuarkusTransaction.requiringNew().call(() -> Question.<Question>find(
                "questionSet.id = ?1 and type = ?2", setId, QuestionType.NUMERIC).firstResult().id);
        browser.logIn(root, teacher.username());
        browser.driver.get(root + "teach/sets/" + setId + "/items/" + numeric + "/edit");
        WebElement keys = browser.driver.findElement(By.cssSelector("input#keys"));
        keys.clear();
        keys.sendKeys("1850" + Keys.ENTER);
        browser.waitForUrl("/review");
        Question saved = QuarkusTransaction.requiringNew().call(() -> Question.<Question>findById(numeric));
        assertEquals(List.of("1850"), saved.keys);
        assertEquals(ReviewStatus.EDITED, saved.reviewStatus);
    }
}
