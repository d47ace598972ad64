package dk.klu.honorarium.process;

import static dk.klu.honorarium.process.HonorariumVariables.*;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
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

  private final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    mocks.delegate(
        "computeFeesDelegate",
        execution -> {
          assertThat(ProcessMocks.id(execution, MEETING_ID)).isEqualTo(MEETING);
          execution.setVariable(REMINDER_CYCLE, "R/P7D");
          execution.setVariable(APPROVAL_DUE, "2027-06-18T09:00:00+02:00");
          execution.setVariable(DECISION, null);
          execution.setVariable(CORRECTION_REASON, null);
        });
    mocks.delegate("approveFeeListDelegate");
    mocks.delegate("sendBackFeeListDelegate");
    mocks.delegate("saveCorrectedAttendanceDelegate");
    mocks.delegate("remindFeeApprovalDelegate");
  }

  @AfterEach
  void tearDown() {
    mocks.reset();
  }

  @Test
  void approvedAtOnce_listLocked() {
    ProcessInstance pi = start();

    assertThat(task("UserTask_ApproveFeeList", pi))
        .hasCandidateGroup("secretariat")
        .hasDueDate(Date.from(OffsetDateTime.parse("2027-06-18T09:00:00+02:00").toInstant()));
    complete(task("UserTask_ApproveFeeList", pi), withVariables(DECISION, APPROVE));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "StartEvent_AttendanceRegistered",
            "ServiceTask_ComputeFees",
            "UserTask_ApproveFeeList",
            "Gateway_FeeListApproved",
            "ServiceTask_LockFeeList",
            "EndEvent_FeeListApproved")
        .hasNotPassed("UserTask_CorrectAttendance", "ServiceTask_RemindSecretariat");
    assertThat(mocks.calls("computeFeesDelegate")).isEqualTo(1);
    assertThat(mocks.calls("approveFeeListDelegate")).isEqualTo(1);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void sentBack_attendanceCorrected_computedAgain_thenApproved() {
    ProcessInstance pi = start();

    complete(
        task("UserTask_ApproveFeeList", pi),
        withVariables(DECISION, CORRECT, CORRECTION_REASON, "Læge To gik før mødet."));
    assertThat(pi).isWaitingAt("UserTask_CorrectAttendance");
    assertThat(mocks.calls("sendBackFeeListDelegate")).isEqualTo(1);
    assertThat(mocks.calls("approveFeeListDelegate")).isZero();
    assertThat(task("UserTask_CorrectAttendance", pi)).hasCandidateGroup("secretariat");

    complete(task("UserTask_CorrectAttendance", pi));
    assertThat(mocks.calls("saveCorrectedAttendanceDelegate")).isEqualTo(1);
    // the new computation is a job of its own
    assertThat(pi).isWaitingAt("ServiceTask_ComputeFees");
    execute(job("ServiceTask_ComputeFees", pi));
    assertThat(mocks.calls("computeFeesDelegate")).isEqualTo(2);

    complete(task("UserTask_ApproveFeeList", pi), withVariables(DECISION, APPROVE));
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "ServiceTask_ComputeFees",
            "UserTask_ApproveFeeList",
            "ServiceTask_SendBackFeeList",
            "UserTask_CorrectAttendance",
            "ServiceTask_SaveCorrectedAttendance",
            "Gateway_ComputeMerge",
            "ServiceTask_ComputeFees",
            "UserTask_ApproveFeeList",
            "ServiceTask_LockFeeList",
            "EndEvent_FeeListApproved");
  }

  @Test
  void attendanceRegisteredAgainWhileAwaitingApproval_computedAgain() {
    ProcessInstance pi = start();
    String firstTask = task("UserTask_ApproveFeeList", pi).getId();

    runtimeService()
        .createMessageCorrelation(MESSAGE_ATTENDANCE_CORRECTED)
        .processInstanceBusinessKey(KEY)
        .correlateAllWithResult();

    assertThat(pi).hasPassed("BoundaryEvent_AttendanceRegisteredAgain");
    execute(job("ServiceTask_ComputeFees", pi));
    assertThat(mocks.calls("computeFeesDelegate")).isEqualTo(2);
    assertThat(task("UserTask_ApproveFeeList", pi).getId()).isNotEqualTo(firstTask);
    assertThat(
            runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(KEY).count())
        .isEqualTo(1);

    complete(task("UserTask_ApproveFeeList", pi), withVariables(DECISION, APPROVE));
    assertThat(pi).isEnded().hasPassed("EndEvent_FeeListApproved");
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
        .isWaitingAt("UserTask_ApproveFeeList")
        .hasPassed("ServiceTask_RemindSecretariat", "EndEvent_SecretariatReminded");

    complete(task("UserTask_ApproveFeeList", pi), withVariables(DECISION, APPROVE));
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
            .setVariable(MEETING_ID, MEETING)
            .correlateStartMessage();
    assertThat(pi).hasBusinessKey(KEY).isWaitingAt("ServiceTask_ComputeFees");
    assertThat(mocks.calls("computeFeesDelegate")).isZero();
    execute(job("ServiceTask_ComputeFees", pi));
    assertThat(pi).isWaitingAt("UserTask_ApproveFeeList");
    return pi;
  }
}
