package dk.klu.meeting.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;

/**
 * The contract of {@code klu-meeting} (docs/adr/0012): its key, the elements of
 * bpmn/klu-meeting.bpmn, its forms and its variables, each declared once and typed; form field keys
 * are these variable names. The meeting lives in klu_meeting; the process holds its id, the dates
 * its timers and tasks need, the chairs and the chairs' decisions on the minutes. The triage, the
 * agenda's preparation and the follow-up are processes of their own that the meeting calls ({@code
 * TriageProcess}, {@link AgendaPreparationProcess}, {@code FollowUpProcess}, ADR 0015).
 */
public final class MeetingProcess {

  public static final String KEY = "klu-meeting";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_MeetingCreated,
    ServiceTask_PlanMeeting,
    TimerEvent_CallDate,
    ServiceTask_SendCallForItems,
    SubProcess_ItemIntake,
    StartEvent_IntakeOpened,
    TimerEvent_ItemDeadline,
    EndEvent_IntakeClosed,
    BoundaryEvent_IntakeReminder,
    ServiceTask_SendIntakeReminder,
    EndEvent_IntakeReminderSent,
    ServiceTask_CloseIntake,
    CallActivity_TriageItems,
    ServiceTask_DraftAgenda,
    CallActivity_PrepareAgenda,
    BoundaryEvent_AgendaLate,
    ServiceTask_NotifyAgendaLate,
    EndEvent_AgendaLateNotified,
    TimerEvent_AgendaSendDate,
    ServiceTask_SendAgenda,
    TimerEvent_MeetingHeld,
    ServiceTask_PrepareMinutes,
    UserTask_RegisterAttendance,
    UserTask_WriteMinutes,
    Gateway_MinutesMerge,
    ServiceTask_SaveMinutes,
    Gateway_MinutesApprovalSplit,
    UserTask_ApproveMinutesChair,
    UserTask_ApproveMinutesGpChair,
    Gateway_MinutesApprovalJoin,
    Gateway_MinutesApproved,
    UserTask_ReviseMinutes,
    ServiceTask_PublishMinutes,
    CallActivity_FollowUpActions,
    ServiceTask_CloseMeeting,
    EndEvent_MeetingClosed;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    MEETING_START,
    ATTENDANCE,
    MINUTES,
    MINUTES_APPROVAL_CHAIR,
    MINUTES_APPROVAL_GP_CHAIR,
    MINUTES_REVISION
  }

  // start form klu-meeting-start
  /** Date and time the meeting starts, as the form sends it ({@code 2027-03-11T14:00}). */
  public static final Variable<String> MEETING_START = stringVariable("meetingStart");

  public static final Variable<String> MEETING_LOCATION = stringVariable("meetingLocation");
  public static final Variable<String> MEETING_TITLE = stringVariable("meetingTitle");

  /** The secretariat confirms planning a meeting whose call should already have gone out. */
  public static final Variable<Boolean> MEETING_SHORT_NOTICE =
      booleanVariable("meetingShortNotice");

  /** Optional planned end (the year plan gives one); else the rules' meeting duration. */
  public static final Variable<String> MEETING_PLANNED_END = stringVariable("meetingPlannedEnd");

  /** The start's {@code camunda:initiator}: who planned the meeting. */
  public static final Variable<String> INITIATOR = stringVariable("meetingInitiator");

  // set by planning: the meeting's id, its dates (ISO, for timers and due dates), its chairs
  public static final Variable<Long> MEETING_ID = longVariable("meetingId");
  public static final Variable<String> CALL_DATE = stringVariable("callDate");
  public static final Variable<String> INTAKE_REMINDER_DATE = stringVariable("intakeReminderDate");
  public static final Variable<String> ITEM_DEADLINE = stringVariable("itemDeadline");
  public static final Variable<String> TRIAGE_DUE = stringVariable("triageDue");
  public static final Variable<String> CHAIR_REVIEW_DUE = stringVariable("chairReviewDue");
  public static final Variable<String> CASE_PRESENTATION_DUE =
      stringVariable("casePresentationDue");
  public static final Variable<String> AGENDA_SEND_DATE = stringVariable("agendaSendDate");
  public static final Variable<String> MEETING_END = stringVariable("meetingEnd");
  public static final Variable<String> MINUTES_DRAFT_DUE = stringVariable("minutesDraftDue");
  public static final Variable<String> MINUTES_APPROVAL_DUE = stringVariable("minutesApprovalDue");
  public static final Variable<String> CHAIR_USER = stringVariable("chairUser");
  public static final Variable<String> GP_CHAIR_USER = stringVariable("gpChairUser");
  public static final Variable<String> MEETING_LABEL = stringVariable("meetingLabel");

  /** The meeting in task names and Tasklist's list: "KLU-møde 11.02.2027". */
  public static final Variable<String> MEETING_NAME = stringVariable("meeting");

  /** The item of a triage (the loop's element, passed to {@code klu-item-triage}). */
  public static final Variable<Long> ITEM_ID = longVariable("itemId");

  /** The minutes the agenda has for items (set with the draft, shown by the chairs' review). */
  public static final Variable<Integer> AGENDA_AVAILABLE_MINUTES =
      intVariable("agendaAvailableMinutes");

  // attendance and minutes: row slots, filled from the klu_ tables when a task opens
  public static final Variable<Object> ATTENDANCE = objectVariable("attendance");
  public static final Variable<Object> ADDITIONAL_GPS = objectVariable("additionalGps");
  public static final Variable<Object> MINUTES_ITEMS = objectVariable("minutesItems");
  public static final Variable<Object> FOLLOW_UP_ACTIONS = objectVariable("followUpActions");

  /** The chairs' minutes approvals: the attendance and the follow-up actions, as text. */
  public static final Variable<String> MINUTES_ATTENDANCE_TEXT =
      stringVariable("minutesAttendanceText");

  public static final Variable<String> MINUTES_ACTIONS_TEXT = stringVariable("minutesActionsText");

  /** {@link #APPROVE} or {@link #RETURN}. */
  public static final Variable<String> MINUTES_CHAIR_DECISION =
      stringVariable("minutesChairDecision");

  public static final Variable<String> MINUTES_CHAIR_COMMENT =
      stringVariable("minutesChairComment");
  public static final Variable<String> MINUTES_GP_CHAIR_DECISION =
      stringVariable("minutesGpChairDecision");
  public static final Variable<String> MINUTES_GP_CHAIR_COMMENT =
      stringVariable("minutesGpChairComment");
  public static final Variable<Boolean> MINUTES_APPROVED = booleanVariable("minutesApproved");

  /** The action of a follow-up (the loop's element, passed to {@code klu-follow-up}). */
  public static final Variable<Long> ACTION_ID = longVariable("actionId");

  // decisions
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  private MeetingProcess() {}
}
