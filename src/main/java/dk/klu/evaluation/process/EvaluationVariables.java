package dk.klu.evaluation.process;

/**
 * The variables of {@code klu-evaluation}, named once; form field keys are these names. The
 * evaluation itself lives in klu_evaluation; variables hold the year, the texts the forms show and
 * edit, the chairs' decisions and the dates of due dates and timers.
 */
public final class EvaluationVariables {

  /** The year evaluated: the start form's field and the year plan's call activity input. */
  public static final String YEAR = "year";

  public static final String INITIATOR = "evaluationInitiator";

  public static final String CHAIR_USER = "chairUser";
  public static final String GP_CHAIR_USER = "gpChairUser";

  // forms
  public static final String FIGURES = "evaluationFigures";
  public static final String ASSESSMENT = "evaluationAssessment";
  public static final String RECOMMENDATIONS = "evaluationRecommendations";
  public static final String RETURN_NOTE = "evaluationReturnNote";
  public static final String CHAIR_DECISION = "evaluationChairDecision";
  public static final String CHAIR_COMMENT = "evaluationChairComment";
  public static final String GP_CHAIR_DECISION = "evaluationGpChairDecision";
  public static final String GP_CHAIR_COMMENT = "evaluationGpChairComment";

  // due dates and timers (ISO 8601)
  public static final String COMPLETION_DUE = "evaluationCompletionDue";
  public static final String COMPLETION_REMINDER = "evaluationCompletionReminder";
  public static final String APPROVAL_DUE = "evaluationApprovalDue";
  public static final String APPROVAL_REMINDER = "evaluationApprovalReminder";

  /** Input parameter of the approval reminders and escalations: the chair it concerns. */
  public static final String APPROVER = "evaluationApprover";

  /** The chairs' decisions. */
  public static final String APPROVE = "APPROVE";

  public static final String RETURN = "RETURN";

  /** The business key a year's evaluation runs under (also the year plan's call activity's). */
  public static String businessKey(int year) {
    return "evaluation-" + year;
  }

  /**
   * The model's error when the year already has an evaluation of another instance: caught by
   * BoundaryEvent_EvaluationExists, ends at EndEvent_EvaluationExists.
   */
  public static final String ERROR_EVALUATION_EXISTS = "EVALUATION_EXISTS";

  private EvaluationVariables() {}
}
