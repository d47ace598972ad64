package dk.klu.meeting.process;

/**
 * The variables of {@code klu-meeting}, named once. Form field keys are these names.
 *
 * <p>Process variables hold ids, dates the timers need, and the values gateways and forms need; the
 * business data lives in the klu_ tables.
 */
public final class MeetingVariables {

  // start form klu-meeting-start
  public static final String MEETING_START = "meetingStart";
  public static final String MEETING_LOCATION = "meetingLocation";
  public static final String MEETING_TITLE = "meetingTitle";

  /** The secretariat confirms planning a meeting whose call should already have gone out. */
  public static final String MEETING_SHORT_NOTICE = "meetingShortNotice";

  /** Optional planned end (the year plan gives one); else the rules' meeting duration. */
  public static final String MEETING_PLANNED_END = "meetingPlannedEnd";

  // set by planning
  public static final String MEETING_ID = "meetingId";
  public static final String CALL_DATE = "callDate";
  public static final String INTAKE_REMINDER_DATE = "intakeReminderDate";
  public static final String ITEM_DEADLINE = "itemDeadline";
  public static final String TRIAGE_DUE = "triageDue";
  public static final String CHAIR_REVIEW_DUE = "chairReviewDue";
  public static final String CASE_PRESENTATION_DUE = "casePresentationDue";
  public static final String AGENDA_SEND_DATE = "agendaSendDate";
  public static final String MEETING_END = "meetingEnd";
  public static final String MINUTES_DRAFT_DUE = "minutesDraftDue";
  public static final String MINUTES_APPROVAL_DUE = "minutesApprovalDue";
  public static final String CHAIR_USER = "chairUser";
  public static final String GP_CHAIR_USER = "gpChairUser";
  public static final String MEETING_LABEL = "meetingLabel";

  /** The meeting in task names and Tasklist's list: "KLU-møde 11.02.2027". */
  public static final String MEETING_NAME = "meeting";

  // per item (multi-instance element variable) and its display values
  public static final String ITEM_ID = "itemId";

  // triage form klu-triage-item

  // submitter's form klu-item-information

  // agenda review forms
  public static final String AGENDA_AVAILABLE_MINUTES = "agendaAvailableMinutes";

  // case presentation form

  // attendance and minutes
  public static final String ATTENDANCE = "attendance";
  public static final String ADDITIONAL_GPS = "additionalGps";
  public static final String MINUTES_ITEMS = "minutesItems";
  public static final String FOLLOW_UP_ACTIONS = "followUpActions";

  /** The chairs' minutes approvals: the attendance and the follow-up actions, as text. */
  public static final String MINUTES_ATTENDANCE_TEXT = "minutesAttendanceText";

  public static final String MINUTES_ACTIONS_TEXT = "minutesActionsText";
  public static final String MINUTES_CHAIR_DECISION = "minutesChairDecision";
  public static final String MINUTES_CHAIR_COMMENT = "minutesChairComment";
  public static final String MINUTES_GP_CHAIR_DECISION = "minutesGpChairDecision";
  public static final String MINUTES_GP_CHAIR_COMMENT = "minutesGpChairComment";
  public static final String MINUTES_APPROVED = "minutesApproved";

  // follow-up (multi-instance element variable and its display values)
  public static final String ACTION_ID = "actionId";

  // decisions
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  private MeetingVariables() {}
}
