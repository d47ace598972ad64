package dk.klu.agreement.process;

import static dk.klu.agreement.process.AgreementProcess.*;
import static dk.klu.agreement.process.AgreementProcess.Element.*;
import static dk.klu.support.ProcessTestKit.moveClock;
import static dk.klu.support.ProcessTestKit.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.agreement.ImplementationStatus;
import dk.klu.agreement.RouteOption;
import dk.klu.support.ProcessMocks;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-agreement} with the real decision table: one test per route and
 * outcome (formalised, changes requested, rejected, withdrawn), the settlement agreement arranged
 * or impossible, and the reminders and escalation while the answer is awaited (clock moved).
 */
@Deployment(resources = {"bpmn/klu-agreement.bpmn", "bpmn/klu-agreement-route.dmn"})
class KluAgreementProcessTest {

  private static final String ENGINE_CONFIGURATION = "klu-process-test.cfg.xml";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder(ENGINE_CONFIGURATION)
          .assertClassCoverageAtLeast(0.9)
          .build();

  private static final String PROCESS = KEY;
  private static final long AGREEMENT = 41L;
  private static final long ITEM = 501L;
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-04-01T10:00:00+02:00");

  private final ProcessMocks mocks = new ProcessMocks();
  private boolean settlementAgreementExists;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    settlementAgreementExists = false;
    mocks.delegate(
        "registerAgreementDelegate",
        execution -> {
          AGREEMENT_ID.set(execution, AGREEMENT);
          NAME.set(execution, "Opsporing af KOL"); // the stored agreement's title
          REVISION_FOR_COMMITTEE.set(execution, false);
          for (var q : List.of(BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE)) {
            q.set(execution, false);
          }
        });
    mocks.delegate("saveDraftDelegate");
    // the real step: it reads the real decision table of the deployment
    mocks.delegate("openRoutesDelegate", AgreementDelegates::findOpenRoutes);
    mocks.delegate(
        "recordRouteDelegate",
        execution -> {
          RouteOption taken =
              RouteOption.chosen(
                  RouteOption.decode(ROUTE_OPTIONS.from(execution).get()),
                  ROUTE.from(execution).get());
          PAYER.set(execution, taken.payer());
          SETTLEMENT_REQUIRED.set(execution, taken.settlementAgreementRequired());
          SETTLEMENT_MISSING.set(
              execution, taken.settlementAgreementRequired() && !settlementAgreementExists);
        });
    mocks.delegate("recordSettlementAgreementDelegate");
    mocks.delegate(
        "sendDraftDelegate",
        REMINDER_CYCLE.entry("R/P14D"),
        ESCALATION_AFTER.entry("P60D"),
        ANSWER_DUE.entry("2027-05-31T10:00:00+02:00"));
    mocks.delegate("remindBodyDelegate");
    mocks.delegate("escalateAnswerDelegate");
    mocks.delegate(
        "recordAnswerDelegate",
        execution -> {
          if ("CHANGES_REQUESTED".equals(execution.getVariable(ANSWER.name()))) {
            REVISION_FOR_COMMITTEE.set(execution, true);
          }
          if ("FORMALISED".equals(execution.getVariable(ANSWER.name()))) {
            IMPLEMENTATION_STATUS.set(execution, ImplementationStatus.NOT_STARTED);
            IMPLEMENTATION_FOLLOW_UP.set(execution, "P3M");
          }
        });
    mocks.delegate("reportRejectionDelegate");
    mocks.delegate(
        "submitRevisionDelegate", execution -> REVISION_ITEM_ID.set(execution, ITEM + 1));
    mocks.delegate(
        "recordRevisionDecisionDelegate",
        execution -> {
          if (REVISION_AGREED.from(execution).getOrDefault(false)) {
            REVISION_FOR_COMMITTEE.set(execution, false);
          }
        });
    mocks.delegate("informGpsDelegate");
    mocks.delegate(
        "recordImplementationDelegate",
        execution ->
            IMPLEMENTATION_SETTLED.set(
                execution, IMPLEMENTATION_STATUS.from(execution).get().settled()));
  }

  @AfterEach
  void tearDown() {
    mocks.reset();
    identityService().clearAuthentication();
    ClockUtil.reset();
    AbstractAssertions.reset();
  }

  @Test
  void routeA_sanctionableObligations_formalised_gpsInformed() {
    ProcessInstance pi =
        draftedBySecretariat(Map.of(BINDING_OBLIGATIONS.name(), true, DRAFT_DECISION.name(), SEND));

    assertRoute(pi, "SU_PARAGRAPH_2", "NONE", false);
    assertThat(pi)
        .hasNotPassed(UserTask_ArrangeSettlementAgreement.id(), UserTask_ChooseRoute.id());
    send(pi);
    answer(pi, Map.of(ANSWER.name(), "FORMALISED", EFFECTIVE_DATE.name(), "2027-06-01"));
    informGps(pi);
    implemented(pi);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            ServiceTask_RegisterAgreement.id(),
            UserTask_DraftAgreement.id(),
            BusinessRuleTask_DecideRoute.id(),
            ServiceTask_RecordRoute.id(),
            ServiceTask_SendDraft.id(),
            UserTask_RegisterAnswer.id(),
            ServiceTask_RecordAnswer.id(),
            UserTask_InformGps.id(),
            ServiceTask_InformGps.id(),
            IntermediateCatchEvent_FollowUpDue.id(),
            UserTask_FollowUpImplementation.id(),
            ServiceTask_RecordImplementation.id(),
            EndEvent_AgreementFormalised.id());
    assertThat(mocks.calls("reportRejectionDelegate")).isZero();
  }

  @Test
  void newUnpaidTaskWithFee_bothRoutesOpen_committeeChoosesA_regionPays_noSettlement_rejected() {
    ProcessInstance pi = startBySecretariat();

    draft(
        pi,
        Map.of(
            NEW_UNPAID_TASK.name(), true, SPECIAL_FEE.name(), true, DRAFT_DECISION.name(), SEND));

    // both routes are open: the secretariat registers the committee's choice
    assertThat(pi)
        .isWaitingAt(UserTask_ChooseRoute.id())
        .variables()
        .containsEntry(ROUTE_CHOICE_NEEDED.name(), true)
        .containsEntry(ROUTE.name(), null);
    assertThat((String) runtimeService().getVariable(pi.getId(), ROUTE_OPTIONS_TEXT.name()))
        .contains("§ 2-aftale", "regionen", "Bilateral", "kommunen", "afregningsaftale");
    assertThat(task(UserTask_ChooseRoute.id(), pi))
        .hasCandidateGroup("secretariat")
        .hasName("Registrér udvalgets valg af aftalevej: Opsporing af KOL");
    complete(task(UserTask_ChooseRoute.id(), pi), withVariables(ROUTE.name(), "SU_PARAGRAPH_2"));

    assertRoute(pi, "SU_PARAGRAPH_2", "REGION", false);
    assertThat(pi).hasNotPassed(UserTask_ArrangeSettlementAgreement.id());
    send(pi);
    answer(
        pi,
        Map.of(ANSWER.name(), "REJECTED", REJECTION_REASON.name(), "Hører under overenskomsten."));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            BusinessRuleTask_DecideRoute.id(),
            UserTask_ChooseRoute.id(),
            ServiceTask_RecordRoute.id(),
            ServiceTask_SendDraft.id(),
            ServiceTask_RecordAnswer.id(),
            ServiceTask_ReportRejection.id(),
            EndEvent_AgreementRejected.id())
        .hasNotPassed(UserTask_InformGps.id());
    assertThat(mocks.calls("reportRejectionDelegate")).isEqualTo(1);
  }

  @Test
  void newUnpaidTaskWithFee_committeeChoosesB_municipalityPays_settlementBeforeSending() {
    ProcessInstance pi = startBySecretariat();
    draft(
        pi,
        Map.of(
            NEW_UNPAID_TASK.name(), true, SPECIAL_FEE.name(), true, DRAFT_DECISION.name(), SEND));

    complete(
        task(UserTask_ChooseRoute.id(), pi),
        withVariables(ROUTE.name(), "PRAKSISUDVALG_BILATERAL"));

    assertRoute(pi, "PRAKSISUDVALG_BILATERAL", "MUNICIPALITY", true);
    // nothing is sent before the settlement agreement with the region is concluded
    assertThat(pi).isWaitingAt(UserTask_ArrangeSettlementAgreement.id());
    assertThat(mocks.calls("sendDraftDelegate")).isZero();
    complete(
        task(UserTask_ArrangeSettlementAgreement.id(), pi),
        withVariables(
            SETTLEMENT_OUTCOME.name(), CONCLUDED, SETTLEMENT_CONCLUDED_ON.name(), "2027-03-15"));
    send(pi);
    assertThat(pi)
        .hasPassedInOrder(
            UserTask_ChooseRoute.id(),
            ServiceTask_RecordRoute.id(),
            UserTask_ArrangeSettlementAgreement.id(),
            ServiceTask_RecordSettlementAgreement.id(),
            ServiceTask_SendDraft.id());
  }

  @Test
  void fromMinutes_routeB_municipalFee_settlementArranged_changesRequested_thenFormalised() {
    ProcessInstance pi = startFromMinutes();

    draft(pi, Map.of(SPECIAL_FEE.name(), true, DRAFT_DECISION.name(), SEND));

    assertRoute(pi, "PRAKSISUDVALG_BILATERAL", "MUNICIPALITY", true);
    assertThat(pi).isWaitingAt(UserTask_ArrangeSettlementAgreement.id());
    assertThat(task(UserTask_ArrangeSettlementAgreement.id(), pi)).hasCandidateGroup("secretariat");
    complete(
        task(UserTask_ArrangeSettlementAgreement.id(), pi),
        withVariables(
            SETTLEMENT_OUTCOME.name(), CONCLUDED, SETTLEMENT_CONCLUDED_ON.name(), "2027-03-15"));
    assertThat(mocks.calls("recordSettlementAgreementDelegate")).isEqualTo(1);

    send(pi);
    changesRequested(pi, "Præcisér honoraret.");
    assertThat(pi).isWaitingAt(UserTask_DraftAgreement.id());

    // the drafters drop the fee: nobody pays, and no settlement agreement is needed now; the
    // revised draft goes to the committee's next meeting before it is sent again
    revisedDraftDecided(
        pi,
        Map.of(DRAFT_DECISION.name(), SEND),
        true,
        "Udvalget er enigt om det reviderede udkast.");
    assertThat(pi)
        .variables()
        .containsEntry(PAYER.name(), "NONE")
        .containsEntry(SETTLEMENT_REQUIRED.name(), false);
    send(pi);
    answer(pi, Map.of(ANSWER.name(), "FORMALISED", EFFECTIVE_DATE.name(), "2027-09-01"));
    informGps(pi);
    implemented(pi);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            UserTask_RegisterAnswer.id(),
            UserTask_DraftAgreement.id(),
            ServiceTask_SubmitRevision.id(),
            IntermediateCatchEvent_RevisionDecided.id(),
            ServiceTask_RecordRevisionDecision.id(),
            ServiceTask_SendDraft.id(),
            EndEvent_AgreementFormalised.id());
    assertThat(mocks.calls("sendDraftDelegate")).isEqualTo(2);
    assertThat(mocks.calls("recordAnswerDelegate")).isEqualTo(2);
    assertThat(mocks.calls("submitRevisionDelegate")).isEqualTo(1);
  }

  @Test
  void changesRequested_committeeDisagreesWithTheRevision_backToDrafting_thenAgreed_sentAgain() {
    ProcessInstance pi =
        draftedBySecretariat(Map.of(BINDING_OBLIGATIONS.name(), true, DRAFT_DECISION.name(), SEND));
    // the first sending needs no committee round: the committee agreed the draft it came from
    assertThat(pi).hasNotPassed(ServiceTask_SubmitRevision.id());
    send(pi);
    changesRequested(pi, "Kortere frister.");

    Map<String, Object> revised =
        Map.of(BINDING_OBLIGATIONS.name(), true, DRAFT_DECISION.name(), SEND);
    revisedDraftDecided(pi, revised, false, "Fristerne er for korte for praksis.");

    // back with its drafters; the next revision goes to the committee again
    assertThat(pi).isWaitingAt(UserTask_DraftAgreement.id());
    assertThat(mocks.calls("sendDraftDelegate")).isEqualTo(1);
    revisedDraftDecided(pi, revised, true, "Udvalget tilslutter sig udkastet.");
    send(pi);

    assertThat(mocks.calls("submitRevisionDelegate")).isEqualTo(2);
    assertThat(mocks.calls("recordRevisionDecisionDelegate")).isEqualTo(2);
    assertThat(mocks.calls("sendDraftDelegate")).isEqualTo(2);
  }

  @Test
  void routeB_settlementAgreementNotPossible_backToDrafting_thenWithdrawn() {
    ProcessInstance pi =
        draftedBySecretariat(Map.of(SPECIAL_FEE.name(), true, DRAFT_DECISION.name(), SEND));

    complete(
        task(UserTask_ArrangeSettlementAgreement.id(), pi),
        withVariables(
            SETTLEMENT_OUTCOME.name(),
            NOT_POSSIBLE,
            SETTLEMENT_NOTE.name(),
            "Regionen afregner ikke for os."));
    assertThat(pi).isWaitingAt(UserTask_DraftAgreement.id());

    draft(
        pi,
        Map.of(
            DRAFT_DECISION.name(),
            WITHDRAW,
            WITHDRAWAL_REASON.name(),
            "Uden honorar ingen aftale."));

    assertThat(pi)
        .isEnded()
        .hasPassed(EndEvent_AgreementWithdrawn.id())
        .hasNotPassed(ServiceTask_SendDraft.id());
    assertThat(mocks.calls("saveDraftDelegate")).isEqualTo(2);
  }

  @Test
  void routeB_settlementAgreementExists_sentDirectly_remindedAndEscalated_thenRejected() {
    settlementAgreementExists = true;
    ProcessInstance pi =
        draftedBySecretariat(Map.of(SPECIAL_FEE.name(), true, DRAFT_DECISION.name(), SEND));
    assertThat(pi)
        .hasNotPassed(UserTask_ArrangeSettlementAgreement.id(), UserTask_ChooseRoute.id());
    send(pi);

    Task waiting = task(UserTask_RegisterAnswer.id(), pi);
    assertThat(waiting)
        .hasCandidateGroup("secretariat")
        .hasDueDate(Date.from(OffsetDateTime.parse("2027-05-31T10:00:00+02:00").toInstant()));

    // a reminder every 14 days while the answer is awaited ...
    for (int reminder = 1; reminder <= 4; reminder++) {
      moveClock(14);
      runDueTimers(pi);
      assertThat(mocks.calls("remindBodyDelegate")).isEqualTo(reminder);
    }
    assertThat(mocks.calls("escalateAnswerDelegate")).isZero();
    // ... and the escalation 60 days after sending; the answer task stays with the secretariat
    moveClock(4);
    runDueTimers(pi);
    assertThat(mocks.calls("escalateAnswerDelegate")).isEqualTo(1);
    assertThat(mocks.calls("remindBodyDelegate")).isEqualTo(4);
    assertThat(pi).isWaitingAt(UserTask_RegisterAnswer.id());

    answer(
        pi,
        Map.of(ANSWER.name(), "REJECTED", REJECTION_REASON.name(), "Ikke relevant for regionen."));
    assertThat(pi)
        .isEnded()
        .hasPassed(
            ServiceTask_RemindBody.id(),
            EndEvent_BodyReminded.id(),
            ServiceTask_EscalateAnswer.id(),
            EndEvent_AnswerEscalated.id(),
            EndEvent_AgreementRejected.id());
    // the answer ended the reminders
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void routeB_noFee_bilateral_formalised() {
    ProcessInstance pi = draftedBySecretariat(Map.of(DRAFT_DECISION.name(), SEND));

    assertRoute(pi, "PRAKSISUDVALG_BILATERAL", "NONE", false);
    send(pi);
    answer(pi, Map.of(ANSWER.name(), "FORMALISED", EFFECTIVE_DATE.name(), "2027-06-01"));
    informGps(pi);
    implemented(pi);
    assertThat(pi)
        .isEnded()
        .hasPassed(EndEvent_AgreementFormalised.id())
        .hasNotPassed(UserTask_ChooseRoute.id());
  }

  // --- helpers -----------------------------------------------------------------------------

  /** The route the agreement takes, who pays, and whether a settlement agreement is required. */
  private static void assertRoute(
      ProcessInstance pi, String route, String payer, boolean settlementRequired) {
    assertThat(pi)
        .variables()
        .containsEntry(ROUTE.name(), route)
        .containsEntry(PAYER.name(), payer)
        .containsEntry(SETTLEMENT_REQUIRED.name(), settlementRequired);
  }

  /** Started by the secretariat, its first draft saved with {@code values}. */
  private ProcessInstance draftedBySecretariat(Map<String, Object> values) {
    ProcessInstance pi = startBySecretariat();
    draft(pi, values);
    return pi;
  }

  private ProcessInstance startBySecretariat() {
    identityService().setAuthenticatedUserId("sekretaer");
    ProcessInstance pi;
    try {
      pi =
          runtimeService()
              .startProcessInstanceByKey(
                  PROCESS,
                  withVariables(
                      TITLE.name(),
                      "Opsporing af KOL",
                      DRAFT.name(),
                      "Lægerne tilbyder spirometri."));
    } finally {
      identityService().clearAuthentication();
    }
    assertThat(pi)
        .hasPassed(StartEvent_AgreementCreated.id(), ServiceTask_RegisterAgreement.id())
        .isWaitingAt(UserTask_DraftAgreement.id())
        .variables()
        .containsEntry(INITIATOR.name(), "sekretaer")
        .containsEntry(AGREEMENT_ID.name(), AGREEMENT);
    assertThat(task(UserTask_DraftAgreement.id(), pi))
        .hasCandidateGroup("secretariat")
        .hasCandidateGroup("practice-consultant");
    return pi;
  }

  /** What publishing the minutes does for an item with a draft agreement. */
  private ProcessInstance startFromMinutes() {
    ProcessInstance pi =
        runtimeService()
            .createMessageCorrelation(MESSAGE_DRAFT_AGREED)
            .processInstanceBusinessKey("agreement-item-" + ITEM)
            .setVariable(ITEM_ID.name(), ITEM)
            .correlateStartMessage();
    // the start is all the publishing step does: registration is the agreement's own job
    assertThat(pi)
        .hasBusinessKey("agreement-item-" + ITEM)
        .isWaitingAt(StartEvent_DraftAgreed.id());
    assertThat(mocks.calls("registerAgreementDelegate")).isZero();
    execute(job(StartEvent_DraftAgreed.id(), pi));
    assertThat(pi)
        .hasPassed(StartEvent_DraftAgreed.id(), ServiceTask_RegisterAgreement.id())
        .isWaitingAt(UserTask_DraftAgreement.id());
    return pi;
  }

  private void draft(ProcessInstance pi, Map<String, Object> values) {
    assertThat(pi).isWaitingAt(UserTask_DraftAgreement.id());
    Map<String, Object> all = new java.util.HashMap<>();
    for (var q : List.of(BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE)) {
      all.put(q.name(), false);
    }
    all.putAll(values);
    complete(task(UserTask_DraftAgreement.id(), pi), all);
  }

  @Test
  void formalised_implementationFollowedUpQuarterly_untilImplemented() {
    ProcessInstance pi = draftedBySecretariat(Map.of(DRAFT_DECISION.name(), SEND));
    send(pi);
    answer(pi, Map.of(ANSWER.name(), "FORMALISED", EFFECTIVE_DATE.name(), "2027-06-01"));
    informGps(pi);

    // no follow-up task before the quarter has passed
    assertThat(pi).isWaitingAt(IntermediateCatchEvent_FollowUpDue.id());
    moveClock(80);
    runDueTimers(pi);
    assertThat(pi).isWaitingAt(IntermediateCatchEvent_FollowUpDue.id());
    moveClock(12);
    runDueTimers(pi);
    Task followUp = task(UserTask_FollowUpImplementation.id(), pi);
    assertThat(followUp).hasCandidateGroup("secretariat");
    assertThat(runtimeService().getVariable(pi.getId(), IMPLEMENTATION_STATUS.name()))
        .isEqualTo("NOT_STARTED");

    // in progress: the next follow-up a quarter later
    complete(
        followUp,
        withVariables(
            IMPLEMENTATION_STATUS.name(),
            "IN_PROGRESS",
            IMPLEMENTATION_AS_OF.name(),
            "2027-07-01",
            IMPLEMENTATION_NOTE.name(),
            "Halvdelen af praksis er i gang."));
    assertThat(pi).isWaitingAt(IntermediateCatchEvent_FollowUpDue.id());
    moveClock(92);
    runDueTimers(pi);
    complete(
        task(UserTask_FollowUpImplementation.id(), pi),
        withVariables(
            IMPLEMENTATION_STATUS.name(), "STOPPED", IMPLEMENTATION_AS_OF.name(), "2027-10-01"));

    assertThat(pi).isEnded().hasPassed(EndEvent_AgreementFormalised.id());
    assertThat(mocks.calls("recordImplementationDelegate")).isEqualTo(2);
  }

  /** The first quarterly follow-up finds the agreement implemented: the follow-up ends. */
  private void implemented(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(IntermediateCatchEvent_FollowUpDue.id());
    moveClock(92);
    runDueTimers(pi);
    complete(
        task(UserTask_FollowUpImplementation.id(), pi),
        withVariables(
            IMPLEMENTATION_STATUS.name(),
            "IMPLEMENTED",
            IMPLEMENTATION_AS_OF.name(),
            "2027-09-01"));
  }

  /**
   * The drafters revise the draft after changes were requested: it waits for the committee, and
   * nothing is sent, until publishing the minutes brings the committee's decision on it.
   */
  private void revisedDraftDecided(
      ProcessInstance pi, Map<String, Object> values, boolean agreed, String decision) {
    int sent = mocks.calls("sendDraftDelegate");
    draft(pi, values);
    assertThat(pi)
        .hasPassed(ServiceTask_SubmitRevision.id())
        .isWaitingAt(IntermediateCatchEvent_RevisionDecided.id());
    assertThat(mocks.calls("sendDraftDelegate")).isEqualTo(sent);
    runtimeService()
        .createMessageCorrelation(MESSAGE_REVISION_DECIDED)
        .processInstanceId(pi.getId())
        .setVariable(REVISION_AGREED.name(), agreed)
        .setVariable(REVISION_DECISION.name(), decision)
        .correlate();
  }

  /** The draft is sent by a job (asynchronous, retried on failure). */
  private void send(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(ServiceTask_SendDraft.id());
    Job sending = job(ServiceTask_SendDraft.id(), pi);
    execute(sending);
    assertThat(pi).isWaitingAt(UserTask_RegisterAnswer.id());
  }

  private void changesRequested(ProcessInstance pi, String changes) {
    answer(pi, Map.of(ANSWER.name(), "CHANGES_REQUESTED", CHANGES_REQUESTED.name(), changes));
  }

  private void answer(ProcessInstance pi, Map<String, Object> values) {
    complete(task(UserTask_RegisterAnswer.id(), pi), values);
  }

  private void informGps(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(UserTask_InformGps.id());
    assertThat(task(UserTask_InformGps.id(), pi))
        .hasCandidateGroup("practice-consultant")
        .hasCandidateGroup("secretariat");
    complete(
        task(UserTask_InformGps.id(), pi),
        withVariables(GP_CHANNEL.name(), "MAIL", GP_MESSAGE.name(), "Ny aftale om KOL."));
  }
}
