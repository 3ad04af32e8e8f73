package org.battlequiz.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium: a teacher creates a class and assigns a set with a due date; a learner joins with the code, takes
 * the set and sees it done. Every class page is axe-clean and fits a 390 px wide screen.
 */
@QuarkusTest
class ClassroomBrowserTest extends ChromiumTest {
    private final List<String> violations = new ArrayList<>();

    private void check(String page) {
        violations.addAll(Accessibility.blockingViolations(browser.driver, page));
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), page + " scrolls sideways at 390 px");
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void click(String button) {
        browser.driver.findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
    }

    private void field(String id, Instant value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, DateInput.field(value));
    }

    private String text() {
        return browser.driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void aTeacherAssignsASetToANewClassAndALearnerJoinsWithTheCodeAndTakesIt() throws Exception {
        Teachers.Account teacher = Teachers.teacher("classy");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.PUBLISHED);
        String title = QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>findById(setId).title);

        browser.logIn(root, teacher.username());
        browser.waitForUrl("/teach");
        check("dashboard");
        browser.driver.findElement(By.linkText("New class")).click();
        browser.waitForUrl("/teach/classes/new");
        check("new class");
        browser.driver.findElement(By.id("class-name")).sendKeys("Year 9 History");
        click("Create the class");
        browser.waitForUrl("done=created");
        String code = browser.driver.findElement(By.id("class-code")).getText();
        check("class page, empty");

        browser.driver.get(root + "teach/sets/" + setId);
        browser.driver.findElement(By.linkText("Classes")).click();
        browser.waitForUrl("/assign");
        check("assign");
        browser.driver.findElement(By.xpath("//label[contains(., 'Year 9 History')]")).click();
        Instant due = Instant.now().plus(Duration.ofDays(2));
        field("opensAt", Instant.now().minus(Duration.ofHours(1)));
        field("dueAt", due);
        field("closesAt", due.plus(Duration.ofDays(1)));
        click("Assign");
        browser.waitForUrl("done=assigned");
        assertTrue(text().contains(DateInput.shown(due.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))), text());
        check("assign, assigned");
        click("Log out");
        browser.waitForUrlWithout("/teach");

        String learner = BrowserSession.uniqueName("joiner");
        new BrowserSession().register(learner, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        browser.logIn(root, learner);
        browser.driver.findElement(By.linkText("My classes")).click();
        browser.waitForUrl("/classes");
        check("my classes, none");
        browser.driver.findElement(By.id("class-code-input")).sendKeys(code);
        click("Join");
        browser.waitForUrl("done=joined");
        assertTrue(text().contains("Year 9 History") && text().contains(title) && text().toLowerCase().contains("not started"),
                text());
        check("my classes");
        browser.driver.get(root + "classes/join/" + code);
        assertTrue(text().contains("You are in this class"), text());
        check("join link");

        browser.driver.get(root + "classes");
        browser.driver.findElement(By.linkText(title)).click();
        click("Start the quiz");
        browser.waitForUrl("/attempts/");
        browser.driver.findElement(By.xpath("//label[contains(., 'False')]")).click();
        click("Finish attempt");
        browser.waitForUrl("/summary");
        click("Submit");
        browser.waitForUrl("/result");
        browser.driver.get(root + "classes");
        assertEquals(1, browser.driver.findElements(By.cssSelector(".status-done")).size(), text());
        click("Log out");
        browser.waitForUrlWithout("/classes");

        browser.logIn(root, teacher.username());
        browser.driver.findElement(By.linkText("Year 9 History")).click();
        browser.waitForUrl("/teach/classes/");
        assertTrue(text().contains(learner) && text().contains(title), text());
        check("class page");
        assertEquals(List.of(), violations);
    }
}
