package org.fieldnps.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * Debian's headless Chromium driven through Debian's ChromeDriver. Selenium is pointed at both
 * binaries, because its own manager would try to download a driver, and these machines have no
 * network beyond the package registries.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("nps.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("nps.test.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Clicks a button that sends a form without Ajax and waits for the page the server answers
     * with, so that the next step does not race the request.
     */
    static void submitAndAwaitNextPage(WebDriver driver, By button) {
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

    static Browser headlessChromium() {
        try {
            Path profile = Files.createTempDirectory("nps-chromium");
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
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
