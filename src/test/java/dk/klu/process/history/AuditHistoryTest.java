package dk.klu.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agenda.process.TriageProcess;
import dk.klu.honorarium.process.HonorariumProcess;
import dk.klu.meeting.process.AgendaPreparationProcess;
import dk.klu.meeting.process.MeetingProcess;
import dk.klu.process.RowSlots;
import dk.klu.security.KluProcesses;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.ProcessTestKit;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history keeps the audit and leaves the bulk variables out (docs/adr/0014). Runs on H2 and
 * PostgreSQL.
 *
 * <p>A meeting with one item is run from planning to published minutes over REST, as the users do
 * it. While the chairs review the agenda, the forms' lists are there as runtime variables. After
 * the cycle: none of {@link VariablesOutOfHistory#NAMES} has a row in {@code ACT_HI_VARINST} or
 * {@code ACT_HI_DETAIL}, while the chairs' decisions on agenda and minutes, the meeting's id and
 * the fee list's meeting are in both, with who set them and when.
 */
abstract class AuditHistoryTest extends ApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void bulkVariablesStayOutOfHistoryAndDecisionsStayIn() {
    ProcessTestKit.clock(CycleDriver.PLANNING_TIME);
    CycleDriver driver = new CycleDriver(rest, engine);
    String meetingPi = driver.planMeeting();
    driver.at(CycleDriver.AFTER_CALL);
    String itemPi =
        driver.submitItem(
            "laege", "Genoptræning efter hofteoperation", "GENOPTRAENING", "DECISION");
    // the submission is in klu_agenda_item: registration took it off the item's instance, title
    // and all (the item waits for its meeting's triage, which names it)
    assertThat(engine.getRuntimeService().getVariables(itemPi))
        .as("the item's runtime variables")
        .doesNotContainKeys(
            AgendaItemProcess.SUBMISSION.stream().map(v -> v.name()).toArray(String[]::new))
        .doesNotContainKeys(
            AgendaItemProcess.TITLE.name(),
            AgendaItemProcess.ITEM_NAME.name(),
            AgendaItemProcess.SUBMITTER.name())
        .containsKeys(AgendaItemProcess.ITEM_ID.name(), AgendaItemProcess.PLACEMENT.name());
    driver.at(CycleDriver.AFTER_DEADLINE);
    // the forms still get the item's values and the lists' rows: runtime variables are untouched
    Task triage = driver.single(meetingPi, "UserTask_TriageItem");
    assertThat(engine.getTaskService().getVariable(triage.getId(), TriageProcess.ITEM_TITLE.name()))
        .as("the triage form's item")
        .isEqualTo("Genoptræning efter hofteoperation");
    driver.triageAllOnAgenda();

    assertThat(driver.agendaRows(meetingPi)).as("agenda rows at run time").hasSize(5);
    Task review = driver.single(meetingPi, "UserTask_ReviewAgendaChair");
    assertThat(
            RowSlots.rows(
                engine
                    .getTaskService()
                    .getVariable(review.getId(), AgendaPreparationProcess.AGENDA_ITEMS.name())))
        .as("the chair's agenda form")
        .hasSize(5);
    assertThat(
            (String)
                engine
                    .getTaskService()
                    .getVariable(
                        review.getId(), AgendaPreparationProcess.AGENDA_RECEIVED_TEXT.name()))
        .contains("Genoptræning efter hofteoperation");

    driver.approveAgenda(meetingPi);
    driver.writeCasePresentations();
    driver.at(CycleDriver.AFTER_AGENDA_DATE);
    driver.holdMeetingAndPublishMinutes(meetingPi);
    assertThat(driver.ended(meetingPi)).as("the meeting's process ended").isTrue();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(HonorariumProcess.KEY)
                .count())
        .as("the fee list waits for approval")
        .isOne();

    for (String name : VariablesOutOfHistory.NAMES) {
      assertThat(rows("act_hi_varinst", name)).as("%s in ACT_HI_VARINST", name).isZero();
      assertThat(rows("act_hi_detail", name)).as("%s in ACT_HI_DETAIL", name).isZero();
    }
    assertThat(rows("act_hi_varinst", null)).as("other variables are in history").isPositive();
    for (String name : VariablesOutOfHistory.MEETING_COPIES) {
      assertThat(meetingRows("act_hi_varinst", name))
          .as("%s in the called steps' ACT_HI_VARINST", name)
          .isZero();
      assertThat(meetingRows("act_hi_detail", name))
          .as("%s in the called steps' ACT_HI_DETAIL", name)
          .isZero();
    }
    assertThat(driver.variable(itemPi, TriageProcess.ITEM_TITLE.name()))
        .as("the GP's submission in the item's history")
        .isEqualTo("Genoptræning efter hofteoperation");

    for (String decision :
        List.of(
            AgendaPreparationProcess.CHAIR_DECISION.name(),
            AgendaPreparationProcess.GP_CHAIR_DECISION.name(),
            MeetingProcess.MINUTES_CHAIR_DECISION.name(),
            MeetingProcess.MINUTES_GP_CHAIR_DECISION.name())) {
      assertThat(driver.variable(meetingPi, decision)).as(decision).isEqualTo("APPROVE");
      assertThat(
              engine
                  .getHistoryService()
                  .createHistoricDetailQuery()
                  .processInstanceIdIn(driver.kit().historicTree(meetingPi).toArray(String[]::new))
                  .variableUpdates()
                  .list()
                  .stream()
                  .filter(
                      d ->
                          d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                              && u.getVariableName().equals(decision)
                              && "APPROVE".equals(u.getValue())
                              && d.getTime() != null))
          .as("%s's versions in ACT_HI_DETAIL, with their time", decision)
          .isNotEmpty();
    }
    assertThat(
            driver.kit().historicTree(meetingPi).stream()
                .flatMap(
                    pi ->
                        engine
                            .getHistoryService()
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(pi)
                            .taskDefinitionKey("UserTask_ReviewAgendaChair")
                            .finished()
                            .list()
                            .stream())
                .map(org.camunda.bpm.engine.history.HistoricTaskInstance::getAssignee))
        .as("who decided")
        .containsExactly("formand");
    assertThat(driver.meetingId(meetingPi)).isPositive();
    HistoricVariableInstance feeMeeting =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .variableName(HonorariumProcess.MEETING_ID.name())
            .singleResult();
    assertThat(feeMeeting.getValue()).isEqualTo(driver.meetingId(meetingPi));
    assertThat(driver.kit().historicActivities(meetingPi))
        .as("activity history is written as before")
        .isPositive();

    // the ids written once in the meeting and its steps, and the GP's submission: their one
    // version is in ACT_HI_VARINST, with no copy in ACT_HI_DETAIL and no later version
    List<String> meetingAndSteps = new java.util.ArrayList<>(KluProcesses.CALLED);
    meetingAndSteps.add(KluProcesses.MEETING);
    for (String name : List.of(TriageProcess.ITEM_ID.name(), MeetingProcess.MEETING_ID.name())) {
      assertThat(rows("act_hi_varinst", name, meetingAndSteps))
          .as("%s in the meeting's and its steps' ACT_HI_VARINST", name)
          .isPositive();
    }
    for (String name : VariablesOutOfHistory.WRITTEN_ONCE) {
      assertThat(rows("act_hi_detail", name, meetingAndSteps))
          .as("%s in the meeting's and its steps' ACT_HI_DETAIL", name)
          .isZero();
    }
    for (String name : VariablesOutOfHistory.REGISTERED_ONCE) {
      List<String> item = List.of(AgendaItemProcess.KEY);
      assertThat(rows("act_hi_detail", name, item))
          .as("%s in the item's ACT_HI_DETAIL", name)
          .isZero();
    }
    for (var variable :
        List.of(AgendaItemProcess.TITLE, AgendaItemProcess.ITEM_ID, AgendaItemProcess.PLACEMENT)) {
      assertThat(rows("act_hi_varinst", variable.name(), List.of(AgendaItemProcess.KEY)))
          .as("%s in the item's ACT_HI_VARINST", variable.name())
          .isOne();
    }
    assertThat(
            rows(
                "act_hi_varinst",
                AgendaItemProcess.SUBMISSION.get(0).name(),
                List.of(AgendaItemProcess.KEY)))
        .as("the submission in the item's ACT_HI_VARINST")
        .isOne();
    assertThat(rows("act_hi_detail", TriageProcess.TRIAGE_OUTCOME.name(), KluProcesses.CALLED))
        .as("a decision's versions stay in ACT_HI_DETAIL")
        .isPositive();
  }

  /** Rows of a history table for a variable name in the instances of these processes. */
  long rows(String table, String name, List<String> processes) {
    return jdbc.queryForObject(
        "select count(*) from "
            + table
            + " where name_ = ? and proc_inst_id_ in (select id_ from act_hi_procinst where"
            + " proc_def_key_ in ('"
            + String.join("', '", processes)
            + "'))",
        Long.class,
        name);
  }

  /**
   * Rows of a history table for a variable name in the instances of the steps klu-meeting calls.
   */
  long meetingRows(String table, String name) {
    return rows(table, name, KluProcesses.CALLED);
  }

  /** Rows of a history table for a variable name (null: all). */
  long rows(String table, String name) {
    return name == null
        ? jdbc.queryForObject("select count(*) from " + table, Long.class)
        : jdbc.queryForObject(
            "select count(*) from " + table + " where name_ = ?", Long.class, name);
  }
}
