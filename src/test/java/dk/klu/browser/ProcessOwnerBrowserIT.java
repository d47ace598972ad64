package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.MeetingDriver;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * The process owner opens the meeting process in Danish Cockpit and sees the running meeting on the
 * diagram: a badge with the count 1 on the step the meeting is at.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-owner;DB_CLOSE_DELAY=-1")
class ProcessOwnerBrowserIT extends BrowserTestBase {

  @Test
  void seesTheRunningMeetingOnTheDiagram() {
    String meetingPi = cycle.planMeeting();
    cycle.at(MeetingDriver.AFTER_CALL);
    cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    List<String> current =
        Arrays.stream(
                engine
                    .getRuntimeService()
                    .getActivityInstance(meetingPi)
                    .getChildActivityInstances())
            .map(ActivityInstance::getActivityId)
            .toList();
    assertThat(current).isNotEmpty();

    browser.resize(1600, 900);
    browser.login("cockpit", "procesejer", "Paula Procesejer");
    browser.pageShows("Kørende procesinstanser");
    browser.click(By.xpath("//a[normalize-space(.)='Processer']"));
    browser.click(By.xpath("//table//a[normalize-space(.)='KLU-møde']"));
    browser.visible(By.cssSelector(".djs-container svg"));
    for (String activity : current) {
      browser.visibleWithText(
          By.cssSelector(
              ".djs-overlays[data-container-id='" + activity + "'] .badge.instance-count"),
          "1");
    }
    browser.visibleWithText(By.cssSelector("table"), "meeting-1");
    browser.pageShows("Procesinstanser");
    browser.screenshot("procesejer-1-cockpit-klu-meeting");
  }
}
