package dk.klu.agenda.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.agenda.ItemKind;
import dk.klu.agenda.Placement;
import dk.klu.agenda.Topic;
import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;
import java.util.List;

/**
 * The contract of {@code klu-agenda-item} (docs/adr/0012): its key, the elements of
 * bpmn/klu-agenda-item.bpmn, its messages, its forms and its variables, each declared once and
 * typed; form field keys are these variable names. The item itself lives in klu_agenda_item; the
 * process holds its id, where registration placed it and the secretariat's answers.
 */
public final class AgendaItemProcess {

  public static final String KEY = "klu-agenda-item";

  /**
   * The call for items went out and took the item into its meeting's intake: the assessment between
   * intakes is no longer needed.
   */
  public static final String MESSAGE_ITEM_CALLED = "Message_ItemCalled";

  /** Concludes an item's process (solved, referred, rejected or discussed). */
  public static final String MESSAGE_ITEM_CONCLUDED = "Message_ItemConcluded";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_ItemSubmitted,
    ServiceTask_RegisterItem,
    Gateway_Placement,
    UserTask_DecideLateItem,
    ServiceTask_RecordLateDecision,
    UserTask_AssessQueuedItem,
    BoundaryEvent_ItemCalled,
    ServiceTask_RecordQueuedDecision,
    Gateway_QueuedSettled,
    EndEvent_ItemSettled,
    Gateway_QueuedMerge,
    Gateway_PlacementMerge,
    ReceiveTask_AwaitOutcome,
    EndEvent_ItemConcluded;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    AGENDA_ITEM_START,
    LATE_ITEM,
    QUEUED_ITEM
  }

  // start form klu-agenda-item-start
  public static final Variable<String> TITLE = stringVariable("itemTitle");
  public static final Variable<Topic> TOPIC = enumVariable("itemTopic", Topic.class);
  public static final Variable<String> DESCRIPTION = stringVariable("itemDescription");
  public static final Variable<String> DISCUSSION_POINTS = stringVariable("itemDiscussionPoints");
  public static final Variable<String> APPROACH = stringVariable("itemApproach");
  public static final Variable<String> JUSTIFICATION = stringVariable("itemJustification");
  public static final Variable<ItemKind> REQUESTED_KIND =
      enumVariable("itemRequestedKind", ItemKind.class);
  public static final Variable<Integer> EXPECTED_MINUTES = intVariable("itemExpectedMinutes");

  /**
   * The GP's submission but its title: the start form's values that registration stores in
   * klu_agenda_item and removes from the instance in the start's own transaction, so they are
   * written only to history (the submission's audit, docs/adr/0014). The tasks about a late or
   * waiting item read them from the table when their forms are opened. The title stays: the task
   * list's "Punkt" column shows it.
   */
  public static final List<Variable<?>> SUBMISSION =
      List.of(
          TOPIC,
          DESCRIPTION,
          DISCUSSION_POINTS,
          APPROACH,
          JUSTIFICATION,
          REQUESTED_KIND,
          EXPECTED_MINUTES);

  /**
   * Who submitted the item: the person the engine authenticated for the start, stored by
   * registration in klu_agenda_item, never taken from the start form (a value sent under this name
   * is removed). The waiting item's form reads it from the table when it is opened.
   */
  public static final Variable<String> SUBMITTER = stringVariable("itemSubmitter");

  // set by registration
  public static final Variable<Long> ITEM_ID = longVariable("itemId");

  /**
   * The title shortened for task names ({@link dk.klu.tasklist.TaskNames#subject}): set by
   * registration for a late or waiting item, whose task follows.
   */
  public static final Variable<String> ITEM_NAME = stringVariable("item");

  /** Where the item went: the gateway "Hvornår kom punktet?" compares its name. */
  public static final Variable<Placement.Kind> PLACEMENT =
      enumVariable("itemPlacement", Placement.Kind.class);

  /** Set by registration when the item went to a meeting (open intake or late). */
  public static final Variable<Long> MEETING_ID = longVariable("meetingId");

  // set by registration for a late item only
  public static final Variable<String> MEETING_LABEL = stringVariable("meetingLabel");
  public static final Variable<String> LATE_DECISION_DUE = stringVariable("lateDecisionDue");

  /** When the assessment of an item between intakes is due (set by registration when queued). */
  public static final Variable<String> QUEUED_DECISION_DUE = stringVariable("queuedDecisionDue");

  // late item form klu-late-item
  /** {@link #ADMIT} or {@link #NEXT_MEETING}. */
  public static final Variable<String> LATE_DECISION = stringVariable("lateDecision");

  public static final Variable<String> LATE_DECISION_NOTE = stringVariable("lateDecisionNote");

  /** The late item is confidential ("Lukket punkt"); unticked keeps what it was. */
  public static final Variable<Boolean> LATE_CONFIDENTIAL = booleanVariable("lateConfidential");

  // item between intakes form klu-queued-item: the triage's own keys, for the same outcomes
  /** A {@link dk.klu.agenda.TriageOutcome} name (solved or referred), or {@link #NEXT_AGENDA}. */
  public static final Variable<String> TRIAGE_OUTCOME = stringVariable("triageOutcome");

  public static final Variable<String> TRIAGE_RESOLUTION = stringVariable("triageResolution");
  public static final Variable<String> TRIAGE_REFERRAL = stringVariable("triageReferral");

  /** The item between intakes is kept for the next agenda (triaged at the next call). */
  public static final String NEXT_AGENDA = "NEXT_AGENDA";

  /** Late decisions. */
  public static final String ADMIT = "ADMIT";

  public static final String NEXT_MEETING = "NEXT_MEETING";

  private AgendaItemProcess() {}
}
