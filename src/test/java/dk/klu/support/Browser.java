package dk.klu.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system's packages, driven through the system's chromedriver (no
 * browser or driver download), in the committee's language and time zone. Helpers for the Camunda
 * webapps (login, Camunda Forms by their Danish labels) and for keeping screenshots.
 *
 * <p>Every wait is explicit: a condition polled until it holds, within {@link #TIMEOUT}.
 */
public final class Browser implements AutoCloseable {

  /** Generous: the machine that runs CI is small and busy. */
  public static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final Path screenshots;

  private Browser(String baseUrl, String language) {
    this.baseUrl = baseUrl;
    this.screenshots = Path.of(System.getProperty("klu.screenshots", "target/browser-screenshots"));
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("klu.chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .withEnvironment(
                Map.of("TZ", "Europe/Copenhagen", "LANGUAGE", language.replace('-', '_')))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("klu.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=1440,1000",
        "--lang=" + language);
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
    driver = new ChromeDriver(service, options);
    // Headless Chromium keeps Intl's default locale at en-US whatever --lang says; the page's
    // locale (dates by toLocaleDateString, Intl) follows the language as in a desktop browser.
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", language));
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    driver.manage().timeouts().scriptTimeout(TIMEOUT);
    wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(250));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A fresh Danish browser (own profile, no cookies) for the application at {@code baseUrl}. */
  public static Browser open(String baseUrl) {
    return open(baseUrl, "da-DK");
  }

  /**
   * A fresh browser whose language is {@code language} ("da-DK", "en-US"): the user interface,
   * Accept-Language and the page's default locale ({@code navigator.language}, {@code Intl}).
   */
  public static Browser open(String baseUrl, String language) {
    return new Browser(baseUrl, language);
  }

  /** The browser's language as the page sees it ({@code navigator.language}). */
  public String language() {
    return (String) script("return navigator.language;");
  }

  public WebDriver driver() {
    return driver;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Opens a path of the application. */
  public void go(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Opens a path protected by HTTP Basic (the application's {@code /api}) as a demo person, with
   * the credentials in the address as a person could type them.
   */
  public void goAs(String user, String path) {
    driver.get(baseUrl.replace("://", "://" + user + ":" + user + "@") + path);
  }

  // --- waiting -------------------------------------------------------------------------------

  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  /**
   * Clicks the element once it can be clicked; Tasklist's notifications, which can lie over the
   * form's buttons, are closed first when they are in the way.
   */
  public void click(By by) {
    wait.withMessage("could not click " + by)
        .until(
            d -> {
              WebElement element = clickable(by);
              scrollIntoView(element);
              try {
                element.click();
                return true;
              } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                dismissNotifications();
                return false;
              }
            });
  }

  /** Closes Tasklist's and Cockpit's page notifications. */
  public void dismissNotifications() {
    script(
        "document.querySelectorAll('.page-notifications .alert button.close')"
            + ".forEach(function (b) { b.click(); });");
  }

  /** Waits until nothing matched by {@code by} is visible. */
  public void gone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  /** Waits until some visible element matched by {@code by} contains {@code text}. */
  public WebElement visibleWithText(By by, String text) {
    return wait.withMessage(() -> "no visible " + by + " containing '" + text + "'")
        .until(
            d ->
                d.findElements(by).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  /** Waits until the page's visible text contains {@code text}. */
  public void pageShows(String text) {
    visibleWithText(By.tagName("body"), text);
  }

  public void until(String what, java.util.function.BooleanSupplier condition) {
    wait.withMessage(what).until(d -> condition.getAsBoolean());
  }

  /**
   * Clicks a link that opens a new tab (the application's documents linked from forms) and switches
   * to that tab; the handle of the tab it came from, to switch back to.
   */
  public String followIntoNewTab(By link) {
    String from = driver.getWindowHandle();
    int before = driver.getWindowHandles().size();
    // a click that lands while the page is still settling opens nothing: clicked again (at most
    // three times, as a person would), each time given a while to open the tab
    for (int attempt = 1; driver.getWindowHandles().size() <= before; attempt++) {
      click(link);
      try {
        new WebDriverWait(driver, attempt == 3 ? TIMEOUT : Duration.ofSeconds(15))
            .withMessage("a new tab opens")
            .until(d -> d.getWindowHandles().size() > before);
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    driver.getWindowHandles().stream()
        .filter(handle -> !handle.equals(from))
        .reduce((first, last) -> last)
        .ifPresent(handle -> driver.switchTo().window(handle));
    return from;
  }

  // --- the Camunda webapps -------------------------------------------------------------------

  /** Logs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as a demo person. */
  public void login(String app, String user, String fullName) {
    By username = By.cssSelector("input[ng-model='username']");
    // The first load of a webapp after the application started, and the first page after logging
    // in, can take long on a busy machine; a login whose page never comes is tried again (at most
    // three times in all).
    for (int attempt = 1; ; attempt++) {
      try {
        go("/camunda/app/" + app + "/default/#/login");
        WebElement name = visible(username);
        name.clear();
        name.sendKeys(user);
        WebElement password = visible(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys(user);
        click(By.cssSelector("form[name='signinForm'] button[type='submit']"));
        visibleWithText(By.cssSelector("[cam-widget-header]"), fullName);
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
        if (loggedInAs(app, fullName)) {
          return; // the login went through; only its page was slow
        }
      }
    }
  }

  /** Whether the webapp's start page, opened again, shows {@code fullName} logged in. */
  private boolean loggedInAs(String app, String fullName) {
    go("/camunda/app/" + app + "/default/");
    try {
      visibleWithText(By.cssSelector("[cam-widget-header]"), fullName);
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  /** Logs out of the webapps (all of them share one session). */
  public void logout() {
    Object status =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var x = new XMLHttpRequest();"
                    + "x.open('POST', '/camunda/api/admin/auth/user/default/logout', false);"
                    + "var m = document.cookie.match(/XSRF-TOKEN=([^;]+)/);"
                    + "if (m) { x.setRequestHeader('X-XSRF-TOKEN', m[1]); }"
                    + "x.send(); return x.status;");
    if (!(status instanceof Number n) || n.intValue() >= 400) {
      throw new IllegalStateException("logout answered " + status);
    }
  }

  /** A Tasklist notification (success or error) containing {@code text}. */
  public WebElement notification(String text) {
    return visibleWithText(By.cssSelector(".notifications .alert, .alert"), text);
  }

  // --- Camunda Forms (form-js) by their Danish labels ----------------------------------------

  /** The form field (input or text area) whose label is exactly {@code label}. */
  public WebElement field(String label) {
    return visible(
        By.xpath(
            "//div[contains(@class,'fjs-form-field')][label[normalize-space(text())='"
                + label
                + "']]//*[self::input or self::textarea][not(@type='hidden')]"));
  }

  /** Types into a text field or area and checks that the form kept the value. */
  public void fill(String label, String text) {
    fill(() -> field(label), text);
  }

  /** Types into the input found by {@code locate} until the form keeps the value. */
  public void fill(java.util.function.Supplier<WebElement> locate, String text) {
    wait.withMessage("the form did not keep '" + text + "'")
        .until(
            d -> {
              WebElement input = locate.get();
              scrollIntoView(input);
              if (!text.equals(input.getAttribute("value"))) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(text);
              }
              return text.equals(locate.get().getAttribute("value"));
            });
  }

  /** The date input of a form-js date-time field by its component id. */
  public static By dateInput(String componentId) {
    return By.cssSelector("input[id$='-" + componentId + "-date']");
  }

  /**
   * Fills a date-time field as a person does: types the date the Danish way ({@code 05.03.2027})
   * and the time ({@code 14:00}), leaving each with TAB.
   */
  public void fillDateTime(String componentId, String dayMonthYear, String hourMinute) {
    By time = By.cssSelector("input[id$='-" + componentId + "-time']");
    typeDate(componentId, dayMonthYear);
    await(
        "the form took the date " + dayMonthYear,
        d -> dayMonthYear.equals(visible(dateInput(componentId)).getAttribute("value")));
    fill(() -> visible(time), hourMinute);
    visible(time).sendKeys(Keys.TAB);
  }

  /** Types {@code text} into a date field's emptied input and leaves it with TAB. */
  public void typeDate(String componentId, String text) {
    // Again from the start if the form renders the field anew while it is typed into.
    await(
        "typed " + text + " into the date field " + componentId,
        d -> {
          WebElement input = visible(dateInput(componentId));
          scrollIntoView(input);
          input.click();
          input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
          input.sendKeys(text);
          input.sendKeys(Keys.TAB);
          return true;
        });
  }

  /** The note the application shows under a date field: the date in words or a refusal. */
  public String dateNote(String componentId) {
    WebElement input = visible(dateInput(componentId));
    return await(
        "a note under the date field " + componentId,
        d ->
            d.findElements(By.id(input.getAttribute("id") + "-klu-note")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(null));
  }

  /** Chooses the radio option with the label {@code option}. */
  public void choose(String option) {
    click(
        By.xpath(
            "//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='"
                + option
                + "']/input[@type='radio']"));
  }

  /** Chooses {@code option} in the select field labelled {@code label}. */
  public void select(String label, String option) {
    click(
        By.xpath(
            "//div[contains(@class,'fjs-form-field-select')][label[normalize-space(text())='"
                + label
                + "']]//div[contains(@class,'fjs-select-display')]"));
    click(
        By.xpath(
            "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='"
                + option
                + "']"));
    visibleWithText(
        By.xpath(
            "//div[contains(@class,'fjs-form-field-select')][label[normalize-space(text())='"
                + label
                + "']]//div[contains(@class,'fjs-select-display')]"),
        option);
  }

  // --- screenshots ---------------------------------------------------------------------------

  /** Keeps a PNG of the window under target/browser-screenshots/{name}.png. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path file = screenshots.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public Object asyncScript(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  private void scrollIntoView(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** Waits for a condition; the failure names what was awaited. */
  public <T> T await(String what, java.util.function.Function<WebDriver, T> condition) {
    return wait.withMessage(what).until(condition);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
