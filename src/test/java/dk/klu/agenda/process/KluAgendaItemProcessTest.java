package dk.klu.agenda.process;

import static dk.klu.agenda.process.ItemVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import dk.klu.tasklist.TaskNames;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-agenda-item}: a member submits an item; registration places it
 * (open intake, after the deadline, or queued for the next call); the item then waits until the
 * meeting process concludes it.
 */
@Deployment(resources = "bpmn/klu-agenda-item.bpmn")
class KluAgendaItemProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(0.9);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final String PROCESS = "klu-agenda-item";
  private static final String MEMBER = "laege1";
  private static final long ITEM = 501L;
  private static final long MEETING = 7L;
  private static final String LATE_DECISION_DUE_AT = "2025-03-24T12:00:00+01:00";
  private static final String QUEUED_DECISION_DUE_AT = "2025-01-07T12:00:00+01:00";

  private final ProcessMocks mocks = new ProcessMocks();
  private String placement;

  @BeforeEach
  void setUp() {
    mocks.delegate(
        "registerItemDelegate",
        execution -> {
          execution.setVariable(ITEM_ID, ITEM);
          execution.setVariable(
              ITEM_NAME, TaskNames.subject((String) execution.getVariable(TITLE)));
          execution.setVariable(PLACEMENT, placement);
          if (!PLACEMENT_QUEUED.equals(placement)) {
            execution.setVariable(MEETING_ID, MEETING);
            execution.setVariable(MEETING_LABEL, "KLU-møde 10. april 2025");
            execution.setVariable(LATE_DECISION_DUE, LATE_DECISION_DUE_AT);
          } else {
            execution.setVariable(QUEUED_DECISION_DUE, QUEUED_DECISION_DUE_AT);
          }
        });
    mocks.delegate("recordLateDecisionDelegate");
    mocks.delegate("recordQueuedDecisionDelegate");
  }

  @AfterEach
  void tearDown() {
    mocks.reset();
    identityService().clearAuthentication();
  }

  @Test
  void openIntake_itemWaitsForItsOutcome_andEndsWhenConcluded() {
    placement = PLACEMENT_OPEN;
    ProcessInstance pi = submit();

    assertThat(pi)
        .isWaitingAt("ReceiveTask_AwaitOutcome")
        .hasNotPassed("UserTask_DecideLateItem")
        .variables()
        .containsEntry(MEETING_ID, MEETING);

    conclude(pi);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "ServiceTask_RegisterItem", "ReceiveTask_AwaitOutcome", "EndEvent_ItemConcluded");
    assertThat(mocks.calls("recordLateDecisionDelegate")).isZero();
  }

  @Test
  void lateItem_secretariatAdmitsIt_thenItWaitsForItsOutcome() {
    placement = PLACEMENT_LATE;
    ProcessInstance pi = submit();

    decideLateItem(pi, ADMIT, "Optaget; haster.");

    assertThat(mocks.calls("recordLateDecisionDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt("ReceiveTask_AwaitOutcome");
    conclude(pi);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "UserTask_DecideLateItem",
            "ServiceTask_RecordLateDecision",
            "ReceiveTask_AwaitOutcome",
            "EndEvent_ItemConcluded");
  }

  @Test
  void lateItem_movedToNextMeeting_stillWaitsForItsOutcome() {
    placement = PLACEMENT_LATE;
    ProcessInstance pi = submit();

    decideLateItem(pi, NEXT_MEETING, null);

    assertThat(mocks.calls("recordLateDecisionDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt("ReceiveTask_AwaitOutcome");
    conclude(pi);
    assertThat(pi).isEnded();
  }

  @Test
  void queuedItem_solvedAtOnceBetweenIntakes_endsWithoutWaiting() {
    placement = PLACEMENT_QUEUED;
    ProcessInstance pi = submit();

    assessQueuedItem(pi, "SOLVED");

    assertThat(mocks.calls("recordQueuedDecisionDelegate")).isEqualTo(1);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "UserTask_AssessQueuedItem", "ServiceTask_RecordQueuedDecision", "EndEvent_ItemSettled")
        .hasNotPassed("ReceiveTask_AwaitOutcome");
  }

  @Test
  void queuedItem_referredAtOnceBetweenIntakes_endsWithoutWaiting() {
    placement = PLACEMENT_QUEUED;
    ProcessInstance pi = submit();

    assessQueuedItem(pi, "REFERRED");

    assertThat(pi).isEnded().hasPassed("EndEvent_ItemSettled");
  }

  @Test
  void queuedItem_keptForTheNextAgenda_waitsForItsOutcome_andEndsWhenConcluded() {
    placement = PLACEMENT_QUEUED;
    ProcessInstance pi = submit();
    assertThat(pi).variables().doesNotContainKey(MEETING_ID);

    assessQueuedItem(pi, NEXT_AGENDA);

    assertThat(pi).isWaitingAt("ReceiveTask_AwaitOutcome").hasNotPassed("EndEvent_ItemSettled");
    conclude(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_ItemConcluded");
    assertThat(mocks.calls("recordLateDecisionDelegate")).isZero();
  }

  @Test
  void queuedItem_theCallComesFirst_theAssessmentIsWithdrawnAndTheItemWaits() {
    placement = PLACEMENT_QUEUED;
    ProcessInstance pi = submit();
    assertThat(pi).isWaitingAt("UserTask_AssessQueuedItem");

    runtimeService()
        .createMessageCorrelation(MESSAGE_ITEM_CALLED)
        .processInstanceId(pi.getId())
        .correlate();

    assertThat(pi)
        .isWaitingAt("ReceiveTask_AwaitOutcome")
        .hasPassed("BoundaryEvent_ItemCalled")
        .hasNotPassed("ServiceTask_RecordQueuedDecision");
    assertThat(mocks.calls("recordQueuedDecisionDelegate")).isZero();
    conclude(pi);
    assertThat(pi).isEnded();
  }

  /** A member submits the start form; the initiator becomes the item's submitter. */
  private ProcessInstance submit() {
    ProcessInstance pi =
        ProcessTestKit.startAs(
            MEMBER,
            PROCESS,
            withVariables(
                TITLE,
                "Ventetid på genoptræning",
                TOPIC,
                "GENOPTRAENING",
                DESCRIPTION,
                "Lang ventetid efter udskrivelse.",
                REQUESTED_KIND,
                "DECISION",
                EXPECTED_MINUTES,
                15));
    assertThat(mocks.calls("registerItemDelegate")).isEqualTo(1);
    assertThat(pi)
        .variables()
        .containsEntry(SUBMITTER, MEMBER)
        .containsEntry(ITEM_ID, ITEM)
        .containsEntry(PLACEMENT, placement);
    return pi;
  }

  private void decideLateItem(ProcessInstance pi, String decision, String note) {
    assertThat(pi).isWaitingAt("UserTask_DecideLateItem");
    Task task = task("UserTask_DecideLateItem", pi);
    assertThat(task)
        .hasCandidateGroup("secretariat")
        .isNotAssigned()
        .hasDueDate(Date.from(OffsetDateTime.parse(LATE_DECISION_DUE_AT).toInstant()))
        .hasName("Vurdér sent indkommet punkt: Ventetid på genoptræning");
    complete(task, withVariables(LATE_DECISION, decision, LATE_DECISION_NOTE, note));
  }

  private void assessQueuedItem(ProcessInstance pi, String outcome) {
    assertThat(pi).isWaitingAt("UserTask_AssessQueuedItem").hasNotPassed("UserTask_DecideLateItem");
    Task task = task("UserTask_AssessQueuedItem", pi);
    assertThat(task)
        .hasCandidateGroup("secretariat")
        .isNotAssigned()
        .hasDueDate(Date.from(OffsetDateTime.parse(QUEUED_DECISION_DUE_AT).toInstant()))
        .hasName("Vurdér punkt mellem indkaldelser: Ventetid på genoptræning");
    complete(task, withVariables(TRIAGE_OUTCOME, outcome));
  }

  /** What the meeting process does when the item is solved, rejected or discussed. */
  private static void conclude(ProcessInstance pi) {
    runtimeService()
        .createMessageCorrelation(MESSAGE_ITEM_CONCLUDED)
        .processInstanceId(pi.getId())
        .correlate();
  }
}
