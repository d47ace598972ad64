package dk.klu.yearplan.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract of {@code klu-year-plan} (docs/adr/0012): its key, the elements of
 * bpmn/klu-year-plan.bpmn, its message, its forms and its variables, each declared once and typed;
 * form field keys are these variable names.
 *
 * <p>The plan itself lives in klu_year_plan*; the process holds its id, the year, and the dates its
 * timers and due dates need (ISO 8601, computed from the plan and {@code klu.year-plan.*}). The
 * annual evaluation it calls gets the year as {@code klu-evaluation}'s own {@code year}.
 */
public final class YearPlanProcess {

  public static final String KEY = "klu-year-plan";

  /** Correlated when the minutes of the plan's last meeting are published. */
  public static final String MESSAGE_LAST_MEETING_MINUTES = "Message_LastMeetingMinutesPublished";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_YearPlanStarted,
    ServiceTask_RegisterYearPlan,
    ServiceTask_StartMeetings,
    ServiceTask_PlaceTopics,
    Gateway_YearStarts,
    Gateway_DialoguePlanned,
    TimerEvent_AnnounceDialogue,
    ServiceTask_AnnounceDialogue,
    UserTask_PlanDialogue,
    BoundaryEvent_PlanDialogueReminder,
    ServiceTask_RemindDialoguePlanning,
    EndEvent_PlanDialogueReminded,
    ServiceTask_RecordDialoguePlan,
    TimerEvent_DialogueHeld,
    UserTask_WriteDialogueSummary,
    BoundaryEvent_SummaryReminder,
    ServiceTask_RemindDialogueSummary,
    EndEvent_SummaryReminded,
    ServiceTask_ArchiveDialogueSummary,
    Gateway_DialogueDone,
    CallActivity_AnnualEvaluation,
    MessageEvent_LastMeetingMinutes,
    Gateway_YearClosing,
    UserTask_PrepareNextYear,
    ServiceTask_StartNextYear,
    Gateway_YearEnds,
    EndEvent_YearCompleted;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    YEAR_PLAN_START,
    YEAR_PLAN_NEXT,
    DIALOGUE_PLAN,
    DIALOGUE_SUMMARY
  }

  // start form klu-year-plan-start; the year is set again by registration
  public static final Variable<Integer> PLAN_YEAR = intVariable("planYear");

  /** The meetings as row slots (Spin JSON, docs/adr/0003), each row keyed by the ROW_ names. */
  public static final Variable<Object> MEETINGS = objectVariable("meetings");

  /** Set again by registration: the gateway "Dialogmøde i år?" reads it. */
  public static final Variable<Boolean> DIALOGUE_PLANNED = booleanVariable("dialoguePlanned");

  public static final Variable<LocalDate> DIALOGUE_DATE = localDateVariable("dialogueDate");

  /** The strategic topics as row slots (Spin JSON). */
  public static final Variable<Object> STRATEGIC_TOPICS = objectVariable("strategicTopics");

  /** The secretariat plans fewer meetings than the rules of procedure name, on purpose. */
  public static final Variable<Boolean> FEWER_MEETINGS_CONFIRMED =
      booleanVariable("fewerMeetingsConfirmed");

  /** Set by the start event ({@code camunda:initiator}). */
  public static final Variable<String> INITIATOR = stringVariable("yearPlanInitiator");

  // set by registering the plan: its id, and the dialogue meeting's label, timers and due dates
  public static final Variable<Long> YEAR_PLAN_ID = longVariable("yearPlanId");
  public static final Variable<String> DIALOGUE_LABEL = stringVariable("dialogueLabel");
  public static final Variable<String> DIALOGUE_ANNOUNCE_DATE =
      stringVariable("dialogueAnnounceDate");
  public static final Variable<String> DIALOGUE_PLAN_DUE = stringVariable("dialoguePlanDue");
  public static final Variable<String> DIALOGUE_PLAN_REMINDER =
      stringVariable("dialoguePlanReminder");
  public static final Variable<String> DIALOGUE_HELD_AT = stringVariable("dialogueHeldAt");
  public static final Variable<String> DIALOGUE_SUMMARY_DUE = stringVariable("dialogueSummaryDue");
  public static final Variable<String> DIALOGUE_SUMMARY_REMINDER =
      stringVariable("dialogueSummaryReminder");

  // form klu-dialogue-plan
  public static final Variable<String> DIALOGUE_PLACE = stringVariable("dialoguePlace");
  public static final Variable<String> DIALOGUE_PROGRAMME = stringVariable("dialogueProgramme");

  // form klu-dialogue-summary
  public static final Variable<String> DIALOGUE_SUMMARY = stringVariable("dialogueSummary");
  public static final Variable<Integer> DIALOGUE_PARTICIPANTS = intVariable("dialogueParticipants");

  // form klu-year-plan-next (task "Forbered årshjul for næste år"), filled when the task is made:
  // the committee's decision, and the start form's questions again for next year
  public static final Variable<String> YEAR_WHEEL_DECISION = stringVariable("yearWheelDecision");
  public static final Variable<Integer> NEXT_PLAN_YEAR = intVariable("nextPlanYear");
  public static final Variable<Object> NEXT_MEETINGS = objectVariable("nextMeetings");
  public static final Variable<Boolean> NEXT_DIALOGUE_PLANNED =
      booleanVariable("nextDialoguePlanned");
  public static final Variable<LocalDate> NEXT_DIALOGUE_DATE =
      localDateVariable("nextDialogueDate");
  public static final Variable<Object> NEXT_STRATEGIC_TOPICS =
      objectVariable("nextStrategicTopics");
  public static final Variable<Boolean> NEXT_FEWER_MEETINGS_CONFIRMED =
      booleanVariable("nextFewerMeetingsConfirmed");

  /** The questions of a year plan's form: the start form's, or next year's. */
  public record PlanFields(
      Variable<Integer> year,
      Variable<Object> meetings,
      Variable<Boolean> dialoguePlanned,
      Variable<LocalDate> dialogueDate,
      Variable<Object> strategicTopics,
      Variable<Boolean> fewerMeetingsConfirmed) {

    public List<Variable<?>> all() {
      return List.of(
          year, meetings, dialoguePlanned, dialogueDate, strategicTopics, fewerMeetingsConfirmed);
    }
  }

  public static final PlanFields THIS_YEAR =
      new PlanFields(
          PLAN_YEAR,
          MEETINGS,
          DIALOGUE_PLANNED,
          DIALOGUE_DATE,
          STRATEGIC_TOPICS,
          FEWER_MEETINGS_CONFIRMED);

  public static final PlanFields NEXT_YEAR =
      new PlanFields(
          NEXT_PLAN_YEAR,
          NEXT_MEETINGS,
          NEXT_DIALOGUE_PLANNED,
          NEXT_DIALOGUE_DATE,
          NEXT_STRATEGIC_TOPICS,
          NEXT_FEWER_MEETINGS_CONFIRMED);

  // the keys of a meeting's row
  public static final String ROW_DATE = "date";
  public static final String ROW_START_TIME = "startTime";
  public static final String ROW_END_TIME = "endTime";
  public static final String ROW_LOCATION = "location";

  // the keys of a strategic topic's row
  public static final String ROW_TITLE = "title";
  public static final String ROW_TOPIC = "topic";
  public static final String ROW_MEETING_NUMBER = "meetingNumber";
  public static final String ROW_DESCRIPTION = "description";

  private YearPlanProcess() {}
}
