package dk.klu.browser;

import dk.klu.support.Browser;
import dk.klu.support.CycleDriver;
import dk.klu.support.RestClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The application with the demo people on a random port (each test class its own H2 database), one
 * headless Chromium per test, the engine's clock in the test's hands (job executor off, mail waits
 * in the outbox). A failing test leaves a screenshot named FAILED-class-method.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "spring.profiles.active=demo",
      "klu.mail.scheduler-enabled=false",
      "klu.public-url=https://klu.example.dk"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(BrowserTestBase.ScreenshotOnFailure.class)
abstract class BrowserTestBase {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  RestClient rest;
  CycleDriver cycle;
  Browser browser;

  @BeforeEach
  void openBrowser() {
    rest = new RestClient("http://localhost:" + port);
    cycle = new CycleDriver(rest, engine);
    CycleDriver.clock(CycleDriver.PLANNING_TIME);
    browser = Browser.open("http://localhost:" + port);
  }

  /** Replaces the Danish browser by a fresh one whose language is {@code language} ("en-US"). */
  void browserIn(String language) {
    browser.close();
    browser = null;
    browser = Browser.open("http://localhost:" + port, language);
  }

  @AfterEach
  void closeBrowser() {
    ClockUtil.reset();
    if (browser != null) {
      browser.close();
    }
  }

  /** Before the browser closes: a screenshot of what the failing test saw. */
  static class ScreenshotOnFailure implements AfterTestExecutionCallback {
    @Override
    public void afterTestExecution(ExtensionContext context) {
      if (context.getExecutionException().isEmpty()) {
        return;
      }
      Object test = context.getRequiredTestInstance();
      if (test instanceof BrowserTestBase base && base.browser != null) {
        try {
          base.browser.screenshot(
              "FAILED-"
                  + context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName());
        } catch (RuntimeException e) {
          context.getExecutionException().get().addSuppressed(e);
        }
      }
    }
  }
}
