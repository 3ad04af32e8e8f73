package org.battlequiz.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** In Chromium: a teacher moves a misread commander to the right side and regenerates; the facts page passes axe. */
@QuarkusTest
class FactsBrowserTest extends ChromiumTest {

    @Test
    void aTeacherMovesAMisreadCommanderAndTheRegeneratedItemsNameTheRightSide() throws Exception {
        Teachers.Account teacher = Teachers.teacher("factsbrowser");
        long setId = AuthoringFlowTest.createFromArticle(teacher.session(), Teachers.misreadEdgehill());
        browser.logIn(root, teacher.username());
        browser.driver.get(root + "teach/sets/" + setId + "/review");
        assertTrue(browser.driver.getPageSource().contains("Jacob Astley, Earl of Essex"), "the misread is in the items");
        browser.driver.findElement(By.linkText("Facts read")).click();
        browser.waitForUrl("/facts");

        WebElement essex = browser.driver.findElement(By.id("fact-commander-1-earl-of-essex"));
        essex.findElement(By.tagName("summary")).click();
        essex.findElement(By.xpath(".//button[contains(., 'Move to side 2')]")).click();
        browser.waitForUrl("done=move");
        assertTrue(browser.driver.getCurrentUrl().endsWith("#fact-commander-2-earl-of-essex"));
        assertTrue(browser.driver.findElement(By.cssSelector("#side-2 #fact-commander-2-earl-of-essex")).getText()
                .contains("Essex"));
        assertTrue(browser.driver.findElement(By.id("history")).getText().contains("Commander Earl of Essex"));
        browser.screenshot("facts-after-move");

        browser.driver.findElement(By.xpath("//button[normalize-space()='Regenerate items']")).click();
        browser.waitForUrl("done=regenerated");
        assertTrue(browser.driver.findElement(By.cssSelector(".alert-success")).getText()
                .startsWith("Items regenerated from the corrected facts"));
        browser.driver.findElement(By.linkText("Open the review queue")).click();
        browser.waitForUrl("/review");
        List<String> aboutEssex = new ArrayList<>();
        for (WebElement item : browser.driver.findElements(By.cssSelector("li.review-item"))) {
            if (item.getText().contains("Essex")) {
                aboutEssex.add(item.getText());
            }
        }
        assertTrue(aboutEssex.stream().anyMatch(t -> t.contains("Essex fought for the Parliamentarians")),
                aboutEssex.toString());
        assertTrue(aboutEssex.stream().noneMatch(t -> t.contains("Jacob Astley, Earl of Essex")), aboutEssex.toString());
        browser.screenshot("review-after-regenerate");
    }

    @Test
    void theFactsPageHasNoSeriousViolationAndFitsANarrowScreen() throws Exception {
        Teachers.Account teacher = Teachers.teacher("factsaxe");
        long setId = AuthoringFlowTest.createFromArticle(teacher.session(),
                java.nio.file.Files.readString(AuthoringFlowTest.SEED).replace('\u00a0', ' '));
        teacher.session().postForm("/teach/sets/" + setId + "/facts/move", java.util.Map.of("kind", "commander",
                "side", "0", "target", "Abdul Qader Saleh", "toSide", "1")).then().statusCode(303);
        browser.logIn(root, teacher.username());
        browser.driver.get(root + "teach/sets/" + setId + "/facts");
        assertTrue(browser.driver.findElement(By.id("doubts-heading")).isDisplayed());
        List<String> blocking = new ArrayList<>(Accessibility.blockingViolations(browser.driver, "facts"));
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('details').forEach(d => d.open = true);");
        blocking.addAll(Accessibility.blockingViolations(browser.driver, "facts, every form open"));
        assertEquals(List.of(), blocking);

        browser.driver.manage().window().setSize(new Dimension(390, 900));
        browser.driver.navigate().refresh();
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('details').forEach(d => d.open = true);");
        Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scroll at 390 px");
        browser.screenshot("facts-390");

        WebElement confirm = Accessibility.tabTo(browser.driver, e -> e.getText().startsWith("Confirm side"));
        assertFalse(confirm.getText().isBlank());
    }
}
