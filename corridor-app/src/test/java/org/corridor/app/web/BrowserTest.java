package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.corridor.app.web.runs.RunService;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planner and the scenario lab in a real browser: Debian's headless Chromium, driven by Selenium.
 * Fills in the planner's form in two languages and checks the plan appears; starts a tiny lab run and
 * waits for its charts; saves screenshots to {@code target/screenshots/}.
 * Skipped where Chromium is not installed, except in CI ({@code CI=true}), where {@code .ci/run}
 * installs it and its absence is a failure.
 */
class BrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Javalin app;
    private static RunService runs;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        // Selenium looks for DevTools bindings of this Chromium's version; plain WebDriver needs none
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.SEVERE);
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("Chromium and ChromeDriver must be installed in CI (.ci/run installs Debian's chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed; browser tests skipped");
        runs = new RunService(Simulation.embedded(), Files.createTempDirectory("corridor-runs"), 1, 2);
        app = WebServer.create(Assessor.embedded(), runs, Reports.forTests()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=480,1400", "--user-data-dir=" + Files.createTempDirectory("corridor-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (runs != null) {
            runs.close();
        }
    }

    @Test
    void aTajikWorkerPlansInEnglish() throws IOException {
        fillAndSubmit("en", "TJ", "RU", "2016-09-05", "2016-09-20", "2016-09-10");
        WebElement plan = browser.findElement(By.id("plan"));
        assertTrue(plan.getText().contains("What to do, by when"), plan.getText());
        assertTrue(plan.getText().contains("2016-10-05"), "the patent's deadline: " + plan.getText());
        screenshot("planner-en");
    }

    @Test
    void anUzbekVisitorPlansInRussian() throws IOException {
        fillAndSubmit("ru", "UZ", "RU", "2016-01-01", "2016-06-01", "2016-01-11");
        browser.findElement(By.name("ev-exit"));
        WebElement plan = browser.findElement(By.id("plan"));
        assertTrue(plan.getText().contains("Что сделать и до какого числа"), plan.getText());
        screenshot("planner-ru");
    }

    @Test
    void theExplorerShowsAParameterHistory() throws IOException {
        browser.get(base + "/law/ru.work.monthly_fee.mow?lang=en");
        assertTrue(browser.findElement(By.tagName("table")).getText().contains("2015-01-01"));
        screenshot("law-explorer");
    }

    @Test
    void aTinyLabRunIsChartedAgainstItsBaseline() throws IOException {
        browser.manage().window().setSize(new Dimension(1000, 1400));
        try {
            browser.get(base + "/lab?lang=en");
            new Select(browser.findElement(By.name("scenario"))).selectByValue("baseline");
            setValue("levers.patentPriceMultiplier", "3");
            new Select(browser.findElement(By.name("levers.banRegisterReach"))).selectByValue("0");
            setValue("levers.from", "2014-01");
            setValue("scale", "0.002");
            setValue("from", "2013-01");
            setValue("to", "2015-12");
            browser.findElement(By.cssSelector("form[action='/lab'] button[type=submit]")).click();
            // the run page refreshes itself (no script) until the run and its baseline are done
            new WebDriverWait(browser, Duration.ofSeconds(180))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#charts h2"), "Against the baseline"));
            assertEquals(6, browser.findElements(By.cssSelector("#charts figure.chart > svg")).size(), "six charts, the share of GDP among them");
            assertFalse(browser.findElements(By.cssSelector("#charts polyline[stroke-dasharray]")).isEmpty(), "the baseline's lines, dashed");
            assertTrue(browser.findElements(By.cssSelector("meta[http-equiv=refresh]")).isEmpty(), "done: no more refreshing");
            assertTrue(browser.getCurrentUrl().contains("/lab/runs/baseline-"), browser.getCurrentUrl());
            screenshot("lab");
        } finally {
            browser.manage().window().setSize(new Dimension(480, 1400));
        }
    }

    private static void fillAndSubmit(String lang, String citizenship, String destination, String entry, String asOf, String registered) {
        browser.get(base + "/?lang=" + lang);
        new Select(browser.findElement(By.name("citizenship"))).selectByValue(citizenship);
        new Select(browser.findElement(By.name("destination"))).selectByValue(destination);
        // date inputs take typed text in the browser's locale format; set the ISO value the form posts instead
        setDate("entry", entry);
        setDate("asOf", asOf);
        setDate("ev-registration", registered);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
    }

    private static void setDate(String name, String isoDate) {
        setValue(name, isoDate);
    }

    /** Sets a field's value as the form will post it, whatever the browser's locale makes of typed dates and months. */
    private static void setValue(String name, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.name(name)), value);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
