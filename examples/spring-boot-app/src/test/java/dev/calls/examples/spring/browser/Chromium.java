package dev.calls.examples.spring.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with its own profile: one user of the React example. The system's Chromium and
 * ChromeDriver only (nothing is downloaded); a browser that cannot start fails the test with the reason.
 */
final class Chromium implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Duration WAIT = Duration.ofSeconds(10);

    final String label;
    final ChromeDriver driver;
    private final Path profile;

    private Chromium(String label, ChromeDriver driver, Path profile) {
        this.label = label;
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start(String label) {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        for (String file : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(file).canExecute()) {
                throw new AssertionError("The browser test needs " + file + " (apt-get install chromium chromium-driver); "
                        + "it runs because the 'browser' profile is active. Deactivate it with -P!browser to skip it.");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("calls-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=1280,800", "--autoplay-policy=no-user-gesture-required", "--no-first-run",
                "--disable-features=Translate,MediaRouter", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        try {
            return new Chromium(label, new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            service.stop();
            throw new AssertionError("Chromium with ChromeDriver could not start for the browser test: " + e.getMessage(), e);
        }
    }

    WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(driver, WAIT, Duration.ofMillis(50));
        w.withMessage(() -> "in the browser of " + label + " at " + driver.getCurrentUrl());
        return w;
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void gone(By by) {
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Saves a screenshot under target/screenshots (calls.screenshots) and returns its path. */
    Path screenshot(String name) {
        try {
            Path dir = Paths.get(System.getProperty("calls.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder
            }
        }
    }
}
