package dk.klu.yearplan.process;

import static dk.klu.support.ProcessTestKit.clock;
import static dk.klu.support.ProcessTestKit.timer;
import static dk.klu.yearplan.process.YearPlanVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-year-plan}: a year with a dialogue meeting (announced three
 * months ahead, planned, held, summarised, with both reminders), the annual evaluation started
 * through the call activity (a stand-in {@code klu-evaluation} from the test resources) with the
 * year and its business key, and next year prepared after the last meeting's minutes; and a year
 * without a dialogue meeting. The clock is moved through the year.
 */
@Deployment(resources = {"bpmn/klu-year-plan.bpmn", "bpmn-test/klu-evaluation-standin.bpmn"})
class KluYearPlanProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(0.9);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final String PROCESS = "klu-year-plan";
  private static final long PLAN = 7L;

  private final ProcessMocks mocks = new ProcessMocks();
  private boolean dialogue;

  @BeforeEach
  void setUp() {
    clock("2026-12-01T10:00:00+01:00");
    mocks.delegate(
        "registerYearPlanDelegate",
        execution -> {
          execution.setProcessBusinessKey("year-plan-2027");
          execution.setVariable(YEAR_PLAN_ID, PLAN);
          execution.setVariable(PLAN_YEAR, Integer.valueOf(2027));
          execution.setVariable(DIALOGUE_PLANNED, dialogue);
          execution.setVariable(DIALOGUE_ANNOUNCE_DATE, "2027-02-01T09:00:00+01:00");
          execution.setVariable(DIALOGUE_PLAN_DUE, "2027-04-01T12:00:00+02:00");
          execution.setVariable(DIALOGUE_PLAN_REMINDER, "2027-03-25T09:00:00+01:00");
          execution.setVariable(DIALOGUE_HELD_AT, "2027-05-03T18:00:00+02:00");
          execution.setVariable(DIALOGUE_SUMMARY_DUE, "2027-05-17T12:00:00+02:00");
          execution.setVariable(DIALOGUE_SUMMARY_REMINDER, "2027-05-14T09:00:00+02:00");
        });
    for (String name :
        List.of(
            "startMeetingsDelegate",
            "placeTopicsDelegate",
            "announceDialogueDelegate",
            "remindDialoguePlanningDelegate",
            "recordDialoguePlanDelegate",
            "remindDialogueSummaryDelegate",
            "archiveDialogueSummaryDelegate",
            "startNextYearDelegate")) {
      mocks.delegate(name);
    }
    mocks.taskListener("nextYearFormData");
  }

  @AfterEach
  void tearDown() {
    mocks.reset();
  }

  @Test
  void yearWithDialogueMeeting_evaluation_andNextYearPrepared() {
    dialogue = true;
    ProcessInstance pi = start();

    // The meetings are created in a job of their own, then the topics placed.
    assertThat(pi).isWaitingAt("ServiceTask_StartMeetings");
    execute(job(pi, "ServiceTask_StartMeetings"));
    assertThat(mocks.calls("startMeetingsDelegate")).isEqualTo(1);
    assertThat(mocks.calls("placeTopicsDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt("TimerEvent_AnnounceDialogue", "MessageEvent_LastMeetingMinutes");
    assertThat(timer(pi, "TimerEvent_AnnounceDialogue").getDuedate())
        .isEqualTo(date("2027-02-01T09:00:00+01:00"));

    // Three months before: announced (asynchronously), the secretariat plans it, reminded.
    clock("2027-02-01T09:01:00+01:00");
    execute(timer(pi, "TimerEvent_AnnounceDialogue"));
    execute(job(pi, "ServiceTask_AnnounceDialogue"));
    assertThat(mocks.calls("announceDialogueDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt("UserTask_PlanDialogue");
    assertThat(task(pi)).hasCandidateGroup("secretariat").hasName("Planlæg dialogmødet 2027");
    assertThat(task(pi).getDueDate()).isEqualTo(date("2027-04-01T12:00:00+02:00"));
    clock("2027-03-25T09:01:00+01:00");
    execute(timer(pi, "BoundaryEvent_PlanDialogueReminder"));
    assertThat(mocks.calls("remindDialoguePlanningDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt("UserTask_PlanDialogue");
    complete(
        task(pi), Map.of(DIALOGUE_PLACE, "Aalborg Kongres", DIALOGUE_PROGRAMME, "Kl. 17 oplæg."));
    assertThat(mocks.calls("recordDialoguePlanDelegate")).isEqualTo(1);

    // Held; the summary is written (after a reminder) and archived.
    assertThat(pi).isWaitingAt("TimerEvent_DialogueHeld");
    clock("2027-05-03T18:01:00+02:00");
    execute(timer(pi, "TimerEvent_DialogueHeld"));
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("UserTask_WriteDialogueSummary");
    clock("2027-05-14T09:01:00+02:00");
    execute(timer(pi, "BoundaryEvent_SummaryReminder"));
    assertThat(mocks.calls("remindDialogueSummaryDelegate")).isEqualTo(1);
    complete(task(pi), Map.of(DIALOGUE_SUMMARY, "Godt møde.", DIALOGUE_PARTICIPANTS, 42));
    assertThat(mocks.calls("archiveDialogueSummaryDelegate")).isEqualTo(1);
    assertThat(pi).hasPassed("Gateway_DialogueDone");

    // The last meeting's minutes: the annual evaluation is called with the year and its business
    // key, covering the whole year; beside it the secretariat prepares next year, which starts.
    lastMinutesPublished();
    assertThat(pi).isWaitingAt("CallActivity_AnnualEvaluation", "UserTask_PrepareNextYear");
    execute(job(pi, "CallActivity_AnnualEvaluation"));
    ProcessInstance evaluation = evaluation();
    assertThat(evaluation.getBusinessKey()).isEqualTo("evaluation-2027");
    assertThat(runtimeService().getVariable(evaluation.getId(), "year")).isEqualTo(2027);
    assertThat(mocks.calls("nextYearFormData")).isEqualTo(1);
    Task prepare =
        taskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey("UserTask_PrepareNextYear")
            .singleResult();
    assertThat(prepare).hasCandidateGroup("secretariat").hasName("Forbered årshjul for 2028");
    complete(prepare, Map.of(NEXT_PLAN_YEAR, 2028));
    assertThat(mocks.calls("startNextYearDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt("CallActivity_AnnualEvaluation");
    completeEvaluation(evaluation);

    assertThat(pi)
        .isEnded()
        .hasPassed(
            "ServiceTask_RecordDialoguePlan",
            "ServiceTask_ArchiveDialogueSummary",
            "CallActivity_AnnualEvaluation",
            "ServiceTask_StartNextYear",
            "EndEvent_YearCompleted");
  }

  @Test
  void yearWithoutDialogueMeeting_evaluationAfterTheLastMinutes() {
    dialogue = false;
    ProcessInstance pi = start();
    execute(job(pi, "ServiceTask_StartMeetings"));

    assertThat(pi).hasPassed("Gateway_DialoguePlanned", "Gateway_DialogueDone");
    assertThat(pi).isWaitingAt("MessageEvent_LastMeetingMinutes");
    assertThat(pi).hasNotPassed("TimerEvent_AnnounceDialogue");
    // No date starts the evaluation: December's meeting belongs to the year it evaluates.
    clock("2027-12-31T23:59:00+01:00");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).list()).isEmpty();

    lastMinutesPublished();
    execute(job(pi, "CallActivity_AnnualEvaluation"));
    ProcessInstance evaluation = evaluation();
    completeEvaluation(evaluation);
    assertThat(pi).isWaitingAt("UserTask_PrepareNextYear");
    complete(task(pi), Map.of(NEXT_PLAN_YEAR, 2028));
    assertThat(pi).isEnded().hasNotPassed("UserTask_PlanDialogue");
    assertThat(mocks.calls("announceDialogueDelegate")).isZero();
    assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("klu-evaluation")
                .processInstanceBusinessKey("evaluation-2027")
                .count())
        .isEqualTo(1);
  }

  // --- helpers -----------------------------------------------------------------------------

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS, Map.of(PLAN_YEAR, 2027));
  }

  void lastMinutesPublished() {
    runtimeService()
        .createMessageCorrelation(MESSAGE_LAST_MEETING_MINUTES)
        .processInstanceBusinessKey("year-plan-2027")
        .correlate();
  }

  /** The stand-in evaluation's one task completed: the evaluation ends. */
  static void completeEvaluation(ProcessInstance evaluation) {
    taskService()
        .complete(
            taskService()
                .createTaskQuery()
                .processInstanceId(evaluation.getId())
                .singleResult()
                .getId());
  }

  ProcessInstance evaluation() {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("klu-evaluation")
        .singleResult();
  }

  Job job(ProcessInstance pi, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .singleResult();
  }

  static Date date(String iso) {
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }
}
