package dk.klu.agenda.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.agenda.TriageOutcome;
import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;

/**
 * The contract of {@code klu-item-triage} (docs/adr/0012): the secretariat's triage of one item
 * sent in for a meeting, called by {@code klu-meeting} once per item after the intake closes. Its
 * key, the elements of bpmn/klu-item-triage.bpmn, its forms and its variables, each declared once
 * and typed; form field keys are these variable names. The item lives in klu_agenda_item; the
 * process holds its id, its text for the forms and the secretariat's answers of the current round.
 */
public final class TriageProcess {

  public static final String KEY = "klu-item-triage";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_ItemToTriage,
    Gateway_TriageMerge,
    UserTask_TriageItem,
    ServiceTask_RecordTriage,
    Gateway_TriageOutcome,
    UserTask_ProvideInformation,
    BoundaryEvent_InformationOverdue,
    ServiceTask_RecordInformation,
    ServiceTask_RecordInformationOverdue,
    EndEvent_ItemOnAgenda,
    EndEvent_ItemSettled;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    TRIAGE_ITEM,
    ITEM_INFORMATION
  }

  // passed in by klu-meeting (camunda:in)
  public static final Variable<Long> ITEM_ID = longVariable("itemId");
  public static final Variable<Long> MEETING_ID = longVariable("meetingId");

  /** The meeting in Tasklist's list: "KLU-møde 11.02.2027". */
  public static final Variable<String> MEETING_NAME = stringVariable("meeting");

  public static final Variable<String> TRIAGE_DUE = stringVariable("triageDue");

  // the item's text for the forms: title, short title and submitter are variables, put there when
  // the triage starts (task names, the task list, the assignee of a question); the rest are the
  // forms' values, read from klu_agenda_item when a form is opened (TriageDelegates' FormValues)
  public static final Variable<String> ITEM_TITLE = stringVariable("itemTitle");

  /** The item's title shortened for task names ({@link dk.klu.tasklist.TaskNames#subject}). */
  public static final Variable<String> ITEM_NAME = stringVariable("item");

  public static final Variable<String> ITEM_TOPIC = stringVariable("itemTopic");
  public static final Variable<String> ITEM_DESCRIPTION = stringVariable("itemDescription");
  public static final Variable<String> ITEM_DISCUSSION_POINTS =
      stringVariable("itemDiscussionPoints");
  public static final Variable<String> ITEM_APPROACH = stringVariable("itemApproach");
  public static final Variable<String> ITEM_JUSTIFICATION = stringVariable("itemJustification");
  public static final Variable<String> ITEM_REQUESTED_KIND = stringVariable("itemRequestedKind");
  public static final Variable<Integer> ITEM_EXPECTED_MINUTES = intVariable("itemExpectedMinutes");
  public static final Variable<String> ITEM_SUBMITTER = stringVariable("itemSubmitter");
  public static final Variable<String> ITEM_INFORMATION_ANSWER =
      stringVariable("itemInformationAnswer");
  public static final Variable<String> ITEM_AGENDA_KIND = stringVariable("itemAgendaKind");

  /** Whether the item is confidential now (the triage form shows it and offers to lift it). */
  public static final Variable<Boolean> ITEM_CONFIDENTIAL = booleanVariable("itemConfidential");

  // triage form klu-triage-item
  public static final Variable<TriageOutcome> TRIAGE_OUTCOME =
      enumVariable("triageOutcome", TriageOutcome.class);
  public static final Variable<String> TRIAGE_RESOLUTION = stringVariable("triageResolution");

  /** To whom the item is referred and why (sent to the submitter). */
  public static final Variable<String> TRIAGE_REFERRAL = stringVariable("triageReferral");

  public static final Variable<String> TRIAGE_REJECTION_REASON =
      stringVariable("triageRejectionReason");
  public static final Variable<String> TRIAGE_INFORMATION_REQUEST =
      stringVariable("triageInformationRequest");

  /** The secretariat marks an item confidential: public documents show it as "Lukket punkt". */
  public static final Variable<Boolean> TRIAGE_CONFIDENTIAL = booleanVariable("triageConfidential");

  /**
   * The secretariat's explicit choice to make a confidential item public. Confidentiality is only
   * lowered by this: an unticked or missing {@link #TRIAGE_CONFIDENTIAL} keeps what the item was.
   */
  public static final Variable<Boolean> TRIAGE_MAKE_PUBLIC = booleanVariable("triageMakePublic");

  /** How many times the secretariat has triaged the item (a question asked is a round). */
  public static final Variable<Integer> TRIAGE_ROUND = intVariable("triageRound");

  /** When the submitter's answer is due (set when the secretariat asks for more information). */
  public static final Variable<String> INFORMATION_DUE = stringVariable("informationDue");

  // submitter's form klu-item-information
  public static final Variable<String> INFORMATION_ANSWER = stringVariable("informationAnswer");

  private TriageProcess() {}
}
