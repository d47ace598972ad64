package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.support.CycleDriver;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The KLU chair approves the agenda in Danish Tasklist: the proposal (two submitted items and the
 * four standing topics) is in their own task list, the form shows the rows and the item the
 * secretariat rejected, which the chair puts back on the agenda, and approving sends it on to the
 * GP chair.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-chair;DB_CLOSE_DELAY=-1")
class ChairBrowserIT extends BrowserTestBase {

  @Autowired AgendaItemService items;

  @Test
  void approvesTheAgenda() {
    String meetingPi = cycle.planMeeting();
    cycle.at(CycleDriver.AFTER_CALL);
    cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    cycle.submitItem("laege2", "Lægedækning i yderområder", "LAEGEDAEKNING", "INFORMATION");
    String rejected = cycle.submitItem("laege2", "Nyt journalsystem", "KOMMUNIKATION", "DECISION");
    cycle.at(CycleDriver.AFTER_DEADLINE);
    cycle.complete(
        "sekretaer",
        cycle.triageTask(rejected),
        Map.of("triageOutcome", "REJECTED", "triageRejectionReason", "Hører under regionen."));
    cycle.triageAllOnAgenda();
    Task review = cycle.single("UserTask_ReviewAgendaChair");
    assertThat(review.getAssignee()).isEqualTo("formand");

    browser.resize(1440, 1200);
    browser.login("tasklist", "formand", "Frederik Formand");
    browser.click(By.xpath("//*[@cam-tasks]//li[contains(.,'Gennemgå dagsorden (formand)')]//a"));
    browser.pageShows("Punkter på dagsordenen");
    browser.pageShows("Ventetid på genoptræning");
    browser.pageShows("Lægedækning i yderområder");
    browser.pageShows("Planlagt tid:");
    browser.screenshot("formand-1-agenda-review");

    // The draft agenda opens beside the task, in the same login (no second login, no Basic prompt).
    By preview =
        By.xpath("//a[contains(@href,'/preview/dagsorden') and not(contains(@href,'.pdf'))]");
    assertThat(browser.visible(preview).getAttribute("target")).isEqualTo("_blank");
    String tasklist = browser.followIntoNewTab(preview);
    browser.pageShows("Ventetid på genoptræning");
    assertThat(browser.driver().getPageSource()).doesNotContain("Log ind først");
    browser.screenshot("formand-1b-agenda-preview");
    browser.driver().close();
    browser.driver().switchTo().window(tasklist);

    // The rows in the agenda's order (Rækkefølge), the submitted decision item first.
    assertThat(
            String.valueOf(
                browser.script(
                    "return Array.from(document.querySelectorAll('.fjs-form-field-group"
                        + " .fjs-form-field-text')).map(function (e) { return e.innerText; })"
                        + ".filter(function (t) { return /^\\d+\\. /.test(t); })[0];")))
        .startsWith("1. Ventetid på genoptræning");

    // Over the meeting's time: the counter below the rows, where the chair is when approving,
    // says so (as the top of the form and the GP chair's form do).
    By minutes = By.cssSelector("input[id$='-Number_045_r1']");
    String planned = browser.visible(minutes).getAttribute("value");
    browser.fill(() -> browser.visible(minutes), "170");
    browser.until(
        "the counter below the rows warns",
        () ->
            String.valueOf(
                    browser.script(
                        "var t = Array.from(document.querySelectorAll('.fjs-form-field-text'))"
                            + ".filter(function (e) { return e.innerText.indexOf('Planlagt tid:')"
                            + " >= 0; }); return t[t.length - 1].innerText;"))
                .contains("⚠ overskrider mødets længde med"));
    browser.screenshot("formand-1c-over-time");
    browser.fill(() -> browser.visible(minutes), planned);
    browser.until(
        "the warning gone again",
        () -> !browser.driver().getPageSource().contains("overskrider mødets længde med"));

    // The item the secretariat rejected is listed below what was sent in; the chair puts it back.
    browser.pageShows("Ikke på dagsordenen");
    browser.pageShows("Afvist – Hører under regionen.");
    browser.click(By.cssSelector("input[id$='-Checkbox_PutBack_r1']"));
    browser.screenshot("formand-1d-put-back");

    browser.choose("Godkend dagsordenen");
    browser.click(By.xpath("//button[normalize-space(.)='Fuldfør']"));
    browser.until(
        "the review is completed",
        () -> engine.getTaskService().createTaskQuery().taskId(review.getId()).count() == 0);
    browser.pageShows("Vælg en opgave i listen.");
    browser.screenshot("formand-2-agenda-approved");

    assertThat(cycle.variable(meetingPi, "chairDecision")).isEqualTo("APPROVE");
    assertThat(items.get(cycle.itemId(rejected)))
        .extracting(AgendaItem::status, AgendaItem::included)
        .containsExactly(ItemStatus.ON_AGENDA, true);
    assertThat(cycle.single("UserTask_ReviewAgendaGpChair").getAssignee()).isEqualTo("plo-formand");
  }

  /**
   * The chair approves the minutes in Tasklist: the form shows each item's minutes, who attended
   * and what is followed up, read from the tables when it opens (nothing of it is stored on the
   * task), and the approval stores the chair's decision only.
   */
  @Test
  void approvesTheMinutes() {
    String meetingPi = cycle.planMeeting();
    cycle.at(CycleDriver.AFTER_CALL);
    cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    cycle.at(CycleDriver.AFTER_DEADLINE);
    cycle.triageAllOnAgenda();
    cycle.approveAgenda(meetingPi);
    cycle.writeCasePresentations();
    cycle.runDueJobs();
    cycle.holdMeetingAndWriteMinutes(meetingPi);
    Task approval = cycle.single(meetingPi, "UserTask_ApproveMinutesChair");
    String minutesBefore = String.valueOf(cycle.variable(meetingPi, "minutesItems"));

    browser.resize(1440, 1200);
    browser.login("tasklist", "formand", "Frederik Formand");
    browser.click(By.xpath("//*[@cam-tasks]//li[contains(.,'Godkend referat (formand)')]//a"));
    browser.pageShows("Referat pr. dagsordenspunkt");
    browser.pageShows("Ventetid på genoptræning");
    browser.pageShows("Fremmøde");
    browser.pageShows("Frederik Formand");
    assertThat(
            String.valueOf(
                browser.script(
                    "return Array.from(document.querySelectorAll('textarea'))"
                        + ".map(function (e) { return e.value; }).join('|');")))
        .contains("Udvalget drøftede punktet.")
        .contains("Taget til efterretning.");
    browser.screenshot("formand-3-minutes-approval");

    browser.choose("Godkend referatet");
    browser.click(By.xpath("//button[normalize-space(.)='Fuldfør']"));
    browser.until(
        "the approval is completed",
        () -> engine.getTaskService().createTaskQuery().taskId(approval.getId()).count() == 0);

    assertThat(cycle.variable(meetingPi, "minutesChairDecision")).isEqualTo("APPROVE");
    // Tasklist sent the read-only minutes with the decision; they were not stored
    assertThat(String.valueOf(cycle.variable(meetingPi, "minutesItems"))).isEqualTo(minutesBefore);
    assertThat(cycle.single(meetingPi, "UserTask_ApproveMinutesGpChair")).isNotNull();
  }
}
