package io.github.policykoll.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.PolicyEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The composer page in headless Chromium, used as a person would: typing, reading, clicking, by keyboard. */
class ComposerPageTest {
    private static PolicyEngine engine;
    private static PolicyServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        engine = PolicyEngine.builder().build();
        server = PolicyServer.start(engine, new ServerMetrics(),
                new PolicyServer.Options("127.0.0.1", 0, null, null, null, false));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        server.close();
        engine.close();
    }

    @BeforeEach
    void open() {
        browser.get("http://127.0.0.1:" + server.port() + "/");
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static void verdictBecomes(String verdict) {
        waiting().until(ExpectedConditions.attributeToBe(By.id("verdict"), "data-verdict", verdict));
    }

    @Test
    void anInsultIsBlockedAndItsWordUnderlined() throws Exception {
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("Kommunalrådet är en idiot som borde avgå.");
        verdictBecomes("block");
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("BLOCK");
        List<WebElement> marks = browser.findElements(By.cssSelector("#preview mark.s-block"));
        assertThat(marks).extracting(WebElement::getText).contains("idiot");
        // underlined in the block colour
        String decoration = marks.get(0).getCssValue("text-decoration-line");
        assertThat(decoration).contains("underline");
        assertThat(browser.findElement(By.cssSelector("#findings li")).getText()).contains("SM-2.2")
                .contains("Medverka inte i personangrepp").contains("Förslag:");
        Path shot = Browser.screenshot(browser, "composer-block");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        assertNoConsoleErrors();
    }

    @Test
    void ordinaryTextPasses() throws Exception {
        browser.findElement(By.id("text")).sendKeys(
                "Regionens nya budget satsar på vården och kollektivtrafiken. Vad tycker du? Kom till vårt möte i Kista på torsdag.");
        verdictBecomes("pass");
        assertThat(browser.findElement(By.id("verdict")).getText()).startsWith("PASS");
        assertThat(browser.findElements(By.cssSelector("#preview mark"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#findings li"))).isEmpty();
        Browser.screenshot(browser, "composer-pass");
        assertNoConsoleErrors();
    }

    @Test
    void clickingAFindingSelectsItsWords() {
        browser.findElement(By.id("text")).sendKeys("Hej Kalle, du är en idiot.");
        verdictBecomes("block");
        browser.findElement(By.cssSelector("#findings li button")).click();
        JavascriptExecutor js = browser;
        Object selected = js.executeScript(
                "const t = document.getElementById('text'); return t.value.substring(t.selectionStart, t.selectionEnd);");
        assertThat(selected).isEqualTo("idiot");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("text");
    }

    @Test
    void theVerdictFollowsTheLatestText() {
        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys("Du är en idiot.");
        verdictBecomes("block");
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        text.sendKeys("Tack för att ni kom till mötet!");
        verdictBecomes("pass");
        assertThat(browser.findElements(By.cssSelector("#preview mark"))).isEmpty();
    }

    @Test
    void theModerationViewSortsCommentsByKeyboard() throws Exception {
        // reach the tab by keyboard: the tab list moves with the arrow keys
        browser.findElement(By.id("tab-skriv")).sendKeys(Keys.ARROW_RIGHT);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("vy-moderering")));
        assertThat(browser.findElement(By.id("tab-moderering")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.findElement(By.id("vy-skriv")).isDisplayed()).isFalse();
        browser.findElement(By.id("batch")).sendKeys(String.join("\n",
                "{\"id\":\"k1\",\"text\":\"Bra jobbat med budgeten!\"}",
                "{\"id\":\"k2\",\"text\":\"Ni är idioter allihop.\"}",
                "Köp billiga solglasögon på www.spam-exempel.biz nu!!!",
                "{\"id\":\"k4\",\"text\":\"Varför satsar ni inte mer på äldreomsorgen?\"}"));
        browser.findElement(By.id("batch-run")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-summary"), "4 kommentarer"));
        List<WebElement> hide = browser.findElements(By.cssSelector("#q-block li"));
        assertThat(hide).hasSizeGreaterThanOrEqualTo(1);
        assertThat(hide.get(0).getText()).contains("k2").contains("idioter");
        assertThat(browser.findElements(By.cssSelector("#q-ok li"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("k1"))
                .anySatisfy(t -> assertThat(t).contains("k4"));
        Browser.screenshot(browser, "moderation");
        assertNoConsoleErrors();
    }

    @Test
    void readableOnAPhone() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.navigate().refresh();
            browser.findElement(By.id("text")).sendKeys("Du är en idiot.");
            verdictBecomes("block");
            JavascriptExecutor js = browser;
            Number overflow = (Number) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
            Browser.screenshot(browser, "composer-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** The page breaks no rule of its own Content-Security-Policy and throws nothing. */
    private static void assertNoConsoleErrors() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).extracting(LogEntry::getMessage).isEmpty();
    }
}
