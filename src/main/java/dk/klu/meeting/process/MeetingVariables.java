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
  public static final String ITEM_TITLE = "itemTitle";

  /** The item's title shortened for task names ({@link dk.klu.tasklist.TaskNames#subject}). */
  public static final String ITEM_NAME = "item";

  public static final String ITEM_TOPIC = "itemTopic";
  public static final String ITEM_DESCRIPTION = "itemDescription";
  public static final String ITEM_DISCUSSION_POINTS = "itemDiscussionPoints";
  public static final String ITEM_APPROACH = "itemApproach";
  public static final String ITEM_JUSTIFICATION = "itemJustification";
  public static final String ITEM_REQUESTED_KIND = "itemRequestedKind";
  public static final String ITEM_EXPECTED_MINUTES = "itemExpectedMinutes";
  public static final String ITEM_SUBMITTER = "itemSubmitter";
  public static final String ITEM_INFORMATION_ANSWER = "itemInformationAnswer";
  public static final String ITEM_AGENDA_KIND = "itemAgendaKind";

  /** Whether the item is confidential now (the triage form shows it and offers to lift it). */
  public static final String ITEM_CONFIDENTIAL = "itemConfidential";

  // triage form klu-triage-item
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String TRIAGE_RESOLUTION = "triageResolution";

  /** To whom the item is referred and why (sent to the submitter). */
  public static final String TRIAGE_REFERRAL = "triageReferral";

  public static final String TRIAGE_REJECTION_REASON = "triageRejectionReason";
  public static final String TRIAGE_INFORMATION_REQUEST = "triageInformationRequest";

  /** The secretariat marks an item confidential: public documents show it as "Lukket punkt". */
  public static final String TRIAGE_CONFIDENTIAL = "triageConfidential";

  /**
   * The secretariat's explicit choice to make a confidential item public. Confidentiality is only
   * lowered by this: an unticked or missing {@link #TRIAGE_CONFIDENTIAL} keeps what the item was.
   */
  public static final String TRIAGE_MAKE_PUBLIC = "triageMakePublic";

  public static final String INFORMATION_DUE = "informationDue";

  // submitter's form klu-item-information
  public static final String INFORMATION_ANSWER = "informationAnswer";

  // agenda review forms
  public static final String AGENDA_ITEMS = "agendaItems";
  public static final String AGENDA_AVAILABLE_MINUTES = "agendaAvailableMinutes";
  public static final String CHAIR_DECISION = "chairDecision";
  public static final String CHAIR_COMMENT = "chairComment";
  public static final String GP_CHAIR_DECISION = "gpChairDecision";
  public static final String GP_CHAIR_COMMENT = "gpChairComment";
  public static final String AGENDA_REVISION_NOTE = "agendaRevisionNote";

  // case presentation form
  public static final String CASE_PRESENTATION = "casePresentation";

  /** The case presentation may be published with the agenda (unticked: committee only). */
  public static final String CASE_PRESENTATION_PUBLIC = "casePresentationPublic";

  // attendance and minutes
  public static final String ATTENDANCE = "attendance";
  public static final String ADDITIONAL_GPS = "additionalGps";
  public static final String MINUTES_ITEMS = "minutesItems";
  public static final String FOLLOW_UP_ACTIONS = "followUpActions";

  /** The agenda tasks: every item sent in for the meeting and what became of it, as text. */
  public static final String AGENDA_RECEIVED_TEXT = "agendaReceivedText";

  /**
   * The chairs' review: the items sent in that are not on the agenda, as row slots with a "put back
   * on the agenda" box each (task-local; the submitted boxes are read when the task completes).
   */
  public static final String AGENDA_OFF_AGENDA = "agendaOffAgenda";

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
  public static final String ACTION_DESCRIPTION = "actionDescription";

  /** The action's text shortened for task names ({@link dk.klu.tasklist.TaskNames#subject}). */
  public static final String ACTION_NAME = "action";

  public static final String ACTION_OWNER = "actionOwner";
  public static final String ACTION_DUE = "actionDue";
  public static final String ACTION_REMINDER_DATE = "actionReminderDate";
  public static final String ACTION_ITEM_TITLE = "actionItemTitle";
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  // decisions
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  private MeetingVariables() {}
}
