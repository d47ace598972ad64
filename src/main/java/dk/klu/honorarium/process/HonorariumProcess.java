package dk.klu.honorarium.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;

/**
 * The contract of {@code klu-honorarium} (docs/adr/0012): its key, the elements of
 * bpmn/klu-honorarium.bpmn, its messages, its decision table, its forms and its variables, each
 * declared once and typed; form field keys are these variable names. The fee list itself lives in
 * klu_fee_list and klu_fee_line.
 */
public final class HonorariumProcess {

  public static final String KEY = "klu-honorarium";

  /** The decision table that decides who is paid, per person. */
  public static final String ELIGIBILITY_DECISION = "klu-fee-eligibility";

  /** The message start from the registered attendance. */
  public static final String MESSAGE_ATTENDANCE_REGISTERED = "Message_AttendanceRegistered";

  /** Attendance registered again while the list awaits approval: computed again. */
  public static final String MESSAGE_ATTENDANCE_CORRECTED = "Message_AttendanceCorrected";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_AttendanceRegistered,
    Gateway_ComputeMerge,
    ServiceTask_ComputeFees,
    UserTask_ApproveFeeList,
    BoundaryEvent_ApprovalReminder,
    BoundaryEvent_AttendanceRegisteredAgain,
    ServiceTask_RemindSecretariat,
    EndEvent_SecretariatReminded,
    Gateway_FeeListApproved,
    ServiceTask_LockFeeList,
    EndEvent_FeeListApproved,
    ServiceTask_SendBackFeeList,
    UserTask_CorrectAttendance,
    ServiceTask_SaveCorrectedAttendance;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    HONORARIUM_APPROVAL,
    HONORARIUM_CORRECTION
  }

  /** Carried by the message start: the meeting whose fees these are. */
  public static final Variable<Long> MEETING_ID = longVariable("feeMeetingId");

  // set when the list is computed: what the approval form shows
  public static final Variable<String> MEETING_LABEL = stringVariable("feeMeetingLabel");

  /** The meeting as the task names say it: "KLU-møde 11.02.2027" ({@code TaskNames}). */
  public static final Variable<String> MEETING_NAME = stringVariable("meeting");

  /** The fee lines as row slots (Spin JSON, docs/adr/0003). */
  public static final Variable<Object> FEE_LINES = objectVariable("feeLines");

  public static final Variable<String> FEE_SUMMARY = stringVariable("feeSummary");
  public static final Variable<String> FEE_TOTAL = stringVariable("feeTotal");
  public static final Variable<String> APPROVAL_DUE = stringVariable("feeApprovalDue");
  public static final Variable<String> REMINDER_CYCLE = stringVariable("feeReminderCycle");

  // approval form klu-honorarium-approval
  /** {@link #APPROVE} or {@link #CORRECT}. */
  public static final Variable<String> DECISION = stringVariable("feeDecision");

  public static final Variable<String> CORRECTION_REASON = stringVariable("feeCorrectionReason");

  // correction form klu-honorarium-correction: the attendance as row slots (Spin JSON)
  public static final Variable<Object> ATTENDANCE = objectVariable("feeAttendance");
  public static final Variable<Object> ADDITIONAL_GPS = objectVariable("feeAdditionalGps");

  /** Approval decisions. */
  public static final String APPROVE = "APPROVE";

  public static final String CORRECT = "CORRECT";

  private HonorariumProcess() {}
}
