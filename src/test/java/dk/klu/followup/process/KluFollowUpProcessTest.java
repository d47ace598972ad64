package dk.klu.followup.process;

import static dk.klu.followup.process.FollowUpProcess.*;
import static dk.klu.followup.process.FollowUpProcess.Element.*;
import static dk.klu.support.ProcessTestKit.clock;
import static dk.klu.support.ProcessTestKit.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-follow-up}, one action of the minutes as the meeting calls it:
 * closed by the secretariat, with its owner reminded before the deadline and the secretariat warned
 * after it, while the task stays open.
 */
@Deployment(resources = "bpmn/klu-follow-up.bpmn")
class KluFollowUpProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(1.0);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final String REMINDER_AT = "2027-05-10T09:00:00+02:00";
  private static final String DUE_AT = "2027-05-17T12:00:00+02:00";

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void setUp() {
    clock(OffsetDateTime.parse("2027-04-01T10:00:00+02:00"));
    mocks.executionListener(
        "loadActionVariables",
        ACTION_DESCRIPTION.entry("Send vejledning til praksis"),
        ACTION_NAME.entry("Send vejledning til praksis"),
        ACTION_OWNER.entry("sekretaer"),
        ACTION_ITEM_TITLE.entry("Sårpleje"),
        ACTION_DUE.entry(DUE_AT),
        ACTION_REMINDER_DATE.entry(REMINDER_AT));
    mocks.delegate("remindActionOwnerDelegate");
    mocks.delegate("escalateActionDelegate");
    mocks.delegate("closeActionDelegate");
  }

  private ProcessInstance start() {
    return ProcessTestKit.startCalled(
        KEY,
        "KLU-møde 11.03.2027",
        ACTION_ID.name(),
        101L,
        MEETING_ID.name(),
        7L,
        MEETING_NAME.name(),
        "KLU-møde 11.03.2027");
  }

  /**
   * At {@code time} a timer on the open task fires: its delegate runs once and its path ends at
   * {@code endEvent}, while the task stays open.
   */
  private void timerFires(ProcessInstance pi, String time, String delegate, String endEvent) {
    clock(OffsetDateTime.parse(time));
    runDueTimers(pi);
    assertThat(mocks.calls(delegate)).isEqualTo(1);
    assertThat(pi).hasPassed(endEvent).isWaitingAt(UserTask_FollowUpAction.id());
  }

  @Test
  void theSecretariatClosesTheActionBeforeItsDeadline() {
    ProcessInstance pi = start();
    assertThat(task(pi))
        .hasDefinitionKey(UserTask_FollowUpAction.id())
        .hasName("Følg op på handling: Send vejledning til praksis")
        .hasCandidateGroup("secretariat")
        .hasDueDate(Date.from(OffsetDateTime.parse(DUE_AT).toInstant()));
    complete(task(pi), withVariables(FOLLOW_UP_NOTE.name(), "Udført."));

    assertThat(pi).isEnded().hasPassed(ServiceTask_CloseAction.id(), EndEvent_ActionClosed.id());
    assertThat(mocks.calls("remindActionOwnerDelegate")).isZero();
  }

  @Test
  void theOwnerIsRemindedBeforeTheDeadline_theSecretariatWarnedAfterIt_theTaskStaysOpen() {
    ProcessInstance pi = start();
    String taskId = task(pi).getId();

    timerFires(pi, REMINDER_AT, "remindActionOwnerDelegate", EndEvent_ActionReminded.id());
    timerFires(pi, DUE_AT, "escalateActionDelegate", EndEvent_ActionEscalated.id());
    assertThat(task(pi).getId()).isEqualTo(taskId);

    complete(task(pi), withVariables(FOLLOW_UP_NOTE.name(), "Udført efter rykker."));
    assertThat(pi).isEnded().hasPassed(EndEvent_ActionClosed.id());
  }
}
