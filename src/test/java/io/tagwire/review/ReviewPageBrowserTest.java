package io.tagwire.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in headless Chromium, driven with the keyboard as an editor would: decisions,
 * persistence across reloads, the feedback file, filters, and script payloads in article text.
 * Also takes the screenshots the README shows ({@code docs/images/review-*.png}; see {@link #screenshot}).
 */
class ReviewPageBrowserTest {
  static ChromeDriver driver;
  static Path profile;

  @TempDir
  Path tmp;
  Path feedback;
  ReviewServer server;
  WebDriverWait wait;

  @BeforeAll
  static void browser() throws Exception {
    profile = Files.createTempDirectory("tagwire-chromium-");
    driver = Chromium.start(profile, 1440, 1000);
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void start() throws Exception {
    Path run = ReviewFixture.write(tmp);
    feedback = tmp.resolve("feedback/decisions.jsonl");
    server = ReviewServer.start(new ReviewServer.Settings(run, feedback, ReviewFixture.writeVocabulary(tmp), "127.0.0.1", 0, "night-desk"));
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    // Each test starts from a clean page: no filters or editor name left in storage.
    driver.get(server.url());
    js("sessionStorage.clear(); localStorage.clear();");
    driver.get(server.url() + "#/");
    driver.navigate().refresh();
    waitForRows(4);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  private void waitForRows(int n) {
    wait.until(d -> d.findElements(By.cssSelector("#articles tbody tr")).size() == n);
  }

  private WebElement chip(String name) {
    return wait.until(d -> {
      for (WebElement c : d.findElements(By.cssSelector("#article .chip"))) {
        if (name.equals(c.getAttribute("data-name"))) {
          return c;
        }
      }
      return null;
    });
  }

  /** The chip's classes, read in the page: chips are re-rendered, so element handles go stale. */
  private String chipClass(String name) {
    return (String) js("for (const c of document.querySelectorAll('#article .chip')) if (c.dataset.name === arguments[0]) return c.className; return '';", name);
  }

  private void waitForChipClass(String name, String cls) {
    wait.until(d -> List.of(chipClass(name).split(" ")).contains(cls));
  }

  private String focusedName() {
    return (String) js("const c = document.activeElement.closest('.chip'); return c ? c.dataset.name : null;");
  }

  private void openFromOverview(String id) {
    wait.until(ExpectedConditions.urlContains("#/a/" + id));
    wait.until(d -> d.findElement(By.id("a-title")).isDisplayed());
    wait.until(d -> !d.findElements(By.cssSelector("#article .chip")).isEmpty());
  }

  private List<EditorDecision> feedbackLines() throws Exception {
    List<EditorDecision> out = new ArrayList<>();
    if (Files.exists(feedback)) {
      for (String line : Files.readAllLines(feedback, StandardCharsets.UTF_8)) {
        out.add(Json.MAPPER.readValue(line, EditorDecision.class));
      }
    }
    return out;
  }

  @Test
  void keyboardDecisionsAreSavedAndShownAfterReload() throws Exception {
    WebElement editor = driver.findElement(By.id("editor"));
    editor.clear();
    editor.sendKeys("alice", Keys.TAB);
    js("document.activeElement.blur();");

    // Overview: j/k move the selection, Enter opens.
    keys("j");
    wait.until(d -> d.findElement(By.cssSelector("#articles tr.selected")).getAttribute("data-id").equals(ReviewFixture.GAZA));
    keys("k");
    wait.until(d -> d.findElement(By.cssSelector("#articles tr.selected")).getAttribute("data-id").equals(ReviewFixture.TECH));
    keys(Keys.ENTER);
    openFromOverview(ReviewFixture.TECH);
    assertThat(driver.findElement(By.id("a-title")).getText()).isEqualTo("Microsoft names Satya Nadella to lead new AI unit");

    // Entity highlights land on the right words.
    List<String> marks = driver.findElements(By.cssSelector("#a-body mark.ent")).stream().map(WebElement::getText).toList();
    assertThat(marks).startsWith("Microsoft", "Satya Nadella").contains("Redmond", "Azure", "Nadella");
    assertThat(marks).allMatch(m -> List.of("Microsoft", "Satya Nadella", "Nadella", "Redmond", "Azure").contains(m));
    assertThat(driver.findElements(By.cssSelector("#a-title mark.ent-PERSON")).get(0).getText()).isEqualTo("Satya Nadella");

    // The first undecided tag has the focus; a / r / m decide and move to the next one.
    assertThat(focusedName()).isEqualTo("Microsoft");
    keys("a");
    waitForChipClass("Microsoft", "accepted");
    assertThat(focusedName()).isEqualTo("Satya Nadella");
    keys("r");
    waitForChipClass("Satya Nadella", "wrong");
    keys("m");
    waitForChipClass("Artificial intelligence", "marginal");
    assertThat(focusedName()).isEqualTo("Azure");
    keys(Keys.ARROW_DOWN);
    assertThat(focusedName()).isEqualTo("Redmond");
    keys(Keys.ARROW_UP);
    assertThat(focusedName()).isEqualTo("Azure");
    assertThat(chipClass("Azure")).doesNotContain("accepted").doesNotContain("rejected");

    // '/' opens the add box; the vocabulary completes "clou" (an alias, too) to "Cloud computing".
    keys("/");
    wait.until(d -> d.findElement(By.id("add-input")).equals(d.switchTo().activeElement()));
    keys("clou");
    wait.until(d -> d.findElement(By.cssSelector("#add-options li.active .tag-name")).getText().equals("Cloud computing"));
    keys(Keys.ENTER);
    waitForChipClass("Cloud computing", "added");
    wait.until(d -> d.findElement(By.id("status")).getText().contains("Added \u201cCloud computing\u201d"));

    List<EditorDecision> lines = feedbackLines();
    assertThat(lines).extracting(EditorDecision::tag, EditorDecision::decision, EditorDecision::reason, EditorDecision::tagType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Microsoft", "accepted", null, "organization"),
            org.assertj.core.groups.Tuple.tuple("Satya Nadella", "rejected", "wrong", "person"),
            org.assertj.core.groups.Tuple.tuple("Artificial intelligence", "rejected", "marginal", "topic"),
            org.assertj.core.groups.Tuple.tuple("Cloud computing", "added", null, "topic"));
    assertThat(lines).allSatisfy(d -> {
      assertThat(d.articleId()).isEqualTo(ReviewFixture.TECH);
      assertThat(d.editor()).isEqualTo("alice");
      assertThat(d.runId()).isEqualTo(ReviewFixture.RUN_ID);
      assertThat(d.time()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    });

    // Reload: every decision is still shown, and the focus goes to the first open tag.
    driver.navigate().refresh();
    openFromOverview(ReviewFixture.TECH);
    waitForChipClass("Microsoft", "accepted");
    assertThat(chipClass("Satya Nadella")).contains("rejected", "wrong");
    assertThat(chipClass("Artificial intelligence")).contains("rejected", "marginal");
    assertThat(chipClass("Cloud computing")).contains("added");
    assertThat(chip("Satya Nadella").findElement(By.className("decision")).getText()).isEqualTo("rejected: wrong");
    assertThat(driver.findElement(By.id("a-status")).getText()).isEqualTo("in progress");
    wait.until(d -> "Azure".equals(focusedName()));
    js("document.activeElement.blur(); window.scrollTo(0, 0);");
    driver.findElement(By.cssSelector("#article .chip[data-name='Azure']"));
    js("document.querySelector(\"#article .chip[data-name='Azure']\").focus({preventScroll: true});");
    screenshot("review-article.png");

    // j goes to the next article; A accepts every primary tag; labels take decisions too.
    keys("j");
    openFromOverview(ReviewFixture.GAZA);
    keys("A");
    waitForChipClass("Gaza", "accepted");
    waitForChipClass("Humanitarian aid", "accepted");
    assertThat(chipClass("United Nations")).doesNotContain("accepted");
    for (int i = 0; i < 12 && !"Egypt".equals(focusedName()); i++) {
      keys(Keys.ARROW_DOWN);
    }
    assertThat(focusedName()).isEqualTo("Egypt");
    keys("r");
    waitForChipClass("Egypt", "wrong");
    List<EditorDecision> all = feedbackLines();
    assertThat(all).hasSize(7);
    assertThat(all.get(6)).extracting(EditorDecision::tag, EditorDecision::tagType, EditorDecision::reason)
        .containsExactly("Egypt", DecisionKey.REGION_LABEL, "wrong");

    // Back to the overview: the statuses and counts reflect the decisions.
    keys("o");
    waitForRows(4);
    wait.until(d -> d.findElement(By.cssSelector("#articles tr[data-id='art-001'] .status-badge")).getText().equals("in progress"));
    assertThat(driver.findElements(By.cssSelector("#articles tr[data-id='art-001'] .decisions span")).stream().map(WebElement::getText))
        .containsExactly("\u27131", "\u27172", "+1");
    assertThat(driver.findElement(By.cssSelector("#articles tr[data-id='art-003'] .status-badge")).getText()).isEqualTo("unreviewed");
    assertThat(driver.findElement(By.cssSelector("#articles tr.selected")).getAttribute("data-id")).isEqualTo(ReviewFixture.GAZA);
  }

  @Test
  void filtersAndFindNarrowTheListAndAFinishedArticleIsReviewed() throws Exception {
    screenshot("review-overview.png");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-region"))).selectByVisibleText("Palestine");
    waitForRows(2);
    js("document.activeElement.blur();");
    keys("/");
    keys("trucks");
    waitForRows(1);
    keys(Keys.ENTER);
    openFromOverview(ReviewFixture.DUP);
    assertThat(driver.findElement(By.id("a-flags")).getText()).contains("Duplicate of art-002");
    assertThat(driver.findElement(By.id("position")).getText()).isEqualTo("1 / 1");
    // Offsets are UTF-16 code units: after the two-unit emoji the marks still cover whole names.
    assertThat(driver.findElements(By.cssSelector("#a-body mark.ent")).stream().map(WebElement::getText))
        .containsExactly("Gaza", "United Nations");
    keys("A");
    waitForChipClass("Gaza", "accepted");
    keys(Keys.ARROW_DOWN);
    assertThat(focusedName()).isEqualTo("United Nations");
    keys("m");
    waitForChipClass("United Nations", "marginal");
    wait.until(d -> d.findElement(By.id("a-status")).getText().equals("reviewed"));
    keys(Keys.ESCAPE);
    waitForRows(1);
    // The filters survive the round trip; clearing "find" and choosing "reviewed" shows the article alone.
    assertThat(driver.findElement(By.id("f-text")).getAttribute("value")).isEqualTo("trucks");
    driver.findElement(By.id("f-text")).clear();
    driver.findElement(By.id("f-text")).sendKeys(" ", Keys.BACK_SPACE);
    waitForRows(2);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByValue("reviewed");
    waitForRows(1);
    assertThat(driver.findElement(By.cssSelector("#articles tbody tr")).getAttribute("data-id")).isEqualTo(ReviewFixture.DUP);
    assertThat(driver.findElement(By.id("progress")).getText()).isEqualTo("1/4 reviewed");
  }

  @Test
  void scriptPayloadsInArticleTextRenderAsTextAndNeverRun() throws Exception {
    driver.get(server.url() + "#/a/" + ReviewFixture.XSS);
    openFromOverview(ReviewFixture.XSS);
    WebElement title = driver.findElement(By.id("a-title"));
    assertThat(title.getText()).isEqualTo(ReviewFixture.XSS_TITLE);
    assertThat(title.findElement(By.cssSelector("mark.ent-ORGANIZATION")).getText()).isEqualTo("Council");
    assertThat(driver.findElement(By.id("a-body")).getText())
        .contains(ReviewFixture.XSS_SCRIPT).contains(ReviewFixture.XSS_IMG).contains("<b>bold</b> &amp; proud");
    assertThat(chip(ReviewFixture.XSS_TAG).findElement(By.className("tag-name")).getText()).isEqualTo(ReviewFixture.XSS_TAG);
    assertThat(driver.findElement(By.id("label-groups")).getText()).contains("evidence: " + ReviewFixture.XSS_IMG);
    assertThat(driver.findElement(By.id("related")).getText()).contains("Related " + ReviewFixture.XSS_SCRIPT);

    // Nothing from the data became markup: no <img>, no <b>, no script but the page's own,
    // no javascript: link; and the payloads' assignment never ran.
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#article b"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript' i]"))).isEmpty();
    Thread.sleep(300);
    assertThat(js("return typeof window.__xss;")).isEqualTo("undefined");

    // Deciding on the payload tag stores it as plain text.
    keys("a");
    waitForChipClass(ReviewFixture.XSS_TAG, "accepted");
    assertThat(feedbackLines()).singleElement().extracting(EditorDecision::tag).isEqualTo(ReviewFixture.XSS_TAG);
    driver.navigate().refresh();
    openFromOverview(ReviewFixture.XSS);
    waitForChipClass(ReviewFixture.XSS_TAG, "accepted");
    assertThat(js("return typeof window.__xss;")).isEqualTo("undefined");
  }

  /**
   * Screenshots go to target/screenshots, so a test run never modifies tracked files; to refresh
   * the README's images run the test with {@code -Dtagwire.screenshots=docs/images}.
   */
  private void screenshot(String name) throws Exception {
    Path dir = Path.of(System.getProperty("basedir", "."))
        .resolve(System.getProperty("tagwire.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }
}
