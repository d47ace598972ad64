package dk.klu.honorarium.process;

import static dk.klu.honorarium.process.HonorariumProcess.*;
import static dk.klu.honorarium.process.HonorariumProcess.Element.*;
import static dk.klu.support.ProcessTestKit.moveClock;
import static dk.klu.support.ProcessTestKit.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
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
 * Process unit tests of {@code klu-honorarium}: approved at once; sent back, corrected and then
 * approved; the attendance registered again while the list awaits approval (computed again, no
 * second process); and the weekly reminder while the approval waits (clock moved).
 */
@Deployment(resources = {"bpmn/klu-honorarium.bpmn", "bpmn/klu-fee-eligibility.dmn"})
class KluHonorariumProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(1.0);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final long MEETING = 17L;
  private static final String KEY = "honorarium-" + MEETING;
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-06-11T09:00:00+02:00");

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void setUp() {
    ProcessTestKit.clock(NOW);
    mocks.delegate(
        "computeFeesDelegate",
        execution -> {
          assertThat(ProcessMocks.id(execution, MEETING_ID.name())).isEqualTo(MEETING);
          MEETING_NAME.set(execution, "KLU-møde 10.06.2027");
          REMINDER_CYCLE.set(execution, "R/P7D");
          APPROVAL_DUE.set(execution, "2027-06-18T09:00:00+02:00");
          DECISION.clear(execution);
          CORRECTION_REASON.clear(execution);
        });
    mocks.delegate("approveFeeListDelegate");
    mocks.delegate("sendBackFeeListDelegate");
    mocks.delegate("saveCorrectedAttendanceDelegate");
    mocks.delegate("remindFeeApprovalDelegate");
  }

  @Test
  void approvedAtOnce_listLocked() {
    ProcessInstance pi = start();

    assertThat(task(UserTask_ApproveFeeList.id(), pi))
        .hasName("Godkend honorarliste: KLU-møde 10.06.2027")
        .hasCandidateGroup("secretariat")
        .hasDueDate(Date.from(OffsetDateTime.parse("2027-06-18T09:00:00+02:00").toInstant()));
    complete(task(UserTask_ApproveFeeList.id(), pi), withVariables(DECISION.name(), APPROVE));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            StartEvent_AttendanceRegistered.id(),
            ServiceTask_ComputeFees.id(),
            UserTask_ApproveFeeList.id(),
            Gateway_FeeListApproved.id(),
            ServiceTask_LockFeeList.id(),
            EndEvent_FeeListApproved.id())
        .hasNotPassed(UserTask_CorrectAttendance.id(), ServiceTask_RemindSecretariat.id());
    assertThat(mocks.calls("computeFeesDelegate")).isEqualTo(1);
    assertThat(mocks.calls("approveFeeListDelegate")).isEqualTo(1);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void sentBack_attendanceCorrected_computedAgain_thenApproved() {
    ProcessInstance pi = start();

    complete(
        task(UserTask_ApproveFeeList.id(), pi),
        withVariables(
            DECISION.name(), CORRECT, CORRECTION_REASON.name(), "Læge To gik før mødet."));
    assertThat(pi).isWaitingAt(UserTask_CorrectAttendance.id());
    assertThat(mocks.calls("sendBackFeeListDelegate")).isEqualTo(1);
    assertThat(mocks.calls("approveFeeListDelegate")).isZero();
    assertThat(task(UserTask_CorrectAttendance.id(), pi)).hasCandidateGroup("secretariat");

    complete(task(UserTask_CorrectAttendance.id(), pi));
    assertThat(mocks.calls("saveCorrectedAttendanceDelegate")).isEqualTo(1);
    // the new computation is a job of its own
    assertThat(pi).isWaitingAt(ServiceTask_ComputeFees.id());
    execute(job(ServiceTask_ComputeFees.id(), pi));
    assertThat(mocks.calls("computeFeesDelegate")).isEqualTo(2);

    complete(task(UserTask_ApproveFeeList.id(), pi), withVariables(DECISION.name(), APPROVE));
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            ServiceTask_ComputeFees.id(),
            UserTask_ApproveFeeList.id(),
            ServiceTask_SendBackFeeList.id(),
            UserTask_CorrectAttendance.id(),
            ServiceTask_SaveCorrectedAttendance.id(),
            Gateway_ComputeMerge.id(),
            ServiceTask_ComputeFees.id(),
            UserTask_ApproveFeeList.id(),
            ServiceTask_LockFeeList.id(),
            EndEvent_FeeListApproved.id());
  }

  @Test
  void attendanceRegisteredAgainWhileAwaitingApproval_computedAgain() {
    ProcessInstance pi = start();
    String firstTask = task(UserTask_ApproveFeeList.id(), pi).getId();

    runtimeService()
        .createMessageCorrelation(MESSAGE_ATTENDANCE_CORRECTED)
        .processInstanceBusinessKey(KEY)
        .correlateAllWithResult();

    assertThat(pi).hasPassed(BoundaryEvent_AttendanceRegisteredAgain.id());
    execute(job(ServiceTask_ComputeFees.id(), pi));
    assertThat(mocks.calls("computeFeesDelegate")).isEqualTo(2);
    assertThat(task(UserTask_ApproveFeeList.id(), pi).getId()).isNotEqualTo(firstTask);
    assertThat(
            runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(KEY).count())
        .isEqualTo(1);

    complete(task(UserTask_ApproveFeeList.id(), pi), withVariables(DECISION.name(), APPROVE));
    assertThat(pi).isEnded().hasPassed(EndEvent_FeeListApproved.id());
  }

  @Test
  void remindedEverySevenDaysWhileNotApproved() {
    ProcessInstance pi = start();

    moveClock(6);
    runDueTimers(pi);
    assertThat(mocks.calls("remindFeeApprovalDelegate")).isZero();
    moveClock(1);
    runDueTimers(pi);
    assertThat(mocks.calls("remindFeeApprovalDelegate")).isEqualTo(1);
    moveClock(7);
    runDueTimers(pi);
    assertThat(mocks.calls("remindFeeApprovalDelegate")).isEqualTo(2);
    assertThat(pi)
        .isWaitingAt(UserTask_ApproveFeeList.id())
        .hasPassed(ServiceTask_RemindSecretariat.id(), EndEvent_SecretariatReminded.id());

    complete(task(UserTask_ApproveFeeList.id(), pi), withVariables(DECISION.name(), APPROVE));
    assertThat(pi).isEnded();
    // the approval ended the reminders
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  // --- helpers -----------------------------------------------------------------------------

  /** What registering the attendance does: the start; the computation is the process's own job. */
  private ProcessInstance start() {
    ProcessInstance pi =
        runtimeService()
            .createMessageCorrelation(MESSAGE_ATTENDANCE_REGISTERED)
            .processInstanceBusinessKey(KEY)
            .setVariable(MEETING_ID.name(), MEETING)
            .correlateStartMessage();
    assertThat(pi).hasBusinessKey(KEY).isWaitingAt(ServiceTask_ComputeFees.id());
    assertThat(mocks.calls("computeFeesDelegate")).isZero();
    execute(job(ServiceTask_ComputeFees.id(), pi));
    assertThat(pi).isWaitingAt(UserTask_ApproveFeeList.id());
    return pi;
  }
}
