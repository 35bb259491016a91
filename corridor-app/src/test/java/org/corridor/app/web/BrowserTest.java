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
import java.util.List;
import org.corridor.app.web.runs.RunService;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.corridor.app.text.Messages;
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
        runs = new RunService(Simulation.embedded(), Files.createTempDirectory("corridor-runs"), 1, 5); // room for a two-seed ensemble (four replicas)
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
        assertTrue(plan.getText().contains("5 October 2016"), "the patent's deadline, as people write dates: " + plan.getText());
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

    /**
     * The test of a plan a person can act on: on a 390 x 700 phone screen, a Tajik worker
     * who missed the registration deadline sees, in Tajik (and in Russian), what to do now and
     * where to go, before scrolling.
     */
    @Test
    void aMissedStepShowsWhatToDoNowOnThePhonesFirstScreen() throws IOException {
        Dimension before = browser.manage().window().getSize();
        viewport(390, 700);
        try {
            for (String lang : List.of("tg", "ru")) {
                browser.get(base + "/?lang=" + lang);
                assertNoSidewaysScroll(lang + " form");
                fillAndSubmit(lang, "TJ", "RU", "2026-11-10", "2026-12-02", "");
                assertNoSidewaysScroll(lang + " plan");
                Messages m = Messages.of(lang);
                WebElement now = browser.findElement(By.cssSelector("section.next li.urgent"));
                long viewport = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;")).longValue();
                long bottom = now.getRect().getY() + now.getRect().getHeight();
                assertTrue(bottom <= viewport, lang + ": what to do now ends at " + bottom + " px, below the first screen of " + viewport + " px");
                String text = now.getText();
                assertTrue(text.startsWith(m.get("plan.now") + ":") || text.toLowerCase(java.util.Locale.ROOT).startsWith(m.get("plan.now")),
                        lang + ": the line says now: " + text);
                assertTrue(text.contains(org.corridor.law.advice.AdviceBook.embedded().contacts().get("ru-mvd-migration-office").shortName().in(lang)),
                        lang + ": the line says where to go: " + text);
                assertFalse(browser.findElement(By.cssSelector("details.done")).getAttribute("open") != null, "done steps are folded");
                screenshot("planner-now-" + lang);
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** Nothing on the page is wider than the phone's screen (a select as wide as its longest option, say). */
    private static void assertNoSidewaysScroll(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long width = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        Object wide = js.executeScript("return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > "
                + "window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + '[' + (e.name || '') + '] ' "
                + "+ Math.round(e.getBoundingClientRect().right)).join(', ');");
        assertTrue(scroll <= width, page + " is " + scroll + " px wide on a " + width + " px screen: " + wide);
    }

    /** Sizes the window so that the page itself (the viewport, without the browser's own bars) is {@code width} x {@code height}. */
    private static void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight)));
    }

    /** Events beyond the form's fields are added with a button, without script: here a second trip. */
    @Test
    void anEventIsAddedWithTheButtonAndASecondTripCounts() throws IOException {
        browser.get(base + "/?lang=ru");
        assertEquals(1, browser.findElements(By.name("event-kind")).size(), "one empty event row to start with");
        setDate("entry", "2026-03-01");
        setDate("asOf", "2026-12-02");
        new Select(browser.findElements(By.name("event-kind")).get(0)).selectByValue("exit");
        setValue(browser.findElements(By.name("event-date")).get(0), "2026-04-15");
        browser.findElement(By.cssSelector("button[value=add-event]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.name("event-kind")).size() == 2);
        assertEquals("exit", new Select(browser.findElements(By.name("event-kind")).get(0)).getFirstSelectedOption().getAttribute("value"),
                "the filled row is kept");
        new Select(browser.findElements(By.name("event-kind")).get(1)).selectByValue("entry");
        setValue(browser.findElements(By.name("event-date")).get(1), "2026-11-20");
        new Select(browser.findElements(By.name("event-value")).get(1)).selectByValue("work");
        browser.findElement(By.cssSelector("button[type=submit][value=plan]:not(.default-submit)")).click();
        WebElement plan = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertTrue(plan.getText().contains("Въезд 20 ноября 2026"), "the plan is for the second trip: " + plan.getText());
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

    @Test
    void aLabEnsembleDrawsBandsThatHoldTheirMedians() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 1400));
        try {
            browser.get(base + "/lab?lang=en");
            WebElement form = browser.findElement(By.cssSelector("form[action='/lab/ensembles']"));
            new Select(form.findElement(By.name("scenario"))).selectByValue("no-ban-database");
            setValue(form, "replicas", "2");
            setValue(form, "scale", "0.0005");
            setValue(form, "from", "2013-01");
            setValue(form, "to", "2014-12");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(180))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#charts h2"), "The bands"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no bands at " + browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText(), e);
            }
            List<WebElement> figures = browser.findElements(By.cssSelector("figure.chart"));
            assertEquals(9, figures.size(), "five series and four differences");
            for (WebElement figure : figures) {
                List<WebElement> areas = figure.findElements(By.cssSelector("polygon.band"));
                List<WebElement> lines = figure.findElements(By.cssSelector("polyline"));
                assertFalse(areas.isEmpty(), figure.getAttribute("id"));
                // each band is drawn as its 5-95% area, its 25-75% area and its median, in that order
                for (int b = 0; b < areas.size() / 2; b++) {
                    double[][] outer = points(areas.get(2 * b).getAttribute("points"));
                    double[][] median = points(lines.get(b).getAttribute("points"));
                    int n = median.length;
                    assertEquals(2 * n, outer.length, "the area runs along the upper line and back along the lower");
                    for (int i = 0; i < n; i++) {
                        double upper = outer[i][1];
                        double lower = outer[2 * n - 1 - i][1];
                        assertEquals(median[i][0], outer[i][0], 1e-9);
                        assertTrue(upper <= median[i][1] + 1e-9 && median[i][1] <= lower + 1e-9,
                                figure.getAttribute("id") + " at point " + i + ": the median (y " + median[i][1] + ") outside its band ["
                                        + upper + ", " + lower + "]");
                    }
                }
            }
            assertFalse(browser.findElements(By.cssSelector("#drivers li")).isEmpty(), "what the answer is most sensitive to");
            long wide = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            assertTrue(wide <= 390, "nothing wider than the phone: " + wide);
            screenshot("lab-ensemble");
        } finally {
            browser.manage().window().setSize(new Dimension(480, 1400));
        }
    }

    /** An SVG points attribute as pairs of numbers. */
    private static double[][] points(String attribute) {
        String[] pairs = attribute.trim().split("\\s+");
        double[][] p = new double[pairs.length][2];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            p[i][0] = Double.parseDouble(xy[0]);
            p[i][1] = Double.parseDouble(xy[1]);
        }
        return p;
    }

    private static void setValue(WebElement form, String name, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", form.findElement(By.name(name)), value);
    }

    private static void fillAndSubmit(String lang, String citizenship, String destination, String entry, String asOf, String registered) {
        browser.get(base + "/?lang=" + lang);
        new Select(browser.findElement(By.name("citizenship"))).selectByValue(citizenship);
        new Select(browser.findElement(By.name("destination"))).selectByValue(destination);
        // date inputs take typed text in the browser's locale format; set the ISO value the form posts instead
        setDate("entry", entry);
        setDate("asOf", asOf);
        setDate("ev-registration", registered);
        browser.findElement(By.cssSelector("button[type=submit][value=plan]:not(.default-submit)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
    }

    private static void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
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
