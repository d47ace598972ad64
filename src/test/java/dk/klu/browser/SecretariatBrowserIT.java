package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.support.CycleDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The secretariat in Danish Tasklist: plans a meeting from its start form (a Saturday is refused
 * with the server's Danish message) and triages a submitted item (a rejection without a reason is
 * refused, then completed with one).
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-secretariat;DB_CLOSE_DELAY=-1")
class SecretariatBrowserIT extends BrowserTestBase {

  @Autowired AgendaItemService items;

  @Test
  void plansAMeetingAndTriagesAnItem() {
    browser.login("tasklist", "sekretaer", "Sara Sekretær");
    browser.visibleWithText(By.cssSelector("[cam-tasklist-filters]"), "Sekretariatet");
    browser.pageShows("Start proces");
    browser.screenshot("sekretaer-1-tasklist");

    // The meeting's start form, in Danish; a Saturday is refused by the server, in Danish.
    browser.go("/camunda/app/tasklist/default/#/?processStart=klu-meeting");
    browser.visibleWithText(By.cssSelector(".modal-title"), "Start proces: KLU-møde");
    browser.pageShows("Planlæg et KLU-møde");
    browser.fillDateTime("Datetime_011", "13.03.2027", "14:00");
    browser.fill("Mødested", "Rådhuset, mødelokale 2");
    browser.fill("Titel (valgfri)", "KLU-møde marts 2027");
    browser.click(By.cssSelector(".modal-footer button[type='submit']"));
    String refused = browser.notification("lørdag").getText();
    assertThat(refused)
        .contains("Processen kunne ikke startes")
        .contains("Mødedatoen 2027-03-13 er en lørdag; vælg en hverdag");
    browser.screenshot("sekretaer-2-start-form-saturday-refused");
    assertThat(meetings()).isZero();

    browser.fillDateTime("Datetime_011", "11.03.2027", "14:00");
    browser.click(By.cssSelector(".modal-footer button[type='submit']"));
    browser.until("the meeting is started", () -> meetings() == 1);
    browser.gone(By.cssSelector(".modal-content"));
    browser.screenshot("sekretaer-3-meeting-started");
    String meetingPi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("klu-meeting")
            .singleResult()
            .getId();
    assertThat(cycle.variable(meetingPi, "meetingLocation")).isEqualTo("Rådhuset, mødelokale 2");
    assertThat(cycle.variable(meetingPi, "callDate")).isEqualTo("2027-02-11T09:00:00+01:00");

    // A GP's item arrives; after the deadline it waits for triage.
    cycle.at(CycleDriver.AFTER_CALL);
    String item =
        cycle.submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    cycle.at(CycleDriver.AFTER_DEADLINE);
    String triage = cycle.triageTask(item);

    // The secretariat's filter lists the task; its form shows the item.
    browser.go("/camunda/app/tasklist/default/");
    browser.click(
        By.xpath(
            "//*[@cam-tasklist-filters]//div[contains(@class,'task-filter')]"
                + "//h4[contains(normalize-space(.),'Sekretariatet')]/a"));
    browser.click(By.xpath("//*[@cam-tasks]//li[contains(.,'Visitér punkt')]//a"));
    browser.pageShows("Ventetid på genoptræning");
    // what the GP sent in, read from klu_agenda_item when the form opens (FormValues)
    browser.pageShows("Beskrivelse af emnet, så udvalget kan forstå det.");
    browser.pageShows("Kort oplæg og drøftelse");
    // who sent it in, also read from the table (the triage has no submitter variable)
    browser.pageShows("Indsendt af: laege");
    browser.click(By.xpath("//button[contains(normalize-space(.),'Tag opgaven')]"));
    browser.until(
        "the task is Sara's",
        () ->
            engine
                    .getTaskService()
                    .createTaskQuery()
                    .taskId(triage)
                    .taskAssignee("sekretaer")
                    .count()
                == 1);
    browser.dismissNotifications();
    // the list gives the due date as a date, not only "om 3 dage", and no unexplained priority
    browser.visibleWithText(By.cssSelector(".tasks-list .klu-due-date"), ".2027 kl. 12:00");
    assertThat(
            browser.script(
                "return getComputedStyle(document.querySelector('.tasks-list .priority')).display"))
        .isEqualTo("none");
    browser.screenshot("sekretaer-4-triage-task");
    // Tasklist's own screen around the form: no serious or critical WCAG violation
    dk.klu.support.Axe.Report tasklist = dk.klu.support.Axe.check(browser, "tasklist-task-open");
    assertThat(tasklist.blocking()).as("report: %s", tasklist.file()).isEmpty();

    // Rejected without a reason: the server refuses in Danish and nothing changes.
    browser.choose("Afvises");
    browser.click(By.xpath("//button[normalize-space(.)='Fuldfør']"));
    String noReason = browser.notification("Begrundelse").getText();
    assertThat(noReason)
        .contains("Der opstod en fejl, da opgavens formular skulle sendes")
        .contains("Feltet \"Begrundelse (sendes til indsender)\" skal udfyldes.");
    browser.screenshot("sekretaer-5-triage-reason-missing");
    assertThat(engine.getTaskService().createTaskQuery().taskId(triage).count()).isOne();

    browser.fill("Begrundelse (sendes til indsender)", "Hører under regionen.");
    browser.dismissNotifications();
    browser.screenshot("sekretaer-6-triage-form");
    browser.click(By.xpath("//button[normalize-space(.)='Fuldfør']"));
    browser.until(
        "the triage is completed",
        () -> engine.getTaskService().createTaskQuery().taskId(triage).count() == 0);
    browser.pageShows("Vælg en opgave i listen.");
    browser.screenshot("sekretaer-7-triage-done");
    assertThat(items.get(cycle.itemId(item)).status()).isEqualTo(ItemStatus.REJECTED);
  }

  long meetings() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("klu-meeting")
        .count();
  }
}
