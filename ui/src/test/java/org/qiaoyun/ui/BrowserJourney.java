package org.qiaoyun.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's Chromium through its ChromeDriver (no driver download) against the running platform,
 * the way a person uses the screens, and keeps a screenshot of each step under
 * {@code ui/target/screenshots}.
 */
final class BrowserJourney implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path screenshots;
    private int step;

    BrowserJourney(String base) {
        this.base = base;
        this.screenshots = Path.of(System.getProperty("qiaoyun.screenshots", "target/screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN");
        // a phone in China asks for Chinese pages (headless Chromium would otherwise send en-US)
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /**
     * Stops a story here on a machine without Chromium (aborted, not failed), unless {@code QIAOYUN_REQUIRE_BROWSER} is set:
     * then a missing browser fails it (.ci/run installs Debian's chromium and chromium-driver and sets it, so CI cannot skip).
     */
    static void assumeAvailable() {
        if (available()) {
            return;
        }
        if (System.getenv("QIAOYUN_REQUIRE_BROWSER") != null) {
            org.junit.jupiter.api.Assertions.fail("QIAOYUN_REQUIRE_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        org.junit.jupiter.api.Assumptions.abort("no /usr/bin/chromium and /usr/bin/chromedriver: install chromium chromium-driver");
    }

    /** Sets the window size, e.g. a phone's 390 x 844. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void open(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    /** Opens a page of another site (not this platform's), without waiting for Vaadin. */
    void visit(String url) {
        driver.get(url);
    }

    /** Waits until the browser has left the page at {@code url} (a form on it was submitted). */
    void waitUntilAway(String url) {
        wait.until(d -> !d.getCurrentUrl().startsWith(url));
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void signIn(String username, String password) {
        open("login");
        type(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']"))), username);
        type(driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")), password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        // the shell: home, or the address the person was sent to sign in from
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shell-user")));
        waitForVaadin();
    }

    void signOut() {
        click(By.cssSelector("#shell-user vaadin-menu-bar-button"));
        click(By.xpath("//vaadin-menu-bar-item[contains(., '退出登录')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-view")));
    }

    /** Clicks the grid cell showing {@code text}, which selects its row. */
    void selectRow(String text) {
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']"));
    }

    void click(By locator) {
        // the app layout scrolls its content area, not the window: bring the element to the middle first (an element
        // scrolled out of the content area does not count as visible), then wait until it can be clicked
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        waitForVaadin();
    }

    /** Types into a Vaadin text field (its input lives in the light DOM) and commits the value. */
    void fill(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        type(input, text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /**
     * Types a day into a date picker as a Chinese screen shows one (2026/12/1) and commits it with Enter, which also
     * closes the calendar that typing opened (left open, it stands over the fields below).
     */
    void date(String datePickerId, java.time.LocalDate day) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + datePickerId + " input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    /** Chooses an item of a combo box by typing its label (over what it shows) and pressing Enter. */
    void choose(String comboBoxId, String label) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + comboBoxId + " input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // a combo box showing a value filters by what is typed after it
        input.sendKeys(label);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    /**
     * Chooses the first item of a combo box whose label contains {@code text}: types it to filter the items and clicks
     * the first one shown (for labels only partly known, such as an adviser's with their load).
     */
    void pick(String comboBoxId, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + comboBoxId + " input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        waitForVaadin();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]")));
        item.click();
        waitForVaadin();
        WebElement box = driver.findElement(By.id(comboBoxId));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].selectedItem != null", box)));
    }

    /** Types {@code text} into the text area with the given id. */
    void write(String textAreaId, String text) {
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + textAreaId + " textarea")));
        type(area, text);
        area.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Ticks the checkbox labelled {@code label} inside the component with the given id. */
    void tick(String groupId, String label) {
        click(By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[contains(., '" + label + "')]"));
    }

    /**
     * Fetches what a link points at within the page's session (as a click would download it) and tells
     * "status content-type bytes".
     */
    String fetch(By link) {
        WebElement anchor = waitFor(link);
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0].href).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')"
                + " + ' ' + b.byteLength))).catch(e => done('failed ' + e));", anchor));
    }

    /** Types into a plain HTML form's field by its name (the public pages: no Vaadin there). */
    void type(String name, String text) {
        type(wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name))), text);
    }

    /** Clicks an element of a plain HTML page (no Vaadin to wait for). */
    void press(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** The visible text of the page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Whether the page is wider than the window (text or a table running off a phone's screen). */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;"));
    }

    /** The texts of the elements found that show less than they hold: cut off, as "¥1,000…" in a narrow column. */
    List<String> cutOff(By locator) {
        return driver.findElements(locator).stream().filter(element -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].scrollWidth > arguments[0].clientWidth;", element))).map(element -> element.getAttribute("textContent"))
                .toList();
    }

    boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /**
     * Whether the element shows up within the journey's patience: a view the router renders after the client has
     * started (right after a page loads, the client may not have asked for it yet, and {@link #present} would say no).
     */
    boolean appears(By locator) {
        try {
            waitFor(locator);
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /** Saves a screenshot named after the step, in order. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until Vaadin has no request in flight. */
    private void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                        + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
