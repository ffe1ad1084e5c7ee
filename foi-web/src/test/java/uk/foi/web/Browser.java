package uk.foi.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never downloaded at run time): a person's view of
 * the pages. Every page it reaches is checked with axe-core against WCAG 2.2 A and AA, and photographed.
 */
final class Browser implements AutoCloseable {

    /** The axe-core tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final String base;
    private final Path screenshots;
    private int shot;

    Browser(String base, Path screenshots) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run installs them when missing)");
        }
        this.base = base;
        this.screenshots = screenshots;
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
    }

    /** @param path a path of foi-web @return this, at it */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** @param css a selector @return the element */
    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Clicks a button or a link and waits for the page it leads to (a click returns before the navigation ends).
     *
     * @param button the button or link
     */
    void clickAndWait(WebElement button) {
        WebElement page = find("html");
        button.click();
        waitUntilGone(page);
    }

    /**
     * Waits until the page an element belongs to has been replaced. Chromium may answer a question about an element
     * of the page being torn down with "Node with given id does not belong to the document" rather than "stale
     * element", so both mean the page is gone.
     *
     * @param element an element of the page that is being left
     */
    void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** @param css the button's selector */
    void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    /**
     * Presses Tab until the element has focus, from wherever focus is: proves it can be reached by keyboard, in the
     * page's order.
     *
     * @param target the element
     * @return it, focused
     */
    WebElement tabTo(WebElement target) {
        for (int i = 0; i < 200; i++) {
            if (driver.switchTo().activeElement().equals(target)) {
                return target;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("200 presses of Tab never reached " + target.getTagName() + " "
                + target.getAttribute("outerHTML").lines().findFirst().orElse(""));
    }

    /** @param css a selector @return the element it finds, reached by Tab */
    WebElement tabTo(String css) {
        return tabTo(find(css));
    }

    /**
     * Chooses a radio button by keyboard: Tab into its group, then the arrow keys (which select as they move).
     *
     * @param name  the group's name
     * @param value the value to choose
     */
    void chooseRadio(String name, String value) {
        tabTo(driver.findElements(By.name(name)).get(0));
        WebElement wanted = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        for (int i = 0; i < 20 && !wanted.isSelected(); i++) {
            press(Keys.ARROW_DOWN);
        }
        if (!wanted.isSelected()) {
            throw new AssertionError("the arrow keys never chose " + value + " in " + name);
        }
    }

    /** @param keys keys to press on whatever has focus */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Enter on what has focus and waits for the page it leads to. */
    void enterAndWait() {
        WebElement page = find("html");
        press(Keys.ENTER);
        waitUntilGone(page);
    }

    /** @return the success banner's text; fails with what the page says instead when there is none */
    String banner() {
        List<WebElement> banners = driver.findElements(By.cssSelector(".govuk-notification-banner"));
        if (banners.isEmpty()) {
            throw new AssertionError("no success banner on " + driver.getCurrentUrl() + "; the page says:\n" + main());
        }
        return banners.get(0).getText();
    }

    /** @return the main content's text */
    String main() {
        return find("main").getText();
    }

    /**
     * Checks the page as it is now with axe-core and keeps a screenshot of it.
     *
     * @param step the step's name, for the screenshot's file
     * @return the violations, each as "rule: help (where)"; empty when the page passes
     */
    List<String> check(String step) throws Exception {
        shot++;
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(String.format("%02d-%s.png", shot, step)), png);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule r) {
        return r.getId() + ": " + r.getHelp() + " (" + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
