package dk.klu.meeting.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;

/**
 * The contract of {@code klu-agenda-preparation} (docs/adr/0012): the agenda's way from the
 * secretariat's draft to an approved agenda with a case presentation for every item, called by
 * {@code klu-meeting} once the draft is made. The chair reviews first, then the GP chair; either
 * may send the agenda back to the secretariat, and the diagram shows which one did. The agenda
 * lives in klu_agenda_item; the process holds the meeting's id, the chairs and the decisions.
 */
public final class AgendaPreparationProcess {

  public static final String KEY = "klu-agenda-preparation";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_AgendaPreparation,
    Gateway_ChairReviewMerge,
    UserTask_ReviewAgendaChair,
    Gateway_ChairApproved,
    UserTask_ReviewAgendaGpChair,
    Gateway_GpChairApproved,
    Gateway_RevisionMerge,
    UserTask_ReviseAgenda,
    ServiceTask_ApproveAgenda,
    SubProcess_CasePresentation,
    StartEvent_CasePresentationStarted,
    UserTask_WriteCasePresentation,
    ServiceTask_SaveCasePresentation,
    EndEvent_CasePresentationWritten,
    EndEvent_AgendaReady;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    AGENDA_REVIEW_CHAIR,
    AGENDA_REVIEW_GP_CHAIR,
    AGENDA_REVISION,
    CASE_PRESENTATION
  }

  // passed in by klu-meeting (camunda:in)
  public static final Variable<Long> MEETING_ID = longVariable("meetingId");

  /** The meeting in task names and Tasklist's list: "KLU-møde 11.02.2027". */
  public static final Variable<String> MEETING_NAME = stringVariable("meeting");

  public static final Variable<String> CHAIR_USER = stringVariable("chairUser");
  public static final Variable<String> GP_CHAIR_USER = stringVariable("gpChairUser");
  public static final Variable<String> CHAIR_REVIEW_DUE = stringVariable("chairReviewDue");
  public static final Variable<String> CASE_PRESENTATION_DUE =
      stringVariable("casePresentationDue");

  /** The minutes the agenda has for items (the review forms show it). */
  public static final Variable<Integer> AGENDA_AVAILABLE_MINUTES =
      intVariable("agendaAvailableMinutes");

  // the agenda review and revision forms
  /** The agenda as row slots, filled from klu_agenda_item when a review or revision task opens. */
  public static final Variable<Object> AGENDA_ITEMS = objectVariable("agendaItems");

  /** Every item sent in for the meeting and what became of it, as text. */
  public static final Variable<String> AGENDA_RECEIVED_TEXT = stringVariable("agendaReceivedText");

  /**
   * The chairs' review: the items sent in that are not on the agenda, as row slots with a "put back
   * on the agenda" box each (task-local; the submitted boxes are read when the task completes).
   */
  public static final Variable<Object> AGENDA_OFF_AGENDA = objectVariable("agendaOffAgenda");

  /** {@link #APPROVE} or {@link #RETURN}. */
  public static final Variable<String> CHAIR_DECISION = stringVariable("chairDecision");

  public static final Variable<String> CHAIR_COMMENT = stringVariable("chairComment");
  public static final Variable<String> GP_CHAIR_DECISION = stringVariable("gpChairDecision");
  public static final Variable<String> GP_CHAIR_COMMENT = stringVariable("gpChairComment");
  public static final Variable<String> AGENDA_REVISION_NOTE = stringVariable("agendaRevisionNote");

  // per item on the agenda (multi-instance element variable) and its text for the form
  public static final Variable<Long> ITEM_ID = longVariable("itemId");

  // case presentation form klu-case-presentation
  public static final Variable<String> CASE_PRESENTATION = stringVariable("casePresentation");

  /** The case presentation may be published with the agenda (unticked: committee only). */
  public static final Variable<Boolean> CASE_PRESENTATION_PUBLIC =
      booleanVariable("casePresentationPublic");

  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  private AgendaPreparationProcess() {}
}
