package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session with its own profile: one user of the example app. Uses the system's
 * Chromium and ChromeDriver only (nothing is downloaded). A browser that cannot start fails the test with
 * the reason: the tests only run where ChromeDriver is installed, so that is a broken machine, not a skip.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The demo users' password, the same in both example apps. */
    public static final String PASSWORD = "testpass123";
    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Records policy violations and script errors in every document, from before the page's own scripts. */
    private static final String RECORDER = "window.__cspViolations = []; window.__pageErrors = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });"
            + "window.addEventListener('error', function (e) { window.__pageErrors.push(String(e.message)); });"
            + "window.addEventListener('unhandledrejection', function (e) { window.__pageErrors.push(String(e.reason)); });"
            + "(function (original) { console.error = function () {"
            + "  window.__pageErrors.push(Array.prototype.map.call(arguments, String).join(' '));"
            + "  return original.apply(console, arguments); }; })(console.error);";

    public final String label;
    public final ChromeDriver driver;
    private final URI base;
    private final Path profile;

    private Browser(String label, URI base, ChromeDriver driver, Path profile) {
        this.label = label;
        this.base = base;
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start(String label, URI base) {
        return start(label, base, "no-user-gesture-required");
    }

    /**
     * With Chromium's autoplay policy, such as {@code document-user-activation-required}: then no sound plays in a
     * page until the user clicked or pressed a key in it, as on a real desktop before the first interaction.
     */
    public static Browser start(String label, URI base, String autoplayPolicy) {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE); // no CDP version chatter
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(file).canExecute()) {
                throw new AssertionError("The browser tests need " + file + " (apt-get install chromium chromium-driver); "
                        + "they run because the 'browser' profile is active. Deactivate it with -P!browser to skip them.");
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
                "--window-size=1280,800", "--autoplay-policy=" + autoplayPolicy, "--no-first-run",
                "--disable-features=Translate,MediaRouter", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            return new Browser(label, base, driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw new AssertionError("Chromium (" + CHROMIUM + ") with ChromeDriver (" + CHROMEDRIVER
                    + ") could not start for the browser tests: " + e.getMessage(), e);
        }
    }

    /** Signs in through the login form and waits until the calls client is up on the people page. */
    public Browser signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(base.resolve("/login").toString());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        waitVisible(By.cssSelector("[data-calls-status-select]"));
        return this;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public void reload() {
        driver.navigate().refresh();
    }

    public WebElement waitVisible(By by) {
        return waitVisible(by, WAIT);
    }

    public WebElement waitVisible(By by, Duration timeout) {
        return wait(timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitGone(By by) {
        wait(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public WebDriverWait wait(Duration timeout) {
        WebDriverWait w = new WebDriverWait(driver, timeout, Duration.ofMillis(25));
        w.withMessage(() -> "in the browser of " + label + " at " + driver.getCurrentUrl() + diagnostics());
        return w;
    }

    /** A button by its accessible name (aria-label or text); asserts the computed name is exactly that. */
    public WebElement button(String name) {
        WebElement b = waitVisible(By.xpath("//button[@aria-label='" + name + "' or (not(@aria-label) and normalize-space(.)='" + name + "')]"));
        assertThat(b.getAccessibleName()).isEqualTo(name);
        return b;
    }

    /** Runs {@code js} in every page this browser loads from now on, before the page's own scripts. */
    public void onEveryPage(String js) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js));
    }

    /** Incoming-call dialogs on the page now. */
    public List<WebElement> findIncoming() {
        return driver.findElements(By.cssSelector("[data-calls-incoming]"));
    }

    public List<WebElement> findElementsNamed(String ariaLabel) {
        return driver.findElements(labelled(ariaLabel));
    }

    /**
     * Lets the page show notifications, makes it report itself hidden (as a background tab does), and records
     * the notifications it shows in {@code window.__notifications}. Lasts until the next page load.
     */
    public void hideWithNotificationsAllowed() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base.toString().replaceAll("/$", ""),
                "permissions", List.of("notifications")));
        script("const Real = window.Notification; window.__notifications = [];"
                + "window.Notification = class extends Real { constructor(title, options) { super(title, options);"
                + "  const shown = { title: title, body: options && options.body, closed: false };"
                + "  window.__notifications.push(shown);"
                + "  const close = this.close.bind(this); this.close = () => { shown.closed = true; close(); }; } };"
                + "Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> notifications() {
        return (List<Map<String, Object>>) script("return window.__notifications || [];");
    }

    public static By dialog(String name) {
        return By.xpath("//*[@role='dialog'][.//h2[normalize-space(.)='" + name + "']]");
    }

    public static By region(String name) {
        return By.xpath("//*[@role='region'][@aria-label='" + name + "']");
    }

    public static By alert(String text) {
        return By.xpath("//*[@role='alert'][contains(normalize-space(.), " + literal(text) + ")]");
    }

    /** An XPath string literal for {@code text}, which may hold one kind of quote. */
    public static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    public static By labelled(String name) {
        return By.xpath("//*[@aria-label='" + name + "']");
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Evaluates {@code expression} with {@code calls}, the client instance the page's module created. */
    public Object client(String expression) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/api/calls/client.js').then((m) => { const calls = m.calls; done(" + expression + "); })"
                        + ".catch((e) => done('error: ' + e));");
    }

    public boolean ringing() {
        return Boolean.TRUE.equals(client("calls.ringing"));
    }

    /** What the stand-in external_api.js recorded: one entry per JitsiMeetExternalAPI built on this page. */
    public JsonNode standIn() {
        Object json = script("return JSON.stringify((window.__jitsiStandIn || {instances: []}).instances);");
        try {
            return JSON.readTree((String) json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String diagnostics() {
        try {
            return "; script errors " + script("return window.__pageErrors || [];") + "; policy violations "
                    + cspViolations() + "; page text: " + script("return document.body.innerText.slice(0, 300);");
        } catch (RuntimeException e) {
            return "";
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        return (List<String>) script("return window.__cspViolations || [];");
    }

    /** The id of the call in the open call window. */
    public String windowCallId() {
        return waitVisible(By.cssSelector("[data-calls-window]")).getAttribute("data-calls-window");
    }

    /** Lays pages out at this viewport size (a phone when narrow), until {@link #desktop()}. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    public void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Saves a PNG of the page under target/screenshots for review. */
    public Path screenshot(String name) {
        Path dir = Paths.get(System.getProperty("calls.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
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
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
