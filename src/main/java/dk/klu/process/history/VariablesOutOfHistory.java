package dk.klu.process.history;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agenda.process.TriageProcess;
import dk.klu.agreement.process.AgreementProcess;
import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.followup.process.FollowUpProcess;
import dk.klu.honorarium.process.HonorariumProcess;
import dk.klu.meeting.process.AgendaPreparationProcess;
import dk.klu.meeting.process.MeetingProcess;
import dk.klu.process.contract.Variable;
import dk.klu.security.KluProcesses;
import dk.klu.yearplan.process.YearPlanProcess;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The process variables whose versions the history does not keep (docs/adr/0014): lists and display
 * texts that the process layer fills from the klu_ tables for a form to show, and the row slots a
 * form submits back into those tables. Their content is in the klu_ tables; history keeps what an
 * audit needs (decisions, comments, notes, ids, dates) and the variables stay ordinary runtime
 * variables for the forms.
 *
 * <p>Declared once here from the contracts' own constants; {@link AuditHistoryEventHandler} leaves
 * them out of {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}. A name here is left out in every
 * process that uses it, so a name that also carries an audited value elsewhere must not be added.
 */
public final class VariablesOutOfHistory {

  /** The names left out of history. */
  public static final Set<String> NAMES =
      Set.of(
          // klu-meeting and its agenda preparation: the agenda, attendance and minutes lists and
          // their texts, rewritten at every chair's and the secretariat's step
          AgendaPreparationProcess.AGENDA_ITEMS.name(),
          AgendaPreparationProcess.AGENDA_OFF_AGENDA.name(),
          AgendaPreparationProcess.AGENDA_RECEIVED_TEXT.name(),
          MeetingProcess.ATTENDANCE.name(),
          MeetingProcess.ADDITIONAL_GPS.name(),
          MeetingProcess.MINUTES_ITEMS.name(),
          MeetingProcess.FOLLOW_UP_ACTIONS.name(),
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
          AgreementProcess.ROUTE_OPTIONS_TEXT.name(),
          // an item's title shortened for task names (the title itself is kept), wherever it is
          TriageProcess.ITEM_NAME.name(),
          // the triage's count of rounds: part of its messages' keys, which klu_notification keeps
          TriageProcess.TRIAGE_ROUND.name(),
          // the secretariat's case presentation of an item: saved in klu_agenda_item and sent in
          // the agenda, whose every released version klu_document keeps; the task's history says
          // who wrote it and when, and whether it was made public stays a variable's history
          AgendaPreparationProcess.CASE_PRESENTATION.name());

  /**
   * Left out of the history of the steps the meeting calls (triage, agenda preparation, follow-up)
   * only: the item's and the follow-up action's values copied from the klu_ tables onto each step's
   * instance or case presentation (task names, the task list's columns, the submitter's task; what
   * else the forms show is read from the tables when they are opened, {@link
   * dk.klu.process.FormValues}), again in every round, and the meeting's own values the meeting
   * hands each step (its name, the chairs, the deadlines), which the meeting's history already
   * holds. klu-agenda-item keeps the item's title in its history: there it is the GP's submission.
   * The meeting's id stays in every step's history, so a step is found from its meeting without the
   * call tree.
   */
  public static final Set<String> MEETING_COPIES =
      Set.of(
          TriageProcess.ITEM_TITLE.name(),
          TriageProcess.ITEM_SUBMITTER.name(),
          FollowUpProcess.ACTION_DESCRIPTION.name(),
          FollowUpProcess.ACTION_NAME.name(),
          FollowUpProcess.ACTION_ITEM_TITLE.name(),
          // the meeting's values handed to its steps with camunda:in
          MeetingProcess.MEETING_NAME.name(),
          MeetingProcess.TRIAGE_DUE.name(),
          MeetingProcess.CHAIR_USER.name(),
          MeetingProcess.GP_CHAIR_USER.name(),
          MeetingProcess.CHAIR_REVIEW_DUE.name(),
          MeetingProcess.CASE_PRESENTATION_DUE.name(),
          MeetingProcess.AGENDA_AVAILABLE_MINUTES.name());

  private VariablesOutOfHistory() {}

  /**
   * Whether the history leaves out the variable {@code name} of a process of {@code
   * processDefinitionKey}.
   */
  public static boolean leftOut(String processDefinitionKey, String name) {
    return name != null
        && (NAMES.contains(name)
            || KluProcesses.CALLED.contains(processDefinitionKey) && MEETING_COPIES.contains(name));
  }

  /**
   * Whether the history leaves out this version of a variable: a name {@link #leftOut} names, and
   * the removal of the GP's submission ({@link AgendaItemProcess#SUBMISSION}) from the item's
   * instance. Registration moves it into klu_agenda_item: its removal is no event of the item's,
   * and the history keeps the values as the start wrote them.
   */
  public static boolean leftOut(HistoricVariableUpdateEventEntity event) {
    return leftOut(event.getProcessDefinitionKey(), event.getVariableName())
        || AgendaItemProcess.KEY.equals(event.getProcessDefinitionKey())
            && SUBMISSION_NAMES.contains(event.getVariableName())
            && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE);
  }

  /**
   * The ids a step of the meeting gets from its caller and never changes: the item's, the meeting's
   * and the follow-up action's, handed on with {@code camunda:in} or as a multi-instance's element.
   * Each is written once in its scope.
   */
  public static final Set<String> WRITTEN_ONCE =
      Set.of(
          TriageProcess.ITEM_ID.name(),
          MeetingProcess.MEETING_ID.name(),
          FollowUpProcess.ACTION_ID.name());

  /**
   * Whether the history leaves out the {@code ACT_HI_DETAIL} copy of this version of a variable,
   * keeping its {@code ACT_HI_VARINST} row: the first version of a variable that is written once,
   * whose row in {@code ACT_HI_VARINST} then holds the same value, time, activity instance and
   * task. Those are the ids of {@link #WRITTEN_ONCE} in the meeting and the steps it calls, and on
   * the item's instance the GP's submission (written by the start, removed by registration) and
   * what registration sets once: the item's id and its placement. A later version, if there ever
   * were one, would still be kept, and {@code AuditHistoryTest} checks that a cycle writes none.
   */
  public static boolean detailLeftOut(HistoricVariableUpdateEventEntity event) {
    String key = event.getProcessDefinitionKey();
    String name = event.getVariableName();
    return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && (WRITTEN_ONCE.contains(name) && MEETING_AND_STEPS.contains(key)
            || AgendaItemProcess.KEY.equals(key) && REGISTERED_ONCE.contains(name));
  }

  /** The GP's submission that registration moves into klu_agenda_item: its values and title. */
  private static final Set<String> SUBMISSION_NAMES =
      Stream.concat(AgendaItemProcess.SUBMISSION.stream(), Stream.of(AgendaItemProcess.TITLE))
          .map(Variable::name)
          .collect(Collectors.toSet());

  /** What the item's instance gets written once: the GP's submission and registration's ids. */
  public static final Set<String> REGISTERED_ONCE =
      Stream.concat(
              SUBMISSION_NAMES.stream(),
              Stream.of(AgendaItemProcess.ITEM_ID.name(), AgendaItemProcess.PLACEMENT.name()))
          .collect(Collectors.toSet());

  private static final Set<String> MEETING_AND_STEPS =
      Stream.concat(Stream.of(KluProcesses.MEETING), KluProcesses.CALLED.stream())
          .collect(Collectors.toSet());
}
