package org.ocdsnacional.app;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) on a fresh profile, driven by
 * Selenium. Without chromedriver the browser tests skip with a message, except in CI ({@code CI} set), where they
 * fail: there {@code .ci/run} installs it.
 */
final class Browser implements AutoCloseable {

    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));
    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"));

    private final ChromeDriver driver;
    private final URI base;
    private final Path profile;

    private Browser(ChromeDriver driver, URI base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A browser on {@code base}, or the test is skipped (outside CI) when chromedriver is not installed. */
    static Browser start(URI base) {
        Optional<Path> chromedriver = DRIVERS.stream().filter(Files::isExecutable).findFirst();
        if (chromedriver.isEmpty()) {
            String message = "chromedriver is not installed (apt-get install chromium chromium-driver): the "
                    + "browser tests need it";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message + ", and CI must run them");
            }
            Assumptions.abort("Skipped: " + message);
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            BROWSERS.stream().filter(Files::isExecutable).findFirst()
                    .ifPresent(binary -> options.setBinary(binary.toFile()));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=es-MX",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the portal ({@code /buscar?q=…}). */
    Browser open(String pathAndQuery) {
        driver.get(base.resolve(pathAndQuery).toString());
        return this;
    }

    /**
     * Waits (up to 30 s) until the browser is at a path starting with {@code prefix}, after a key or a click, and the
     * page there has loaded: the address changes when the new page starts to arrive, before its elements are there.
     */
    Browser waitForPath(String prefix) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ignored -> path().startsWith(prefix) && "complete".equals(script("return document.readyState")));
        return this;
    }

    String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** What the page logged to the console at level SEVERE since the last call (errors, CSP violations). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a screenshot of the page as a PNG. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window, e.g. to a phone's width. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
