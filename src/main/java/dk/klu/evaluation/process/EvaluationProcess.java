package dk.klu.evaluation.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;

/**
 * The contract of {@code klu-evaluation} (docs/adr/0012): its key, the elements of
 * bpmn/klu-evaluation.bpmn, its error, its forms and its variables, each declared once and typed;
 * form field keys are these variable names. The evaluation itself lives in klu_evaluation;
 * variables hold the year, the texts the forms show and edit, the chairs' decisions and the dates
 * of due dates and timers.
 */
public final class EvaluationProcess {

  public static final String KEY = "klu-evaluation";

  /**
   * The model's error when the year already has an evaluation of another instance: caught by {@link
   * Element#BoundaryEvent_EvaluationExists}, ends at {@link Element#EndEvent_EvaluationExists}
   * ("Evaluering findes allerede").
   */
  public static final String ERROR_EVALUATION_EXISTS = "EVALUATION_EXISTS";

  /** The flow nodes of the model, named by their BPMN ids (see AgreementProcess.Element). */
  public enum Element implements ModelElement {
    StartEvent_EvaluationRequested,
    ServiceTask_GenerateReport,
    BoundaryEvent_EvaluationExists,
    EndEvent_EvaluationExists,
    Gateway_CompletionMerge,
    UserTask_CompleteEvaluation,
    BoundaryEvent_CompletionReminder,
    BoundaryEvent_CompletionOverdue,
    ServiceTask_RemindSecretariat,
    EndEvent_SecretariatReminded,
    ServiceTask_EscalateCompletion,
    EndEvent_CompletionEscalated,
    ServiceTask_SaveEvaluation,
    Gateway_ApprovalSplit,
    UserTask_ApproveChair,
    BoundaryEvent_ChairReminder,
    BoundaryEvent_ChairOverdue,
    ServiceTask_RemindChair,
    EndEvent_ChairReminded,
    ServiceTask_EscalateChair,
    EndEvent_ChairEscalated,
    UserTask_ApproveGpChair,
    BoundaryEvent_GpChairReminder,
    BoundaryEvent_GpChairOverdue,
    ServiceTask_RemindGpChair,
    EndEvent_GpChairReminded,
    ServiceTask_EscalateGpChair,
    EndEvent_GpChairEscalated,
    Gateway_ApprovalJoin,
    Gateway_Approved,
    ServiceTask_RecordReturn,
    ServiceTask_SendEvaluation,
    ServiceTask_ArchiveEvaluation,
    EndEvent_EvaluationArchived;
  }

  /** The forms of the model ({@code camunda:formRef}). */
  public enum Form implements FormId {
    EVALUATION_START,
    EVALUATION_COMPLETE,
    EVALUATION_APPROVAL_CHAIR,
    EVALUATION_APPROVAL_GP_CHAIR
  }

  /** The year evaluated: the start form's field and the year plan's call activity input. */
  public static final Variable<Integer> YEAR = intVariable("year");

  /** Set by the start event ({@code camunda:initiator}). */
  public static final Variable<String> INITIATOR = stringVariable("evaluationInitiator");

  // set when the report is generated: the chairs the approval tasks are assigned to
  public static final Variable<String> CHAIR_USER = stringVariable("chairUser");
  public static final Variable<String> GP_CHAIR_USER = stringVariable("gpChairUser");

  // forms
  public static final Variable<String> FIGURES = stringVariable("evaluationFigures");
  public static final Variable<String> ASSESSMENT = stringVariable("evaluationAssessment");
  public static final Variable<String> RECOMMENDATIONS =
      stringVariable("evaluationRecommendations");
  public static final Variable<String> RETURN_NOTE = stringVariable("evaluationReturnNote");

  /** {@link #APPROVE} or {@link #RETURN}. */
  public static final Variable<String> CHAIR_DECISION = stringVariable("evaluationChairDecision");

  public static final Variable<String> CHAIR_COMMENT = stringVariable("evaluationChairComment");

  /** {@link #APPROVE} or {@link #RETURN}. */
  public static final Variable<String> GP_CHAIR_DECISION =
      stringVariable("evaluationGpChairDecision");

  public static final Variable<String> GP_CHAIR_COMMENT =
      stringVariable("evaluationGpChairComment");

  // due dates and timers (ISO 8601 date-times)
  public static final Variable<String> COMPLETION_DUE = stringVariable("evaluationCompletionDue");
  public static final Variable<String> COMPLETION_REMINDER =
      stringVariable("evaluationCompletionReminder");
  public static final Variable<String> APPROVAL_DUE = stringVariable("evaluationApprovalDue");
  public static final Variable<String> APPROVAL_REMINDER =
      stringVariable("evaluationApprovalReminder");

  /** Input parameter of the approval reminders and escalations: the chair it concerns. */
  public static final Variable<String> APPROVER = stringVariable("evaluationApprover");

  /** The chairs' decisions. */
  public static final String APPROVE = "APPROVE";

  public static final String RETURN = "RETURN";

  /** The business key a year's evaluation runs under (also the year plan's call activity's). */
  public static String businessKey(int year) {
    return "evaluation-" + year;
  }

  private EvaluationProcess() {}
}
