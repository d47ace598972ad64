package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.CycleDriver;
import java.util.List;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.springframework.test.context.TestPropertySource;

/**
 * The process owner opens the meeting process in Danish Cockpit and sees the running meeting on the
 * diagram: a badge with the count 1 on each step the meeting is at.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-owner;DB_CLOSE_DELAY=-1")
class ProcessOwnerBrowserIT extends BrowserTestBase {

  @Test
  void seesTheRunningMeetingOnTheDiagram() {
    String meetingPi = cycle.planMeeting();
    cycle.at(CycleDriver.AFTER_CALL);
    cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    // What Cockpit puts on the diagram: the engine's activity statistics of the definition.
    String definitionId =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(meetingPi)
            .singleResult()
            .getProcessDefinitionId();
    List<String> current =
        engine.getManagementService().createActivityStatisticsQuery(definitionId).list().stream()
            .filter(s -> s.getInstances() == 1)
            .map(ActivityStatistics::getId)
            .toList();
    assertThat(current).isNotEmpty();

    browser.resize(1600, 900);
    browser.login("cockpit", "procesejer", "Paula Procesejer");
    browser.pageShows("Kørende procesinstanser");
    browser.click(By.xpath("//a[normalize-space(.)='Processer']"));
    browser.click(By.xpath("//table//a[normalize-space(.)='KLU-møde']"));
    browser.visible(By.cssSelector(".djs-container svg"));
    String businessKey =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(meetingPi)
            .singleResult()
            .getBusinessKey();
    assertThat(businessKey).as("the meeting's name").matches("KLU-møde \\d\\d\\.\\d\\d\\.\\d{4}");
    browser.visibleWithText(By.cssSelector("table"), businessKey);
    for (String activity : current) {
      By badge =
          By.cssSelector(
              ".djs-overlays[data-container-id='" + activity + "'] .badge.instance-count");
      try {
        browser.await(
            "a badge with 1 on " + activity,
            d ->
                d.findElements(badge).stream()
                    .anyMatch(b -> "1".equals(b.getAttribute("textContent").trim())));
      } catch (TimeoutException e) {
        throw new AssertionError(
            "no badge with 1 on "
                + activity
                + "; badges: "
                + browser.script(
                    "return Array.from(document.querySelectorAll('.badge.instance-count'))"
                        + ".map(function (b) { return b.closest('.djs-overlays')"
                        + ".getAttribute('data-container-id') + '=' + b.textContent; }).join()"),
            e);
      }
    }
    browser.pageShows("Procesinstanser");
    browser.screenshot("procesejer-1-cockpit-klu-meeting");

    // The meeting's own page: the owner reads it; no button that would change it (they would
    // fail), while an administrator has them.
    String instancePage =
        "/camunda/app/cockpit/default/#/process-instance/" + meetingPi + "/runtime";
    browser.go(instancePage);
    browser.visibleWithText(By.cssSelector("[cam-widget-variables-table]"), "meetingId");
    // each variable also in Danish, under its technical name; no raw "null" beside the instance
    browser.visibleWithText(By.cssSelector(".klu-variable-label"), "Mødets nummer");
    browser.visibleWithText(By.cssSelector(".super-process-instance-id"), "ingen");
    browser.until(
        "Cockpit's toolbar in the page (hidden from people who are not administrators)",
        () -> !browser.all(By.cssSelector(".ctn-toolbar a.btn-toolbar")).isEmpty());
    assertThat(displayed(CHANGING_BUTTONS)).as("buttons shown to the process owner").isEmpty();
    browser.screenshot("procesejer-2-cockpit-meeting-read-only");

    // the committee's overview in Danish, from Cockpit's menu, in the same login
    String cockpit = browser.followIntoNewTab(By.linkText("KLU-overblik"));
    browser.visibleWithText(By.tagName("h1"), "Overblik over KLU's processer");
    browser.pageShows("KLU-møde 11. marts 2027");
    browser.screenshot("procesejer-3-overview");
    browser.driver().close();
    browser.driver().switchTo().window(cockpit);

    browser.logout();
    browser.login("cockpit", "demo", "Demo Administrator");
    browser.go(instancePage);
    browser.visibleWithText(By.cssSelector("[cam-widget-variables-table]"), "meetingId");
    // each variable also in Danish, under its technical name; no raw "null" beside the instance
    browser.visibleWithText(By.cssSelector(".klu-variable-label"), "Mødets nummer");
    browser.visibleWithText(By.cssSelector(".super-process-instance-id"), "ingen");
    browser.until("the administrator's buttons", () -> displayed(CHANGING_BUTTONS).size() >= 4);
    assertThat(displayed(CHANGING_BUTTONS))
        .contains("Slet kørende procesinstans", "Suspendér procesinstans", "Redigér variablen");
  }

  /** Cockpit's buttons that change an instance, its variables, tasks or jobs. */
  static final String CHANGING_BUTTONS =
      ".ctn-toolbar a.btn-toolbar, a.action-button, .edit-toggle,"
          + " [cam-widget-variables-table] td.actions button";

  /** The titles of the elements a person can see. */
  List<String> displayed(String selector) {
    return browser.all(By.cssSelector(selector)).stream()
        .filter(org.openqa.selenium.WebElement::isDisplayed)
        .map(
            e ->
                java.util.stream.Stream.of(
                        e.getDomAttribute("title"), e.getDomAttribute("uib-tooltip"), e.getText())
                    .filter(t -> t != null && !t.isBlank())
                    .findFirst()
                    .orElse(""))
        .toList();
  }
}
