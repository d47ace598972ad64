package dk.klu.roster.process;

import static dk.klu.roster.process.MemberProcess.*;
import static dk.klu.roster.process.MemberProcess.Element.*;
import static dk.klu.support.ProcessTestKit.clock;
import static dk.klu.support.ProcessTestKit.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
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
 * Process unit tests of {@code klu-member}: the term is entered, the secretariat introduces the new
 * member (the task named after them, due before their first meeting), is reminded when the
 * introduction is late, and the introduction is recorded.
 */
@Deployment(resources = {"bpmn/klu-member.bpmn"})
class KluMemberProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(1.0);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-01-04T10:00:00+01:00");

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void setUp() {
    clock(NOW);
    mocks.delegate(
        "addToRosterDelegate",
        TERM_ID.entry(42L),
        ROLE_TEXT.entry("Praktiserende læge (PLO)"),
        INTRODUCTION_DUE.entry("2027-02-04T09:00:00+01:00"),
        INTRODUCTION_REMINDER.entry("2027-02-01T09:00:00+01:00"));
    mocks.delegate("remindIntroductionDelegate");
    mocks.delegate("recordIntroductionDelegate");
  }

  ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(KEY, withVariables(NAME.name(), "Mette Mortensen"));
  }

  @Test
  void theSecretariatIntroducesTheNewMemberBeforeTheFirstMeeting() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt(UserTask_IntroduceMember.id());
    assertThat(task(pi))
        .hasName("Introducér nyt medlem: Mette Mortensen")
        .hasCandidateGroup("secretariat")
        .hasDueDate(Date.from(OffsetDateTime.parse("2027-02-04T09:00:00+01:00").toInstant()));
    complete(task(pi), withVariables(CONTACT.name(), "Sara Sekretær"));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            StartEvent_MemberProposed.id(),
            ServiceTask_AddToRoster.id(),
            UserTask_IntroduceMember.id(),
            ServiceTask_RecordIntroduction.id(),
            EndEvent_MemberIntroduced.id())
        .hasNotPassed(ServiceTask_RemindIntroduction.id());
    assertThat(mocks.calls("addToRosterDelegate")).isEqualTo(1);
    assertThat(mocks.calls("recordIntroductionDelegate")).isEqualTo(1);
  }

  @Test
  void aLateIntroductionIsRemindedAndTheTaskStays() {
    ProcessInstance pi = start();

    clock("2027-01-31T12:00:00+01:00");
    runDueTimers(pi);
    assertThat(mocks.calls("remindIntroductionDelegate")).isZero();
    clock("2027-02-01T09:01:00+01:00");
    runDueTimers(pi);
    assertThat(mocks.calls("remindIntroductionDelegate")).isEqualTo(1);
    assertThat(pi)
        .hasPassed(ServiceTask_RemindIntroduction.id(), EndEvent_IntroductionReminded.id())
        .isWaitingAt(UserTask_IntroduceMember.id());

    complete(task(pi), withVariables(CONTACT.name(), "Frederik Formand"));
    assertThat(pi).isEnded();
  }
}
