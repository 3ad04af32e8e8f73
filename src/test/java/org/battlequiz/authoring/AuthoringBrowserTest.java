package org.battlequiz.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import org.battlequiz.history.ClassResultsTest;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A teacher pastes an article, reviews and edits items, publishes; a learner joins with the code. */
@QuarkusTest
class AuthoringBrowserTest {
    @TestHTTPResource("/")
    URL root;

    private void register(Chromium browser, String username, String role) {
        WebDriver driver = browser.driver;
        driver.get(root + "register");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(BrowserSession.PASSWORD);
        driver.findElement(By.id("role-" + role)).click();
        if ("teacher".equals(role)) {
            driver.findElement(By.id("invite")).sendKeys(org.battlequiz.support.Teachers.inviteCode());
        }
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForUrl("/login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(BrowserSession.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.waitForUrl(root.toString());
    }

    @Test
    void aTeacherCuratesAndPublishesAndALearnerJoinsWithTheCode() throws Exception {
        Assumptions.assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
        String article = Files.readString(AuthoringFlowTest.SEED);
        String code;
        String title;
        try (Chromium browser = new Chromium(1280, 2000)) {
            WebDriver driver = browser.driver;
            register(browser, BrowserSession.uniqueName("chrometeacher"), "teacher");
            driver.findElement(By.linkText("Dashboard")).click();
            driver.findElement(By.linkText("New set")).click();
            WebElement text = driver.findElement(By.id("text"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", text, article);
            text.sendKeys(" ");
            driver.findElement(By.xpath("//button[contains(., 'Read the article')]")).click();
            browser.waitForUrl("/review");
            browser.screenshot("review-queue");
            driver.findElement(By.linkText("Facts read")).click();
            browser.screenshot("facts");
            driver.navigate().back();

            driver.findElement(By.cssSelector("li.review-item.pending button.button")).click();
            browser.waitForUrl("#q");
            driver.findElement(By.cssSelector("li.review-item.pending a[href$='/edit']")).click();
            browser.screenshot("edit-item");
            WebElement prompt = driver.findElement(By.id("prompt"));
            prompt.clear();
            prompt.sendKeys("Edited in the browser: who held the town?");
            driver.findElement(By.xpath("//button[contains(., 'Save item')]")).click();
            browser.waitForUrl("/review#q");
            assertTrue(driver.getPageSource().contains("Edited in the browser: who held the town?"));

            driver.findElement(By.linkText("Items & options")).click();
            driver.findElement(By.linkText("Publish…")).click();
            browser.waitForUrl("/publish");
            browser.screenshot("publish-choice");
            java.util.List<String> violations = org.battlequiz.support.Accessibility.blockingViolations(driver, "publish choice");
            assertTrue(violations.isEmpty(), violations::toString);
            driver.findElement(By.id("pending-accept")).click();
            driver.findElement(By.xpath("//button[normalize-space()='Publish']")).click();
            browser.waitForUrl("?done=publish");
            code = driver.findElement(By.id("join-code")).getText();
            title = driver.findElement(By.tagName("h1")).getText();
            assertTrue(code.matches("[A-Z2-9]{6}"), code);
            browser.screenshot("set-page");
        }
        try (Chromium browser = new Chromium(1280, 1200)) {
            WebDriver driver = browser.driver;
            register(browser, BrowserSession.uniqueName("chromelearner"), "learner");
            driver.findElement(By.id("join-code-input")).sendKeys(code.toLowerCase());
            driver.findElement(By.xpath("//button[normalize-space()='Join']")).click();
            browser.waitForUrl("/sets/");
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            assertTrue(!driver.findElements(By.xpath("//button[contains(., 'Start the quiz')]")).isEmpty());
        }
    }

    @Test
    void classResultsPageRendersSeededStatistics() throws Exception {
        Assumptions.assumeTrue(Chromium.installed(), "Debian chromium and chromium-driver are not installed");
        try (Chromium browser = new Chromium(1280, 2400)) {
            String teacher = BrowserSession.uniqueName("chromestats");
            register(browser, teacher, "teacher");
            long setId = ClassResultsTest.seed(teacher);
            browser.driver.get(root + "teach/sets/" + setId + "/results");
            assertTrue(browser.driver.findElement(By.cssSelector(".flags a")).getText().contains("Too easy"));
            browser.screenshot("class-results");
        }
    }
}
