package dk.klu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.support.Browser;
import dk.klu.support.CycleDriver;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Camunda Forms speak Danish inside Tasklist whatever language the browser has (issue 14): dates
 * typed the Danish way are read the Danish way and shown back in words, an unreadable date is
 * refused in Danish, form-js's own English texts are translated, and "Opret opgave" is not offered
 * to the secretariat. Each test runs in a Danish and in an English (en-US) Chromium.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-browser-danish-forms;DB_CLOSE_DELAY=-1")
class DanishFormsBrowserIT extends BrowserTestBase {

  static final String DATE = "Datetime_011";

  /** form-js 1.8's English texts as a person could meet them in a form (its Validator etc.). */
  static final Pattern ENGLISH =
      Pattern.compile(
          "Field (is|must)|Value is|Please select|Date and time must|\\bSelect\\b|\\bSearch\\b"
              + "|No results|All values selected|mm/dd|yyyy|hh:mm|Remove tag|Add new|Nothing to show");

  @Autowired MeetingService meetings;

  @ParameterizedTest
  @ValueSource(strings = {"da-DK", "en-US"})
  void typedDanishDatesAreReadTheDanishWay(String language) {
    browserIn(language);
    browser.login("tasklist", "sekretaer", "Sara Sekretær");
    // The browser's own date order is the language's (form-js would follow it: m/d/y in en-US).
    assertThat(browser.language()).isEqualTo(language);
    assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().locale;"))
        .isEqualTo(language);
    openStartForm("klu-meeting", "Planlæg et KLU-møde");
    WebElement date = browser.visible(Browser.dateInput(DATE));
    assertThat(date.getAttribute("placeholder")).isEqualTo("dd.mm.åååå");

    // Day and month could be either way round: refused in Danish, not read as 3 May.
    browser.typeDate(DATE, "05/03/2027");
    assertThat(browser.dateNote(DATE))
        .isEqualTo(
            "»05/03/2027« kan ikke læses som en dato. Skriv datoen som dd.mm.åååå, f.eks."
                + " 05.03.2027.");
    assertThat(browser.visible(Browser.dateInput(DATE)).getAttribute("value")).isEmpty();
    browser.screenshot("dates-" + language + "-1-ambiguous-refused");

    // A date that does not exist is refused, not moved to 3 March.
    browser.typeDate(DATE, "31.02.2027");
    assertThat(browser.dateNote(DATE))
        .isEqualTo("Datoen 31.02.2027 findes ikke. Skriv datoen som dd.mm.åååå.");
    assertThat(browser.visible(Browser.dateInput(DATE)).getAttribute("value")).isEmpty();

    // Typed as a person types it: 5 March, shown back in words.
    browser.typeDate(DATE, "05.03.2027");
    browser.await(
        "the words of 5 March 2027 under the date",
        d -> "fredag 5. marts 2027".equals(browser.dateNote(DATE)));
    assertThat(browser.visible(Browser.dateInput(DATE)).getAttribute("value"))
        .isEqualTo("05.03.2027");

    // The calendar: Danish month names, Monday first.
    browser.click(Browser.dateInput(DATE));
    WebElement calendar = browser.visible(By.cssSelector(".flatpickr-calendar.open"));
    List<String> weekdays =
        calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
            .map(e -> e.getText().trim())
            .filter(t -> !t.isEmpty())
            .toList();
    assertThat(weekdays).containsExactly("man", "tir", "ons", "tors", "fre", "lør", "søn");
    String month =
        (String)
            browser.script(
                "var s = arguments[0].querySelector('.flatpickr-monthDropdown-months');"
                    + "return s.options[s.selectedIndex].text;",
                calendar);
    assertThat(month).isEqualTo("marts");
    assertThat(
            calendar
                .findElement(By.cssSelector(".flatpickr-day.selected"))
                .getAttribute("aria-label"))
        .isEqualTo("fredag 5. marts 2027");
    browser.screenshot("dates-" + language + "-2-calendar");

    browser.fillDateTime(DATE, "05.03.2027", "14:00");
    browser.fill("Mødested", "Rådhuset, mødelokale 2");
    browser.fill("Titel (valgfri)", "KLU-møde " + language);
    assertThat(browser.dateNote(DATE)).isEqualTo("fredag 5. marts 2027");
    browser.screenshot("dates-" + language + "-3-start-form-with-date");
    Set<Long> before = meetingIds();
    browser.click(By.cssSelector(".modal-footer button[type='submit']"));
    browser.until("the meeting is planned", () -> meetingIds().size() == before.size() + 1);
    browser.gone(By.cssSelector(".modal-content"));

    Meeting planned =
        meetings.all().stream().filter(m -> !before.contains(m.id())).findFirst().orElseThrow();
    assertThat(planned.startsAt()).isEqualTo(OffsetDateTime.parse("2027-03-05T14:00+01:00"));
    assertThat(planned.title()).isEqualTo("KLU-møde " + language);
    assertThat(cycle.variable(planned.processInstanceId(), "meetingStart"))
        .isEqualTo("2027-03-05T14:00:00+01:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"da-DK", "en-US"})
  void noEnglishInsideTheFormsPeopleMeet(String language) {
    browserIn(language);
    browser.login("tasklist", "sekretaer", "Sara Sekretær");
    // Camunda's own "Opret opgave" is for administrators; the secretariat does not see it.
    browser.pageShows("Start proces");
    assertThat(browser.all(By.cssSelector("li.create-task-action")))
        .isNotEmpty()
        .noneMatch(WebElement::isDisplayed);

    List<String> english = new ArrayList<>();
    for (String[] form :
        List.of(
            new String[] {"klu-meeting", "Planlæg et KLU-møde"},
            new String[] {"klu-year-plan", "Planlæg årets KLU-møder"},
            new String[] {"klu-agreement", "Ny aftale til formalisering"},
            new String[] {"klu-evaluation", "Årsevaluering"})) {
      openStartForm(form[0], form[1]);
      english.addAll(provokeAndRead(language + " " + form[0]));
    }

    // A member's item form: a select, a number with bounds and a text with a minimum length.
    browser.logout();
    cycle.planMeeting();
    cycle.at(CycleDriver.AFTER_CALL);
    browser.login("tasklist", "laege", "Lars Læge");
    openStartForm("klu-agenda-item", "Punkt til dagsordenen for KLU");
    browser.fill("Beskrivelse af emnet", "for kort");
    browser.fill("Forventet tid (minutter)", "99");
    english.addAll(provokeAndRead(language + " klu-agenda-item"));
    String form = formText();
    assertThat(form)
        .contains("Vælg")
        .contains("Feltet skal have mindst 20 tegn.")
        .contains("Værdien må højst være 60.");
    browser.screenshot("forms-" + language + "-item-start-danish-messages");

    assertThat(english).as("English form-js texts in the forms (" + language + ")").isEmpty();
  }

  /**
   * Every form a person meets in a task, opened in Tasklist as the task's form: a walk process has
   * one task per form the deployed models use, bound to the application's own form (latest), so the
   * walk follows the models without naming their tasks. Each form is provoked as above and read for
   * form-js's English texts.
   */
  @ParameterizedTest
  @ValueSource(strings = {"da-DK", "en-US"})
  void noEnglishInAnyTaskForm(String language) {
    List<String> formIds = taskFormIds();
    assertThat(formIds).as("the task forms of the deployed models").hasSizeGreaterThan(25);
    var walk = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("klu-form-walk");
    var fork = walk.startEvent().parallelGateway("fork");
    for (String formId : formIds) {
      fork.moveToNode("fork")
          .userTask("walk-" + formId)
          .name(formId)
          .camundaAssignee("sekretaer")
          .camundaFormRef(formId)
          .camundaFormRefBinding("latest")
          .endEvent();
    }
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("klu-form-walk.bpmn", walk.done())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("klu-form-walk").getId();

    browserIn(language);
    browser.login("tasklist", "sekretaer", "Sara Sekretær");
    List<String> english = new ArrayList<>();
    List<String> validated = new ArrayList<>();
    for (org.camunda.bpm.engine.task.Task task :
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance)
            .orderByTaskName()
            .asc()
            .list()) {
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.visible(By.cssSelector("[cam-tasklist-task] .fjs-container .fjs-form"));
      String where = language + " " + task.getName();
      provoke("[cam-tasklist-task]");
      if (shows("[cam-tasklist-task]", "Feltet skal udfyldes.")) {
        validated.add(task.getName());
      }
      english.addAll(englishIn(where, formText("[cam-tasklist-task]")));
    }
    browser.screenshot("forms-" + language + "-task-form-walk-last");
    assertThat(english).as("English form-js texts in the task forms (" + language + ")").isEmpty();
    // the walk did reach form-js's validation, in Danish, in the forms with required fields
    assertThat(validated).hasSizeGreaterThan(formIds.size() / 3);
  }

  /** The forms the deployed KLU models' user tasks use, by id. */
  List<String> taskFormIds() {
    var repository = engine.getRepositoryService();
    return repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> d.getKey().startsWith("klu-") && !d.getKey().equals("klu-form-walk"))
        .flatMap(
            d ->
                repository
                    .getBpmnModelInstance(d.getId())
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
                    .stream())
        .map(org.camunda.bpm.model.bpmn.instance.UserTask::getCamundaFormRef)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * Focuses and leaves every input of the open form (form-js then validates it; Tasklist's Start
   * stays disabled while the form is invalid) and returns the English texts found in the form,
   * named by the form.
   */
  List<String> provokeAndRead(String where) {
    provoke(".modal-content");
    browser.await(
        "form-js's required-field message in Danish (" + where + ")",
        d -> formText().contains("Feltet skal udfyldes."));
    browser.screenshot("forms-" + where.replace(' ', '-'));
    return englishIn(where, formText());
  }

  /** Focuses and leaves every input of the form inside {@code container}. */
  void provoke(String container) {
    List<WebElement> inputs =
        browser.all(
            By.cssSelector(
                container
                    + " .fjs-container input:not([type=hidden]):not([type=radio]),"
                    + container
                    + " .fjs-container textarea"));
    for (WebElement input : inputs) {
      if (input.isDisplayed() && input.isEnabled()) {
        browser.script("arguments[0].focus(); arguments[0].blur();", input);
      }
    }
  }

  /** Whether the form inside {@code container} shows {@code text} within two seconds. */
  boolean shows(String container, String text) {
    long until = System.nanoTime() + 2_000_000_000L;
    while (!formText(container).contains(text)) {
      if (System.nanoTime() > until) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  static List<String> englishIn(String where, String text) {
    return ENGLISH
        .matcher(text)
        .results()
        .map(r -> where + ": " + r.group())
        .collect(Collectors.toList());
  }

  String formText() {
    return formText(".modal-content");
  }

  /** The form's visible text and its placeholders, titles and labels for screen readers. */
  String formText(String container) {
    return (String)
        browser.script(
            "var form = document.querySelector(arguments[0] + ' .fjs-container');"
                + "if (!form) { return ''; }"
                + "var parts = [form.innerText];"
                + "form.querySelectorAll('[placeholder],[title],[aria-label]').forEach(function (e) {"
                + "  ['placeholder', 'title', 'aria-label'].forEach(function (a) {"
                + "    if (e.getAttribute(a)) { parts.push(e.getAttribute(a)); } }); });"
                + "return parts.join('\\n');",
            container);
  }

  /** Opens a start form on a freshly loaded Tasklist (no dialog left over from the last form). */
  void openStartForm(String processKey, String shows) {
    browser.go(
        "/camunda/app/tasklist/default/?form=" + processKey + "#/?processStart=" + processKey);
    browser.visible(By.cssSelector(".modal-content .fjs-container"));
    browser.pageShows(shows);
  }

  Set<Long> meetingIds() {
    return meetings.all().stream().map(Meeting::id).collect(Collectors.toSet());
  }
}
