package dk.klu.agreement.process;

/**
 * The variables of {@code klu-agreement}, named once. Form field keys are these names, and the
 * decision table {@code klu-agreement-route} reads the four route questions by these names.
 *
 * <p>Process variables hold the agreement's id, the values gateways, timers and forms need; the
 * agreement itself lives in klu_agreement.
 */
public final class AgreementVariables {

  // start form klu-agreement-start (and shown, editable, in the draft form)
  public static final String TITLE = "agreementTitle";
  public static final String DRAFT = "agreementDraft";
  public static final String INITIATOR = "agreementInitiator";

  // message start from the published minutes
  public static final String MESSAGE_DRAFT_AGREED = "Message_AgreementDraftAgreed";
  public static final String ITEM_ID = "agreementItemId";

  // set by registration
  public static final String AGREEMENT_ID = "agreementId";
  public static final String ORIGIN = "agreementOrigin";

  /** Why the draft is back with its drafters (changes requested, no settlement agreement). */
  public static final String REVISION_NOTE = "agreementRevisionNote";

  // draft form klu-agreement-draft: the route questions (the decision table's inputs)
  public static final String BINDING_OBLIGATIONS = "bindingObligations";
  public static final String NEW_UNPAID_TASK = "newUnpaidTask";
  public static final String SPECIAL_FEE = "specialFee";
  public static final String SETTLED_VIA_REGION = "settledViaRegion";
  public static final String DRAFT_DECISION = "draftDecision";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  // the decision table's outputs (output mapping of the business rule task)
  public static final String ROUTE = "agreementRoute";
  public static final String PAYER = "agreementPayer";
  public static final String SETTLEMENT_REQUIRED = "settlementAgreementRequired";

  // set when the route is registered
  public static final String SETTLEMENT_MISSING = "settlementAgreementMissing";
  public static final String ROUTE_LABEL = "agreementRouteLabel";
  public static final String PAYER_LABEL = "agreementPayerLabel";
  public static final String BODY = "agreementBody";

  // settlement agreement form klu-agreement-settlement
  public static final String SETTLEMENT_OUTCOME = "settlementOutcome";
  public static final String SETTLEMENT_CONCLUDED_ON = "settlementConcludedOn";
  public static final String SETTLEMENT_REFERENCE = "settlementReference";
  public static final String SETTLEMENT_NOTE = "settlementNote";

  // set when the draft is sent: the reminder cycle, the escalation and the answer task's due date
  public static final String REMINDER_CYCLE = "answerReminderCycle";
  public static final String ESCALATION_AFTER = "answerEscalationAfter";
  public static final String ANSWER_DUE = "answerDue";
  public static final String SENT_AT = "agreementSentAt";

  // answer form klu-agreement-answer
  public static final String ANSWER = "answerOutcome";
  public static final String EFFECTIVE_DATE = "answerEffectiveDate";
  public static final String CHANGES_REQUESTED = "answerChangesRequested";
  public static final String REJECTION_REASON = "answerRejectionReason";

  // inform GPs form klu-agreement-inform-gps
  public static final String GP_CHANNEL = "gpChannel";
  public static final String GP_MESSAGE = "gpMessage";

  /** Draft decisions. */
  public static final String SEND = "SEND";

  public static final String WITHDRAW = "WITHDRAW";

  /** Settlement agreement outcomes. */
  public static final String CONCLUDED = "CONCLUDED";

  public static final String NOT_POSSIBLE = "NOT_POSSIBLE";

  /** The decision table. */
  public static final String ROUTE_DECISION = "klu-agreement-route";

  private AgreementVariables() {}
}
