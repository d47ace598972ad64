package dk.klu.agreement.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.agreement.Answer;
import dk.klu.agreement.GpChannel;
import dk.klu.agreement.ImplementationStatus;
import dk.klu.agreement.Payer;
import dk.klu.agreement.Route;
import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;
import java.time.LocalDate;

/**
 * The contract of {@code klu-agreement} (docs/adr/0012): its key, the elements of
 * bpmn/klu-agreement.bpmn, its message, its forms and its variables, each declared once and typed.
 * Form field keys are these variable names, and the decision table {@code klu-agreement-route}
 * reads the three route questions by them.
 *
 * <p>Process variables hold the agreement's id and the values gateways, timers and forms need; the
 * agreement itself lives in klu_agreement.
 */
public final class AgreementProcess {

  public static final String KEY = "klu-agreement";

  /** The decision table that says which routes are open for a draft, each with its consequences. */
  public static final String ROUTE_DECISION = "klu-agreement-route";

  /** The message that starts an agreement from the published minutes. */
  public static final String MESSAGE_DRAFT_AGREED = "Message_AgreementDraftAgreed";

  /** The committee's decision on a revised draft, from the published minutes. */
  public static final String MESSAGE_REVISION_DECIDED = "Message_RevisedDraftDecided";

  /**
   * The flow nodes of the model, named by their BPMN ids (one spelling: the constant is the id, so
   * a renamed element breaks the compile, and {@code AgreementProcessContractTest} checks the list
   * against the model).
   */
  public enum Element implements ModelElement {
    StartEvent_AgreementCreated,
    StartEvent_DraftAgreed,
    Gateway_StartMerge,
    ServiceTask_RegisterAgreement,
    Gateway_DraftMerge,
    UserTask_DraftAgreement,
    ServiceTask_SaveDraft,
    Gateway_DraftDecision,
    EndEvent_AgreementWithdrawn,
    BusinessRuleTask_DecideRoute,
    Gateway_RouteChoice,
    UserTask_ChooseRoute,
    Gateway_RouteMerge,
    ServiceTask_RecordRoute,
    Gateway_SettlementAgreement,
    UserTask_ArrangeSettlementAgreement,
    ServiceTask_RecordSettlementAgreement,
    Gateway_SettlementConcluded,
    Gateway_SendMerge,
    Gateway_RevisionReview,
    ServiceTask_SubmitRevision,
    IntermediateCatchEvent_RevisionDecided,
    ServiceTask_RecordRevisionDecision,
    Gateway_RevisionAgreed,
    Gateway_ReadyToSend,
    ServiceTask_SendDraft,
    UserTask_RegisterAnswer,
    BoundaryEvent_AnswerReminder,
    BoundaryEvent_AnswerOverdue,
    ServiceTask_RemindBody,
    EndEvent_BodyReminded,
    ServiceTask_EscalateAnswer,
    EndEvent_AnswerEscalated,
    ServiceTask_RecordAnswer,
    Gateway_AnswerOutcome,
    UserTask_InformGps,
    ServiceTask_InformGps,
    Gateway_FollowUpMerge,
    IntermediateCatchEvent_FollowUpDue,
    UserTask_FollowUpImplementation,
    ServiceTask_RecordImplementation,
    Gateway_ImplementationSettled,
    EndEvent_AgreementFormalised,
    ServiceTask_ReportRejection,
    EndEvent_AgreementRejected;
  }

  /** The forms of the model ({@code camunda:formRef}), one per start event or user task. */
  public enum Form implements FormId {
    AGREEMENT_START,
    AGREEMENT_DRAFT,
    AGREEMENT_ROUTE_CHOICE,
    AGREEMENT_SETTLEMENT,
    AGREEMENT_ANSWER,
    AGREEMENT_INFORM_GPS,
    AGREEMENT_IMPLEMENTATION
  }

  // start form klu-agreement-start (and shown, editable, in the draft form)
  public static final Variable<String> TITLE = stringVariable("agreementTitle");
  public static final Variable<String> DRAFT = stringVariable("agreementDraft");

  /** The title as the task names say it, shortened ({@code TaskNames.subject}). */
  public static final Variable<String> NAME = stringVariable("agreement");

  /** The held meeting and its item whose decision the agreement rests on (start form). */
  public static final Variable<LocalDate> DECISION_MEETING_DATE =
      localDateVariable("agreementMeetingDate");

  public static final Variable<String> DECISION_ITEM_NUMBER = stringVariable("agreementItemNumber");

  /** Set by the start event ({@code camunda:initiator}). */
  public static final Variable<String> INITIATOR = stringVariable("agreementInitiator");

  /** Carried by the message start from the published minutes. */
  public static final Variable<Long> ITEM_ID = longVariable("agreementItemId");

  // set by registration
  public static final Variable<Long> AGREEMENT_ID = longVariable("agreementId");
  public static final Variable<String> ORIGIN = stringVariable("agreementOrigin");

  /** Why the draft is back with its drafters (changes requested, no settlement agreement). */
  public static final Variable<String> REVISION_NOTE = stringVariable("agreementRevisionNote");

  // draft form klu-agreement-draft: the route questions (the decision table's inputs)
  public static final Variable<Boolean> BINDING_OBLIGATIONS = booleanVariable("bindingObligations");
  public static final Variable<Boolean> NEW_UNPAID_TASK = booleanVariable("newUnpaidTask");
  public static final Variable<Boolean> SPECIAL_FEE = booleanVariable("specialFee");

  /** {@link #SEND} or {@link #WITHDRAW}. */
  public static final Variable<String> DRAFT_DECISION = stringVariable("draftDecision");

  public static final Variable<String> WITHDRAWAL_REASON = stringVariable("withdrawalReason");

  // set when the open routes are found (the decision table's rows, RouteOption.encode)
  public static final Variable<String> ROUTE_OPTIONS = stringVariable("agreementRouteOptions");

  /** More than one route is open: the committee's choice is registered first. */
  public static final Variable<Boolean> ROUTE_CHOICE_NEEDED = booleanVariable("routeChoiceNeeded");

  /** The open routes and their consequences in Danish, for the choice form. */
  public static final Variable<String> ROUTE_OPTIONS_TEXT =
      stringVariable("agreementRouteOptionsText");

  /**
   * The route taken: the only open one, or the committee's choice (form
   * klu-agreement-route-choice).
   */
  public static final Variable<Route> ROUTE = enumVariable("agreementRoute", Route.class);

  // the consequences of the route taken
  public static final Variable<Payer> PAYER = enumVariable("agreementPayer", Payer.class);
  public static final Variable<Boolean> SETTLEMENT_REQUIRED =
      booleanVariable("settlementAgreementRequired");

  // set when the route is registered
  public static final Variable<Boolean> SETTLEMENT_MISSING =
      booleanVariable("settlementAgreementMissing");
  public static final Variable<String> ROUTE_LABEL = stringVariable("agreementRouteLabel");
  public static final Variable<String> PAYER_LABEL = stringVariable("agreementPayerLabel");
  public static final Variable<String> BODY = stringVariable("agreementBody");

  // settlement agreement form klu-agreement-settlement
  /** {@link #CONCLUDED} or {@link #NOT_POSSIBLE}. */
  public static final Variable<String> SETTLEMENT_OUTCOME = stringVariable("settlementOutcome");

  public static final Variable<LocalDate> SETTLEMENT_CONCLUDED_ON =
      localDateVariable("settlementConcludedOn");
  public static final Variable<String> SETTLEMENT_REFERENCE = stringVariable("settlementReference");
  public static final Variable<String> SETTLEMENT_NOTE = stringVariable("settlementNote");

  // a revised draft goes back to the committee before it is sent again
  /** Set when changes are requested; cleared when the committee agrees on the revised draft. */
  public static final Variable<Boolean> REVISION_FOR_COMMITTEE =
      booleanVariable("revisionForCommittee");

  /** The agenda item that puts the revised draft before the committee. */
  public static final Variable<Long> REVISION_ITEM_ID = longVariable("revisionItemId");

  /** Carried by {@link #MESSAGE_REVISION_DECIDED}: the minutes say the committee agrees. */
  public static final Variable<Boolean> REVISION_AGREED = booleanVariable("revisionAgreed");

  /** Carried by {@link #MESSAGE_REVISION_DECIDED}: the decision in the minutes. */
  public static final Variable<String> REVISION_DECISION = stringVariable("revisionDecision");

  /**
   * Carried by {@link #MESSAGE_REVISION_DECIDED} when the secretariat settled the revision's item
   * (solved, referred, rejected) so it never came before the committee; the decision is then the
   * secretariat's note.
   */
  public static final Variable<Boolean> REVISION_SETTLED =
      booleanVariable("revisionSettledWithoutCommittee");

  // set when the draft is sent: the reminder cycle, the escalation and the answer task's due date
  public static final Variable<String> REMINDER_CYCLE = stringVariable("answerReminderCycle");
  public static final Variable<String> ESCALATION_AFTER = stringVariable("answerEscalationAfter");
  public static final Variable<String> ANSWER_DUE = stringVariable("answerDue");
  public static final Variable<String> SENT_AT = stringVariable("agreementSentAt");

  // answer form klu-agreement-answer
  public static final Variable<Answer> ANSWER = enumVariable("answerOutcome", Answer.class);
  public static final Variable<LocalDate> EFFECTIVE_DATE = localDateVariable("answerEffectiveDate");
  public static final Variable<String> CHANGES_REQUESTED = stringVariable("answerChangesRequested");
  public static final Variable<String> REJECTION_REASON = stringVariable("answerRejectionReason");

  // inform GPs form klu-agreement-inform-gps
  public static final Variable<GpChannel> GP_CHANNEL = enumVariable("gpChannel", GpChannel.class);
  public static final Variable<String> GP_MESSAGE = stringVariable("gpMessage");

  // the follow-up on a formalised agreement's implementation (form klu-agreement-implementation)
  /** How long until the next follow-up (ISO 8601 period, from {@code klu.agreement.*}). */
  public static final Variable<String> IMPLEMENTATION_FOLLOW_UP =
      stringVariable("implementationFollowUp");

  public static final Variable<ImplementationStatus> IMPLEMENTATION_STATUS =
      enumVariable("implementationStatus", ImplementationStatus.class);
  public static final Variable<String> IMPLEMENTATION_NOTE = stringVariable("implementationNote");
  public static final Variable<LocalDate> IMPLEMENTATION_AS_OF =
      localDateVariable("implementationAsOf");

  /** Implemented or stopped: the follow-up ends. */
  public static final Variable<Boolean> IMPLEMENTATION_SETTLED =
      booleanVariable("implementationSettled");

  /** Draft decisions. */
  public static final String SEND = "SEND";

  public static final String WITHDRAW = "WITHDRAW";

  /** Settlement agreement outcomes. */
  public static final String CONCLUDED = "CONCLUDED";

  public static final String NOT_POSSIBLE = "NOT_POSSIBLE";

  private AgreementProcess() {}
}
