package io.tagwire.review;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages
 * ({@code scripts/install-browser} installs them). Both paths are given explicitly, so Selenium
 * Manager has nothing to look up or download.
 */
final class Chromium {
  static final String BROWSER = System.getProperty("tagwire.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("tagwire.chromedriver", "/usr/bin/chromedriver");

  // Selenium warns that it ships no CDP bindings for this exact Chromium; the tests use none.
  private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  private Chromium() {}

  static ChromeDriver start(Path profile, int width, int height) throws IOException {
    for (String exe : new String[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(Path.of(exe))) {
        throw new IllegalStateException(exe + " not found: the browser tests need Debian's chromium and chromium-driver "
            + "(run scripts/install-browser)");
      }
    }
    System.setProperty("webdriver.chrome.driver", DRIVER);
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }
}
