package dk.klu.process.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agenda.process.TriageProcess;
import dk.klu.meeting.process.AgendaPreparationProcess;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.ProcessForms;
import dk.klu.support.ProcessTestKit;
import dk.klu.support.RestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The item tasks' forms find every value they show, as Tasklist reads them ({@code
 * form-variables}). The process layer keeps only the title and the task names' short title as
 * variables of a triage or case presentation (the submitter too, once asked for more information:
 * the assignee of their task); the rest, the submitter's name on the triage form among it, is read
 * from klu_agenda_item when the form is opened ({@link dk.klu.process.FormValues}, issue 16: each
 * variable is a row written and deleted). A form that starts showing another of the item's values
 * must get it from its {@code FormValues} too; this test then fails. The values a form shows are
 * the contract's variables its text and expressions name.
 */
class FormsSeeWhatTheyShowTest extends ApplicationTest {

  @Test
  void itemTaskFormsFindEveryValueTheyShow() throws Exception {
    ProcessTestKit.clock(CycleDriver.PLANNING_TIME);
    CycleDriver driver = new CycleDriver(rest, engine);
    // before any call: the item waits, and the secretariat assesses it at once
    String queued = driver.submitItem("laege", "Hjælpemidler", "AELDRE_DEMENS", "DECISION");
    assertThat(driver.variable(queued, AgendaItemProcess.PLACEMENT.name())).isEqualTo("QUEUED");
    assertSeesWhatItShows(
        driver.single(queued, AgendaItemProcess.Element.UserTask_AssessQueuedItem.name()),
        shown(AgendaItemProcess.Form.QUEUED_ITEM, AgendaItemProcess.class),
        "itemTitle",
        "itemJustification",
        "itemSubmitter");
    String meetingPi = driver.planMeeting();
    driver.at(CycleDriver.AFTER_CALL);
    driver.submitItem("laege", "Genoptræning efter hofteoperation", "GENOPTRAENING", "DECISION");
    driver.at(CycleDriver.AFTER_DEADLINE);
    String late = driver.submitItem("laege", "Lægedækning", "LAEGEDAEKNING", "DECISION");
    assertSeesWhatItShows(
        driver.single(late, AgendaItemProcess.Element.UserTask_DecideLateItem.name()),
        shown(AgendaItemProcess.Form.LATE_ITEM, AgendaItemProcess.class),
        "itemTitle",
        "itemDescription",
        "meetingLabel");

    Set<String> triageShows = shown(TriageProcess.Form.TRIAGE_ITEM, TriageProcess.class);
    assertThat(triageShows).contains("itemTitle", "itemDescription", "itemTopic", "triageDue");
    // the waiting item went into the call's intake too: two triages
    for (Task triage : driver.tasks(TriageProcess.Element.UserTask_TriageItem.name())) {
      JsonNode values = assertSeesWhatItShows(triage, triageShows, "itemTitle", "itemSubmitter");
      assertThat(engine.getTaskService().getVariables(triage.getId()))
          .as("a variable only when the submitter is asked for more information")
          .doesNotContainKey(TriageProcess.ITEM_SUBMITTER.name());
      // read from klu_agenda_item when the form is opened, typed as variables are
      assertThat(values.at("/itemExpectedMinutes/type").asText()).isEqualTo("Integer");
      assertThat(values.at("/itemConfidential/type").asText()).isEqualTo("Boolean");
      assertThat(values.at("/itemTopic/value").asText()).isIn("GENOPTRAENING", "AELDRE_DEMENS");
      // the values come from the table, but only through the engine's own check: the GP who
      // submitted the item, or another, may not read the secretariat's triage task
      for (String member : new String[] {"laege", "laege2"}) {
        for (String path :
            new String[] {
              "/engine-rest/task/" + triage.getId() + "/form-variables",
              "/engine-rest/task/" + triage.getId() + "/form-variables/",
              "/engine-rest/task/" + triage.getId() + "/form-variables?variableNames=itemTopic",
              "/engine-rest/task/" + triage.getId() + "/form"
            }) {
          RestClient.Answer refused = rest.get(path, member);
          assertThat(refused.status()).as("%s %s", member, path).isNotEqualTo(200);
          assertThat(refused.body()).as("%s %s", member, path).doesNotContain("itemTopic");
        }
      }
    }

    driver.triageAllOnAgenda();
    driver.approveAgenda(meetingPi);
    Set<String> caseShows =
        shown(AgendaPreparationProcess.Form.CASE_PRESENTATION, TriageProcess.class);
    caseShows.addAll(
        shown(AgendaPreparationProcess.Form.CASE_PRESENTATION, AgendaPreparationProcess.class));
    assertThat(caseShows).contains("itemTitle", "itemAgendaKind", "casePresentationDue");
    for (Task task : driver.tasks("UserTask_WriteCasePresentation")) {
      assertSeesWhatItShows(task, caseShows, "itemTitle", "itemTopic");
    }
  }

  /**
   * The task's form finds every value it shows (among them {@code expected}) where Tasklist reads a
   * Camunda Form's data: {@code GET /engine-rest/task/{id}/form-variables}, as the secretariat.
   */
  JsonNode assertSeesWhatItShows(Task task, Set<String> shows, String... expected)
      throws Exception {
    assertThat(shows).contains(expected).isNotEmpty();
    RestClient.Answer answer =
        rest.get(
            "/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false",
            "sekretaer");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode values = new ObjectMapper().readTree(answer.body());
    Set<String> names = new TreeSet<>();
    values.fieldNames().forEachRemaining(names::add);
    assertThat(names).as(task.getName()).containsAll(shows);
    return values;
  }

  /** The contract's variables the form's text and expressions name (its fields' keys aside). */
  static Set<String> shown(FormId form, Class<?> contract) throws Exception {
    String json = Files.readString(Path.of("forms", form.id() + ".form"));
    Set<String> declared = ProcessForms.declaredVariables(contract);
    Set<String> named = new TreeSet<>();
    Matcher word = Pattern.compile("\\b[a-z][A-Za-z0-9]*\\b").matcher(json);
    while (word.find()) {
      if (declared.contains(word.group())) {
        named.add(word.group());
      }
    }
    named.removeAll(
        ProcessForms.fieldKeys(java.util.List.of(Path.of("forms", form.id() + ".form"))));
    return named;
  }
}
