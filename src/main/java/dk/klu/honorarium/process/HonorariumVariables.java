package dk.klu.honorarium.process;

/**
 * The variables of {@code klu-honorarium}, named once. Form field keys are these names; the fee
 * list itself lives in klu_fee_list and klu_fee_line.
 */
public final class HonorariumVariables {

  // message start from the registered attendance, and the correction message
  public static final String MESSAGE_ATTENDANCE_REGISTERED = "Message_AttendanceRegistered";
  public static final String MESSAGE_ATTENDANCE_CORRECTED = "Message_AttendanceCorrected";
  public static final String MEETING_ID = "feeMeetingId";

  // set when the list is computed: what the approval form shows
  public static final String MEETING_LABEL = "feeMeetingLabel";
  public static final String FEE_LINES = "feeLines";
  public static final String FEE_SUMMARY = "feeSummary";
  public static final String FEE_TOTAL = "feeTotal";
  public static final String APPROVAL_DUE = "feeApprovalDue";
  public static final String REMINDER_CYCLE = "feeReminderCycle";

  // approval form klu-honorarium-approval
  public static final String DECISION = "feeDecision";
  public static final String CORRECTION_REASON = "feeCorrectionReason";

  // correction form klu-honorarium-correction: the attendance as row slots
  public static final String ATTENDANCE = "feeAttendance";
  public static final String ADDITIONAL_GPS = "feeAdditionalGps";

  /** Approval decisions. */
  public static final String APPROVE = "APPROVE";

  public static final String CORRECT = "CORRECT";

  /** The decision table. */
  public static final String ELIGIBILITY_DECISION = "klu-fee-eligibility";

  private HonorariumVariables() {}
}
