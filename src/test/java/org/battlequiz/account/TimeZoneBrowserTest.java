package org.battlequiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A learner whose browser is in Madrid sees the settings page guess that zone, saves another by keyboard-free
 * choice, and the page stays axe-clean without sideways scrolling at 390 px.
 */
@QuarkusTest
class TimeZoneBrowserTest extends ChromiumTest {

    @Test
    void theBrowsersZoneIsGuessedAndAChoiceOverridesIt() {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", "Europe/Madrid"));
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        Teachers.Account learner = Teachers.learner("madrid");
        browser.logIn(root, learner.username());
        browser.driver.get(root + "account/settings");
        Object reported = ((ChromeDriver) browser.driver).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().timeZone");
        assertEquals("Europe/Madrid", reported);
        assertEquals("Europe%2FMadrid", browser.driver.manage().getCookieNamed("tz").getValue());
        browser.driver.navigate().refresh();
        Select zone = new Select(browser.driver.findElement(By.id("zone")));
        assertEquals("Europe/Madrid", zone.getFirstSelectedOption().getAttribute("value"));
        Accessibility.assertNoSidewaysScroll(browser.driver, "settings at 390 px");
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "settings"));

        zone.selectByValue("America/Sao_Paulo");
        browser.driver.findElement(By.cssSelector("form[action='/account/settings'] button")).click();
        browser.waitForUrl("saved=true");
        assertTrue(browser.driver.getPageSource().contains("Times are now shown in America/Sao_Paulo"));
        browser.driver.navigate().refresh();
        assertEquals("America/Sao_Paulo", new Select(browser.driver.findElement(By.id("zone")))
                .getFirstSelectedOption().getAttribute("value"), "a saved choice wins over the browser's guess");
        assertEquals(List.of(), Accessibility.blockingViolations(browser.driver, "settings saved"));
    }
}
