package org.fieldnps.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver, for the tests of one class: a
 * test class registers it as an extension, which starts the browser before the class's tests and
 * quits it after them. Selenium is pointed at both binaries, because its own manager would try to
 * download a driver, and these machines have no network beyond the package registries.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback {

    /** The password of every demo account in the tests' deployments. */
    static final String DEMO_PASSWORD = "demo";

    private static final String CHROMIUM = System.getProperty("nps.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("nps.test.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver driver;
    private Path profile;

    private Browser() {
    }

    /** A browser to register with {@code @RegisterExtension} on a static field. */
    static Browser headlessChromium() {
        return new Browser();
    }

    /**
     * Logs in through the portal's login form and waits for the page it leads to. The browser's
     * cookies for the portal are dropped first, so that whoever was logged in before is not.
     */
    static void logIn(WebDriver driver, URL baseUrl, String username, String password) {
        String loginPage = URI.create(baseUrl.toString()).resolve("/login.xhtml").toString();
        driver.get(loginPage);
        driver.manage().deleteAllCookies();
        driver.get(loginPage);
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        clickAndAwaitNextPage(driver, By.id("login:submit"));
    }

    /** Logs in as one of the demo accounts, as {@link #logIn(WebDriver, URL, String, String)}. */
    static void logIn(WebDriver driver, URL baseUrl, String username) {
        logIn(driver, baseUrl, username, DEMO_PASSWORD);
    }

    /**
     * Clicks a link, or a button that sends a form without Ajax, and waits for the page the server
     * answers with, so that the next step reads nothing from the page being left.
     */
    static void clickAndAwaitNextPage(WebDriver driver, By button) {
        awaitNextPage(driver, () -> driver.findElement(button).click());
    }

    /**
     * Does what leads to another page and waits until that page has loaded: the old page carries a
     * mark that the new one lacks. Waiting for the old page's elements to go stale is not enough,
     * because ChromeDriver sometimes reports an element of a page being left as an unknown error
     * rather than as a stale one.
     */
    static void awaitNextPage(WebDriver driver, Runnable navigation) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("document.documentElement.dataset.leaving = 'yes'");
        navigation.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ignored -> Boolean.TRUE.equals(page.executeScript("return document.readyState === 'complete'"
                        + " && document.documentElement.dataset.leaving === undefined")));
    }

    /**
     * How many pixels the box that holds an element (the nearest card or scrolling table) hides
     * to the side; 0 when all of it shows in the window.
     */
    static long sidewaysScroll(WebDriver driver, String elementCss) {
        String hiddenWidth = "const box = document.querySelector(arguments[0]).closest('.table-scroll, .card');"
                + " return box.scrollWidth - box.clientWidth;";
        Object hidden = ((JavascriptExecutor) driver).executeScript(hiddenWidth, elementCss);
        return ((Number) hidden).longValue();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("nps-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Keeps a picture of the page under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(taken.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
