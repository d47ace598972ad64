package dk.klu.followup.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;

/**
 * The contract of {@code klu-follow-up} (docs/adr/0012): the follow-up of one action the minutes
 * agreed, called by {@code klu-meeting} once per open action after the minutes are published, with
 * a reminder to its owner before the deadline and a warning to the secretariat after it. The action
 * lives in klu_follow_up_action; the process holds its id and its text and dates for the task and
 * the timers.
 */
public final class FollowUpProcess {

  public static final String KEY = "klu-follow-up";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_ActionOpen,
    UserTask_FollowUpAction,
    BoundaryEvent_ActionReminder,
    BoundaryEvent_ActionOverdue,
    ServiceTask_RemindActionOwner,
    ServiceTask_EscalateAction,
    ServiceTask_CloseAction,
    EndEvent_ActionReminded,
    EndEvent_ActionEscalated,
    EndEvent_ActionClosed;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    FOLLOW_UP
  }

  // passed in by klu-meeting (camunda:in)
  public static final Variable<Long> ACTION_ID = longVariable("actionId");
  public static final Variable<Long> MEETING_ID = longVariable("meetingId");

  /** The meeting in Tasklist's list: "KLU-møde 11.02.2027". */
  public static final Variable<String> MEETING_NAME = stringVariable("meeting");

  // the action's text and dates, put there when the follow-up starts
  public static final Variable<String> ACTION_DESCRIPTION = stringVariable("actionDescription");

  /** The action's text shortened for task names ({@link dk.klu.tasklist.TaskNames#subject}). */
  public static final Variable<String> ACTION_NAME = stringVariable("action");

  public static final Variable<String> ACTION_OWNER = stringVariable("actionOwner");
  public static final Variable<String> ACTION_DUE = stringVariable("actionDue");
  public static final Variable<String> ACTION_REMINDER_DATE = stringVariable("actionReminderDate");
  public static final Variable<String> ACTION_ITEM_TITLE = stringVariable("actionItemTitle");

  // follow-up form klu-follow-up
  public static final Variable<String> FOLLOW_UP_NOTE = stringVariable("followUpNote");

  private FollowUpProcess() {}
}
