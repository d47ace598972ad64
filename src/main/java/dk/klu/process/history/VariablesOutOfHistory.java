package dk.klu.process.history;

import dk.klu.agreement.process.AgreementProcess;
import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.honorarium.process.HonorariumProcess;
import dk.klu.meeting.process.MeetingVariables;
import dk.klu.security.KluProcesses;
import dk.klu.yearplan.process.YearPlanProcess;
import java.util.Set;

/**
 * The process variables whose versions the history does not keep (docs/adr/0014): lists and display
 * texts that the process layer fills from the klu_ tables for a form to show, and the row slots a
 * form submits back into those tables. Their content is in the klu_ tables; history keeps what an
 * audit needs (decisions, comments, notes, ids, dates) and the variables stay ordinary runtime
 * variables for the forms.
 *
 * <p>Declared once here from the contracts' own constants (klu-meeting's names are still {@code
 * MeetingVariables} strings); {@link AuditHistoryEventHandler} leaves them out of {@code
 * ACT_HI_VARINST} and {@code ACT_HI_DETAIL}. A name here is left out in every process that uses it,
 * so a name that also carries an audited value elsewhere must not be added.
 */
public final class VariablesOutOfHistory {

  /** The names left out of history. */
  public static final Set<String> NAMES =
      Set.of(
          // klu-meeting: the agenda, attendance and minutes lists and their texts, rewritten at
          // every chair's and the secretariat's step
          MeetingVariables.AGENDA_ITEMS,
          MeetingVariables.AGENDA_OFF_AGENDA,
          MeetingVariables.AGENDA_RECEIVED_TEXT,
          MeetingVariables.ATTENDANCE,
          MeetingVariables.ADDITIONAL_GPS,
          MeetingVariables.MINUTES_ITEMS,
          MeetingVariables.FOLLOW_UP_ACTIONS,
          MeetingVariables.MINUTES_ATTENDANCE_TEXT,
          MeetingVariables.MINUTES_ACTIONS_TEXT,
          // klu-honorarium: the fee list and the attendance it is corrected from
          HonorariumProcess.FEE_LINES.name(),
          HonorariumProcess.FEE_SUMMARY.name(),
          HonorariumProcess.ATTENDANCE.name(),
          HonorariumProcess.ADDITIONAL_GPS.name(),
          // klu-year-plan: the year's meetings and topics, and next year's proposal
          YearPlanProcess.MEETINGS.name(),
          YearPlanProcess.STRATEGIC_TOPICS.name(),
          YearPlanProcess.NEXT_MEETINGS.name(),
          YearPlanProcess.NEXT_STRATEGIC_TOPICS.name(),
          // display texts computed from the klu_ tables for one form
          EvaluationProcess.FIGURES.name(),
          AgreementProcess.ROUTE_OPTIONS_TEXT.name());

  /**
   * Left out of klu-meeting's history only: the item's and the follow-up action's values that the
   * meeting copies from the klu_ tables onto each item's and action's execution (triage, case
   * presentation and follow-up forms, task names), again in every round. klu-agenda-item keeps the
   * same names in its history: there they are the GP's submission.
   */
  public static final Set<String> MEETING_COPIES =
      Set.of(
          MeetingVariables.ITEM_TITLE,
          MeetingVariables.ITEM_NAME,
          MeetingVariables.ITEM_TOPIC,
          MeetingVariables.ITEM_DESCRIPTION,
          MeetingVariables.ITEM_DISCUSSION_POINTS,
          MeetingVariables.ITEM_APPROACH,
          MeetingVariables.ITEM_JUSTIFICATION,
          MeetingVariables.ITEM_REQUESTED_KIND,
          MeetingVariables.ITEM_EXPECTED_MINUTES,
          MeetingVariables.ITEM_SUBMITTER,
          MeetingVariables.ITEM_INFORMATION_ANSWER,
          MeetingVariables.ITEM_AGENDA_KIND,
          MeetingVariables.ITEM_CONFIDENTIAL,
          MeetingVariables.ACTION_DESCRIPTION,
          MeetingVariables.ACTION_NAME,
          MeetingVariables.ACTION_ITEM_TITLE);

  private VariablesOutOfHistory() {}

  /**
   * Whether the history leaves out the variable {@code name} of a process of {@code
   * processDefinitionKey}.
   */
  public static boolean leftOut(String processDefinitionKey, String name) {
    return name != null
        && (NAMES.contains(name)
            || KluProcesses.MEETING.equals(processDefinitionKey) && MEETING_COPIES.contains(name));
  }
}
