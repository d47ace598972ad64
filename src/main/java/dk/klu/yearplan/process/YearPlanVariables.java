package dk.klu.yearplan.process;

/**
 * The variables of {@code klu-year-plan}, named once. Form field keys are these names.
 *
 * <p>The plan itself lives in klu_year_plan*; the process holds its id, the year, and the dates its
 * timers and due dates need (ISO 8601, computed from the plan and {@code klu.year-plan.*}).
 */
public final class YearPlanVariables {

  // start form klu-year-plan-start
  public static final String PLAN_YEAR = "planYear";
  public static final String MEETINGS = "meetings";
  public static final String DIALOGUE_PLANNED = "dialoguePlanned";
  public static final String DIALOGUE_DATE = "dialogueDate";
  public static final String STRATEGIC_TOPICS = "strategicTopics";
  public static final String INITIATOR = "yearPlanInitiator";

  // row fields
  public static final String ROW_DATE = "date";
  public static final String ROW_START_TIME = "startTime";
  public static final String ROW_END_TIME = "endTime";
  public static final String ROW_LOCATION = "location";
  public static final String ROW_TITLE = "title";
  public static final String ROW_TOPIC = "topic";
  public static final String ROW_MEETING_NUMBER = "meetingNumber";
  public static final String ROW_DESCRIPTION = "description";

  /** The secretariat plans fewer meetings than the rules of procedure name, on purpose. */
  public static final String FEWER_MEETINGS_CONFIRMED = "fewerMeetingsConfirmed";

  // set by registering the plan
  public static final String YEAR_PLAN_ID = "yearPlanId";
  public static final String DIALOGUE_LABEL = "dialogueLabel";
  public static final String DIALOGUE_ANNOUNCE_DATE = "dialogueAnnounceDate";
  public static final String DIALOGUE_PLAN_DUE = "dialoguePlanDue";
  public static final String DIALOGUE_PLAN_REMINDER = "dialoguePlanReminder";
  public static final String DIALOGUE_HELD_AT = "dialogueHeldAt";
  public static final String DIALOGUE_SUMMARY_DUE = "dialogueSummaryDue";
  public static final String DIALOGUE_SUMMARY_REMINDER = "dialogueSummaryReminder";

  // form klu-dialogue-plan
  public static final String DIALOGUE_PLACE = "dialoguePlace";
  public static final String DIALOGUE_PROGRAMME = "dialogueProgramme";

  // form klu-dialogue-summary
  public static final String DIALOGUE_SUMMARY = "dialogueSummary";
  public static final String DIALOGUE_PARTICIPANTS = "dialogueParticipants";

  // form klu-year-plan-next (task "Forbered årshjul for næste år")
  public static final String YEAR_WHEEL_DECISION = "yearWheelDecision";
  public static final String NEXT_PREFIX = "next";
  public static final String NEXT_PLAN_YEAR = "nextPlanYear";
  public static final String NEXT_MEETINGS = "nextMeetings";
  public static final String NEXT_DIALOGUE_PLANNED = "nextDialoguePlanned";
  public static final String NEXT_DIALOGUE_DATE = "nextDialogueDate";
  public static final String NEXT_STRATEGIC_TOPICS = "nextStrategicTopics";
  public static final String NEXT_FEWER_MEETINGS_CONFIRMED = "nextFewerMeetingsConfirmed";

  // the call activity klu-evaluation
  public static final String EVALUATION_YEAR = "year";

  /** Message correlated when the minutes of the plan's last meeting are published. */
  public static final String MESSAGE_LAST_MEETING_MINUTES = "Message_LastMeetingMinutesPublished";

  private YearPlanVariables() {}

  /** A start form key, or its next-year twin ("meetings" → "nextMeetings"). */
  public static String key(String prefix, String name) {
    return prefix.isEmpty()
        ? name
        : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
