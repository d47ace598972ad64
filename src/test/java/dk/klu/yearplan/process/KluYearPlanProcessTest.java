package dk.klu.yearplan.process;

import static dk.klu.support.ProcessTestKit.clock;
import static dk.klu.support.ProcessTestKit.timer;
import static dk.klu.yearplan.process.YearPlanProcess.*;
import static dk.klu.yearplan.process.YearPlanProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import dk.klu.yearplan.YearPlan;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
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

  private static final long PLAN = 7L;

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();
  private boolean dialogue;

  @BeforeEach
  void setUp() {
    clock("2026-12-01T10:00:00+01:00");
    mocks.delegate(
        "registerYearPlanDelegate",
        execution -> {
          execution.setProcessBusinessKey(YearPlan.businessKey(2027));
          YEAR_PLAN_ID.set(execution, PLAN);
          PLAN_YEAR.set(execution, 2027);
          DIALOGUE_PLANNED.set(execution, dialogue);
          DIALOGUE_ANNOUNCE_DATE.set(execution, "2027-02-01T09:00:00+01:00");
          DIALOGUE_PLAN_DUE.set(execution, "2027-04-01T12:00:00+02:00");
          DIALOGUE_PLAN_REMINDER.set(execution, "2027-03-25T09:00:00+01:00");
          DIALOGUE_HELD_AT.set(execution, "2027-05-03T18:00:00+02:00");
          DIALOGUE_SUMMARY_DUE.set(execution, "2027-05-17T12:00:00+02:00");
          DIALOGUE_SUMMARY_REMINDER.set(execution, "2027-05-14T09:00:00+02:00");
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

  @Test
  void yearWithDialogueMeeting_evaluation_andNextYearPrepared() {
    dialogue = true;
    ProcessInstance pi = start();

    // The meetings are created in a job of their own, then the topics placed.
    assertThat(pi).isWaitingAt(ServiceTask_StartMeetings.id());
    execute(job(pi, ServiceTask_StartMeetings.id()));
    assertThat(mocks.calls("startMeetingsDelegate")).isEqualTo(1);
    assertThat(mocks.calls("placeTopicsDelegate")).isEqualTo(1);
    assertThat(pi)
        .isWaitingAt(TimerEvent_AnnounceDialogue.id(), MessageEvent_LastMeetingMinutes.id());
    assertThat(timer(pi, TimerEvent_AnnounceDialogue.id()).getDuedate())
        .isEqualTo(date("2027-02-01T09:00:00+01:00"));

    // Three months before: announced (asynchronously), the secretariat plans it, reminded.
    clock("2027-02-01T09:01:00+01:00");
    execute(timer(pi, TimerEvent_AnnounceDialogue.id()));
    execute(job(pi, ServiceTask_AnnounceDialogue.id()));
    assertThat(mocks.calls("announceDialogueDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt(UserTask_PlanDialogue.id());
    assertThat(task(pi)).hasCandidateGroup("secretariat").hasName("Planlæg dialogmødet 2027");
    assertThat(task(pi).getDueDate()).isEqualTo(date("2027-04-01T12:00:00+02:00"));
    clock("2027-03-25T09:01:00+01:00");
    execute(timer(pi, BoundaryEvent_PlanDialogueReminder.id()));
    assertThat(mocks.calls("remindDialoguePlanningDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt(UserTask_PlanDialogue.id());
    complete(
        task(pi),
        Map.of(
            DIALOGUE_PLACE.name(), "Aalborg Kongres", DIALOGUE_PROGRAMME.name(), "Kl. 17 oplæg."));
    assertThat(mocks.calls("recordDialoguePlanDelegate")).isEqualTo(1);

    // Held; the summary is written (after a reminder) and archived.
    assertThat(pi).isWaitingAt(TimerEvent_DialogueHeld.id());
    clock("2027-05-03T18:01:00+02:00");
    execute(timer(pi, TimerEvent_DialogueHeld.id()));
    assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(UserTask_WriteDialogueSummary.id());
    clock("2027-05-14T09:01:00+02:00");
    execute(timer(pi, BoundaryEvent_SummaryReminder.id()));
    assertThat(mocks.calls("remindDialogueSummaryDelegate")).isEqualTo(1);
    complete(
        task(pi), Map.of(DIALOGUE_SUMMARY.name(), "Godt møde.", DIALOGUE_PARTICIPANTS.name(), 42));
    assertThat(mocks.calls("archiveDialogueSummaryDelegate")).isEqualTo(1);
    assertThat(pi).hasPassed(Gateway_DialogueDone.id());

    // The last meeting's minutes: the annual evaluation is called with the year and its business
    // key, covering the whole year; beside it the secretariat prepares next year, which starts.
    lastMinutesPublished();
    assertThat(pi).isWaitingAt(CallActivity_AnnualEvaluation.id(), UserTask_PrepareNextYear.id());
    execute(job(pi, CallActivity_AnnualEvaluation.id()));
    ProcessInstance evaluation = evaluation();
    assertThat(evaluation.getBusinessKey()).isEqualTo(EvaluationProcess.businessKey(2027));
    assertThat(runtimeService().getVariable(evaluation.getId(), EvaluationProcess.YEAR.name()))
        .isEqualTo(2027);
    assertThat(mocks.calls("nextYearFormData")).isEqualTo(1);
    Task prepare =
        taskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(UserTask_PrepareNextYear.id())
            .singleResult();
    assertThat(prepare).hasCandidateGroup("secretariat").hasName("Forbered årshjul for 2028");
    complete(prepare, Map.of(NEXT_PLAN_YEAR.name(), 2028));
    assertThat(mocks.calls("startNextYearDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt(CallActivity_AnnualEvaluation.id());
    completeEvaluation(evaluation);

    assertThat(pi)
        .isEnded()
        .hasPassed(
            ServiceTask_RecordDialoguePlan.id(),
            ServiceTask_ArchiveDialogueSummary.id(),
            CallActivity_AnnualEvaluation.id(),
            ServiceTask_StartNextYear.id(),
            EndEvent_YearCompleted.id());
  }

  @Test
  void yearWithoutDialogueMeeting_evaluationAfterTheLastMinutes() {
    dialogue = false;
    ProcessInstance pi = start();
    execute(job(pi, ServiceTask_StartMeetings.id()));

    assertThat(pi).hasPassed(Gateway_DialoguePlanned.id(), Gateway_DialogueDone.id());
    assertThat(pi).isWaitingAt(MessageEvent_LastMeetingMinutes.id());
    assertThat(pi).hasNotPassed(TimerEvent_AnnounceDialogue.id());
    // No date starts the evaluation: December's meeting belongs to the year it evaluates.
    clock("2027-12-31T23:59:00+01:00");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).list()).isEmpty();

    lastMinutesPublished();
    execute(job(pi, CallActivity_AnnualEvaluation.id()));
    ProcessInstance evaluation = evaluation();
    completeEvaluation(evaluation);
    assertThat(pi).isWaitingAt(UserTask_PrepareNextYear.id());
    complete(task(pi), Map.of(NEXT_PLAN_YEAR.name(), 2028));
    assertThat(pi).isEnded().hasNotPassed(UserTask_PlanDialogue.id());
    assertThat(mocks.calls("announceDialogueDelegate")).isZero();
    assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(EvaluationProcess.KEY)
                .processInstanceBusinessKey(EvaluationProcess.businessKey(2027))
                .count())
        .isEqualTo(1);
  }

  // --- helpers -----------------------------------------------------------------------------

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, Map.of(PLAN_YEAR.name(), 2027));
  }

  void lastMinutesPublished() {
    runtimeService()
        .createMessageCorrelation(MESSAGE_LAST_MEETING_MINUTES)
        .processInstanceBusinessKey(YearPlan.businessKey(2027))
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
        .processDefinitionKey(EvaluationProcess.KEY)
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
