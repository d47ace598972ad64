package dk.klu.agenda.process;

import static dk.klu.agenda.process.AgendaItemProcess.*;
import static dk.klu.agenda.process.AgendaItemProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.agenda.ItemKind;
import dk.klu.agenda.Placement;
import dk.klu.agenda.Topic;
import dk.klu.agenda.TriageOutcome;
import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import dk.klu.tasklist.TaskNames;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
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

  private static final String MEMBER = "laege1";
  private static final long ITEM = 501L;
  private static final long MEETING = 7L;
  private static final String LATE_DECISION_DUE_AT = "2025-03-24T12:00:00+01:00";
  private static final String QUEUED_DECISION_DUE_AT = "2025-01-07T12:00:00+01:00";

  private final ProcessMocks mocks = new ProcessMocks();
  private Placement.Kind placement;

  @BeforeEach
  void setUp() {
    mocks.delegate(
        "registerItemDelegate",
        execution -> {
          SUBMITTER.remove(execution);
          ITEM_ID.set(execution, ITEM);
          if (placement == Placement.Kind.OPEN) {
            TITLE.remove(execution);
          } else {
            ITEM_NAME.set(execution, TaskNames.subject(TITLE.from(execution).get()));
          }
          PLACEMENT.set(execution, placement);
          if (placement != Placement.Kind.QUEUED) {
            MEETING_ID.set(execution, MEETING);
          }
          if (placement == Placement.Kind.LATE) {
            MEETING_LABEL.set(execution, "KLU-møde 10. april 2025");
            LATE_DECISION_DUE.set(execution, LATE_DECISION_DUE_AT);
          }
          if (placement == Placement.Kind.QUEUED) {
            QUEUED_DECISION_DUE.set(execution, QUEUED_DECISION_DUE_AT);
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
    placement = Placement.Kind.OPEN;
    ProcessInstance pi = submit();

    assertThat(pi)
        .isWaitingAt(ReceiveTask_AwaitOutcome.id())
        .hasNotPassed(UserTask_DecideLateItem.id())
        .variables()
        .containsEntry(MEETING_ID.name(), MEETING);

    conclude(pi);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            ServiceTask_RegisterItem.id(),
            ReceiveTask_AwaitOutcome.id(),
            EndEvent_ItemConcluded.id());
    assertThat(mocks.calls("recordLateDecisionDelegate")).isZero();
  }

  @Test
  void lateItem_secretariatAdmitsIt_thenItWaitsForItsOutcome() {
    placement = Placement.Kind.LATE;
    ProcessInstance pi = submit();

    decideLateItem(pi, ADMIT, "Optaget; haster.");

    assertThat(mocks.calls("recordLateDecisionDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt(ReceiveTask_AwaitOutcome.id());
    conclude(pi);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            UserTask_DecideLateItem.id(),
            ServiceTask_RecordLateDecision.id(),
            ReceiveTask_AwaitOutcome.id(),
            EndEvent_ItemConcluded.id());
  }

  @Test
  void lateItem_movedToNextMeeting_stillWaitsForItsOutcome() {
    placement = Placement.Kind.LATE;
    ProcessInstance pi = submit();

    decideLateItem(pi, NEXT_MEETING, null);

    assertThat(mocks.calls("recordLateDecisionDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt(ReceiveTask_AwaitOutcome.id());
    conclude(pi);
    assertThat(pi).isEnded();
  }

  @Test
  void queuedItem_solvedAtOnceBetweenIntakes_endsWithoutWaiting() {
    placement = Placement.Kind.QUEUED;
    ProcessInstance pi = submit();

    assessQueuedItem(pi, TriageOutcome.SOLVED.name());

    assertThat(mocks.calls("recordQueuedDecisionDelegate")).isEqualTo(1);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            UserTask_AssessQueuedItem.id(),
            ServiceTask_RecordQueuedDecision.id(),
            EndEvent_ItemSettled.id())
        .hasNotPassed(ReceiveTask_AwaitOutcome.id());
  }

  @Test
  void queuedItem_referredAtOnceBetweenIntakes_endsWithoutWaiting() {
    placement = Placement.Kind.QUEUED;
    ProcessInstance pi = submit();

    assessQueuedItem(pi, TriageOutcome.REFERRED.name());

    assertThat(pi).isEnded().hasPassed(EndEvent_ItemSettled.id());
  }

  @Test
  void queuedItem_keptForTheNextAgenda_waitsForItsOutcome_andEndsWhenConcluded() {
    placement = Placement.Kind.QUEUED;
    ProcessInstance pi = submit();
    assertThat(pi).variables().doesNotContainKey(MEETING_ID.name());

    assessQueuedItem(pi, NEXT_AGENDA);

    assertThat(pi)
        .isWaitingAt(ReceiveTask_AwaitOutcome.id())
        .hasNotPassed(EndEvent_ItemSettled.id());
    conclude(pi);
    assertThat(pi).isEnded().hasPassed(EndEvent_ItemConcluded.id());
    assertThat(mocks.calls("recordLateDecisionDelegate")).isZero();
  }

  @Test
  void queuedItem_theCallComesFirst_theAssessmentIsWithdrawnAndTheItemWaits() {
    placement = Placement.Kind.QUEUED;
    ProcessInstance pi = submit();
    assertThat(pi).isWaitingAt(UserTask_AssessQueuedItem.id());

    runtimeService()
        .createMessageCorrelation(MESSAGE_ITEM_CALLED)
        .processInstanceId(pi.getId())
        .correlate();

    assertThat(pi)
        .isWaitingAt(ReceiveTask_AwaitOutcome.id())
        .hasPassed(BoundaryEvent_ItemCalled.id())
        .hasNotPassed(ServiceTask_RecordQueuedDecision.id());
    assertThat(mocks.calls("recordQueuedDecisionDelegate")).isZero();
    conclude(pi);
    assertThat(pi).isEnded();
  }

  /** A member submits the start form; registration makes them the item's submitter. */
  private ProcessInstance submit() {
    ProcessInstance pi =
        ProcessTestKit.startAs(
            MEMBER,
            KEY,
            Map.ofEntries(
                TITLE.entry("Ventetid på genoptræning"),
                TOPIC.entry(Topic.GENOPTRAENING),
                DESCRIPTION.entry("Lang ventetid efter udskrivelse."),
                REQUESTED_KIND.entry(ItemKind.DECISION),
                EXPECTED_MINUTES.entry(15)));
    assertThat(mocks.calls("registerItemDelegate")).isEqualTo(1);
    assertThat(pi)
        .variables()
        .doesNotContainKey(SUBMITTER.name())
        .containsEntry(ITEM_ID.name(), ITEM)
        .containsEntry(PLACEMENT.name(), placement.name());
    return pi;
  }

  private void decideLateItem(ProcessInstance pi, String decision, String note) {
    assertThat(pi).isWaitingAt(UserTask_DecideLateItem.id());
    complete(
        secretariatTask(
            task(UserTask_DecideLateItem.id(), pi),
            LATE_DECISION_DUE_AT,
            "Vurdér sent indkommet punkt: "),
        withVariables(LATE_DECISION.name(), decision, LATE_DECISION_NOTE.name(), note));
  }

  private void assessQueuedItem(ProcessInstance pi, String outcome) {
    assertThat(pi)
        .isWaitingAt(UserTask_AssessQueuedItem.id())
        .hasNotPassed(UserTask_DecideLateItem.id());
    complete(
        secretariatTask(
            task(UserTask_AssessQueuedItem.id(), pi),
            QUEUED_DECISION_DUE_AT,
            "Vurdér punkt mellem indkaldelser: "),
        withVariables(TRIAGE_OUTCOME.name(), outcome));
  }

  /** The secretariat's task on the item: open to the group, claimed by no one, due and named. */
  private static Task secretariatTask(Task task, String due, String namePrefix) {
    assertThat(task)
        .hasCandidateGroup("secretariat")
        .isNotAssigned()
        .hasDueDate(Date.from(OffsetDateTime.parse(due).toInstant()))
        .hasName(namePrefix + "Ventetid på genoptræning");
    return task;
  }

  /** What the meeting process does when the item is solved, rejected or discussed. */
  private static void conclude(ProcessInstance pi) {
    runtimeService()
        .createMessageCorrelation(MESSAGE_ITEM_CONCLUDED)
        .processInstanceId(pi.getId())
        .correlate();
  }
}
