package org.battlequiz.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** axe-core runs (Deque's bundled axe.min.js) and keyboard walks with a visible-focus check, in a real browser. */
public final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private Accessibility() {
    }

    /** Serious and critical axe violations of the page as shown, one line per element; lesser ones are printed. */
    public static List<String> blockingViolations(WebDriver driver, String name) {
        List<String> found = new ArrayList<>();
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
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

    /** Presses Tab until the focused element matches, checking on the way that every focus ring shows. */
    public static WebElement tabTo(WebDriver driver, Predicate<WebElement> target) {
        for (int i = 0; i < 150; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String ring = (String) ((JavascriptExecutor) driver).executeScript("""
                    const s = getComputedStyle(arguments[0]);
                    return arguments[0].matches(':focus-visible') + ' ' + s.outlineStyle + ' ' + s.outlineWidth;""",
                    focused);
            assertTrue(ring.matches("true (solid|auto|dashed|dotted|double) ([2-9]|\\d{2,})(\\.\\d+)?px"),
                    "focus ring on " + focused.getTagName() + " '" + focused.getText() + "': " + ring);
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached by Tab on " + driver.getCurrentUrl());
    }

    /** Fails when the page scrolls sideways, naming the elements that stick out on the right. */
    public static void assertNoSidewaysScroll(WebDriver driver, String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long sideways = ((Number) js.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        Object widest = js.executeScript("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
                    .slice(-5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ');""");
        assertTrue(sideways <= 0, name + " scrolls sideways by " + sideways + " px: " + widest);
    }
}
