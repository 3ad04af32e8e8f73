package org.battlequiz.support;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium with a fresh profile, closed with {@link #close()}. */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    public final WebDriver driver;
    private final Path profile;

    public Chromium(int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        profile = Files.createTempDirectory("battlequiz-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /** A browser of the given size, or the calling test skipped where Chromium is not installed. */
    public static Chromium openOrSkip(int width, int height) throws IOException {
        if (System.getenv("CI") != null) {
            Assertions.assertTrue(installed(), "CI must run the browser tests: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed(), "Debian chromium and chromium-driver are not installed");
        return new Chromium(width, height);
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    public void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Waits until the browser has left a page whose address contains the fragment. */
    public void waitForUrlWithout(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.not(
                ExpectedConditions.urlContains(fragment)));
    }

    /** Logs in through the login form and waits for the landing page. */
    public void logIn(URL root, String username) {
        driver.get(root + "login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(BrowserSession.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitForUrlWithout("/login");
    }

    /** Saves a screenshot under target/screenshots, for a person to look at. */
    public void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
