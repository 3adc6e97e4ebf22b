package org.fieldnps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The admin's settings page in a browser: a refused value names its problem beside the field and
 * saves nothing, a good one is kept, and managers are kept out. The demo organisation's settings
 * are put back at the end, as other test classes share its data directory.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsBrowserIT {

    @RegisterExtension
    static final Browser browser = Browser.headlessChromium();

    @ArquillianResource
    private URL baseUrl;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return DeployedWar.asBuilt();
    }

    @Test
    void adminChangesTheSurveyRulesAndARefusedValueChangesNothing() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "admin");
        Browser.clickAndAwaitNextPage(driver, By.id("nav-settings"));
        assertEquals("Settings", driver.findElement(By.tagName("h1")).getText());
        assertEquals("30", field(driver, "fatigueDays").getAttribute("value"));
        browser.screenshot("settings-page");

        try {
            type(driver, "fatigueDays", "45");
            type(driver, "reminderDays", "20");
            save(driver);
            browser.screenshot("settings-refused");
            assertTrue(driver.findElement(By.id("settings:messages")).getText().contains("Nothing was saved"));
            assertEquals("The reminder must go out before the survey expires: reminder after 20 days, expiry"
                    + " after 14 days.", messageBeside(driver, "reminderDays"));
            driver.navigate().to(settingsUrl());
            assertEquals("30", field(driver, "fatigueDays").getAttribute("value"), "a refused form saved a value");
            assertEquals("3", field(driver, "reminderDays").getAttribute("value"));

            type(driver, "promoterMinimum", "6");
            save(driver);
            assertTrue(messageBeside(driver, "promoterMinimum").startsWith("The lowest promoter score (6) must be"
                    + " above the highest detractor score (6)"), messageBeside(driver, "promoterMinimum"));

            driver.navigate().to(settingsUrl());
            type(driver, "companyName", "   ");
            save(driver);
            assertTrue(messageBeside(driver, "companyName").startsWith("Give the company's name"),
                    messageBeside(driver, "companyName"));

            driver.navigate().to(settingsUrl());
            type(driver, "fatigueDays", "45");
            save(driver);
            assertEquals("Settings saved. They apply from now on: to the figures on every page and to the next"
                    + " invitations.", driver.findElement(By.id("settings:messages")).getText().strip());
            driver.navigate().to(settingsUrl());
            assertEquals("45", field(driver, "fatigueDays").getAttribute("value"));
        } finally {
            driver.navigate().to(settingsUrl());
            type(driver, "fatigueDays", "30");
            save(driver);
        }
        driver.navigate().to(settingsUrl());
        assertEquals("30", field(driver, "fatigueDays").getAttribute("value"));
    }

    @Test
    void managerWhoOpensTheSettingsPageGetsTheForbiddenPage() {
        WebDriver driver = browser.driver();
        Browser.logIn(driver, baseUrl, "team.manager");
        assertTrue(driver.findElements(By.id("nav-settings")).isEmpty(), "a manager is shown the Settings link");

        driver.get(settingsUrl());

        assertEquals("Not yours to see", driver.findElement(By.tagName("h1")).getText());
        assertFalse(driver.getPageSource().contains("Save settings"));
    }

    private String settingsUrl() {
        return URI.create(baseUrl.toString()).resolve("/admin/settings.xhtml").toString();
    }

    private static WebElement field(WebDriver driver, String name) {
        return driver.findElement(By.id("settings:" + name));
    }

    private static void type(WebDriver driver, String name, String value) {
        WebElement input = field(driver, name);
        input.clear();
        input.sendKeys(value);
    }

    private static void save(WebDriver driver) {
        Browser.clickAndAwaitNextPage(driver, By.id("settings:save"));
    }

    private static String messageBeside(WebDriver driver, String name) {
        return driver.findElement(By.id("settings:" + name + "-message")).getText().strip();
    }
}
