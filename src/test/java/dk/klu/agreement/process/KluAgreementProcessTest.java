package dk.klu.agreement.process;

import static dk.klu.agreement.process.AgreementVariables.*;
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

  private static final String PROCESS = "klu-agreement";
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
          execution.setVariable(AGREEMENT_ID, AGREEMENT);
          for (String q :
              List.of(BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE, SETTLED_VIA_REGION)) {
            execution.setVariable(q, false);
          }
        });
    mocks.delegate("saveDraftDelegate");
    mocks.delegate(
        "recordRouteDelegate",
        execution ->
            execution.setVariable(
                SETTLEMENT_MISSING,
                Boolean.TRUE.equals(execution.getVariable(SETTLEMENT_REQUIRED))
                    && !settlementAgreementExists));
    mocks.delegate("recordSettlementAgreementDelegate");
    mocks.delegate(
        "sendDraftDelegate",
        execution -> {
          execution.setVariable(REMINDER_CYCLE, "R/P14D");
          execution.setVariable(ESCALATION_AFTER, "P60D");
          execution.setVariable(ANSWER_DUE, "2027-05-31T10:00:00+02:00");
        });
    mocks.delegate("remindBodyDelegate");
    mocks.delegate("escalateAnswerDelegate");
    mocks.delegate("recordAnswerDelegate");
    mocks.delegate("reportRejectionDelegate");
    mocks.delegate("informGpsDelegate");
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
    ProcessInstance pi = startBySecretariat();

    draft(pi, Map.of(BINDING_OBLIGATIONS, true, DRAFT_DECISION, SEND));

    assertThat(pi)
        .variables()
        .containsEntry(ROUTE, "SU_PARAGRAPH_2")
        .containsEntry(PAYER, "NONE")
        .containsEntry(SETTLEMENT_REQUIRED, false);
    assertThat(pi).hasNotPassed("UserTask_ArrangeSettlementAgreement");
    send(pi);
    answer(pi, Map.of(ANSWER, "FORMALISED", EFFECTIVE_DATE, "2027-06-01"));
    informGps(pi);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "ServiceTask_RegisterAgreement",
            "UserTask_DraftAgreement",
            "BusinessRuleTask_DecideRoute",
            "ServiceTask_RecordRoute",
            "ServiceTask_SendDraft",
            "UserTask_RegisterAnswer",
            "ServiceTask_RecordAnswer",
            "UserTask_InformGps",
            "ServiceTask_InformGps",
            "EndEvent_AgreementFormalised");
    assertThat(mocks.calls("reportRejectionDelegate")).isZero();
  }

  @Test
  void routeA_newUnpaidTask_regionPays_rejected_committeeInformed() {
    ProcessInstance pi = startBySecretariat();

    draft(pi, Map.of(NEW_UNPAID_TASK, true, SPECIAL_FEE, true, DRAFT_DECISION, SEND));

    assertThat(pi)
        .variables()
        .containsEntry(ROUTE, "SU_PARAGRAPH_2")
        .containsEntry(PAYER, "REGION")
        .containsEntry(SETTLEMENT_REQUIRED, false);
    send(pi);
    answer(pi, Map.of(ANSWER, "REJECTED", REJECTION_REASON, "Hører under overenskomsten."));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "ServiceTask_RecordAnswer", "ServiceTask_ReportRejection", "EndEvent_AgreementRejected")
        .hasNotPassed("UserTask_InformGps");
    assertThat(mocks.calls("reportRejectionDelegate")).isEqualTo(1);
  }

  @Test
  void fromMinutes_routeB_feeViaRegion_settlementArranged_changesRequested_thenFormalised() {
    ProcessInstance pi = startFromMinutes();

    draft(pi, Map.of(SPECIAL_FEE, true, SETTLED_VIA_REGION, true, DRAFT_DECISION, SEND));

    assertThat(pi)
        .variables()
        .containsEntry(ROUTE, "PRAKSISUDVALG_BILATERAL")
        .containsEntry(PAYER, "MUNICIPALITY")
        .containsEntry(SETTLEMENT_REQUIRED, true);
    assertThat(pi).isWaitingAt("UserTask_ArrangeSettlementAgreement");
    assertThat(task("UserTask_ArrangeSettlementAgreement", pi)).hasCandidateGroup("secretariat");
    complete(
        task("UserTask_ArrangeSettlementAgreement", pi),
        withVariables(SETTLEMENT_OUTCOME, CONCLUDED, SETTLEMENT_CONCLUDED_ON, "2027-03-15"));
    assertThat(mocks.calls("recordSettlementAgreementDelegate")).isEqualTo(1);

    send(pi);
    answer(pi, Map.of(ANSWER, "CHANGES_REQUESTED", CHANGES_REQUESTED, "Præcisér honoraret."));
    assertThat(pi).isWaitingAt("UserTask_DraftAgreement");

    // the drafters change the fee to be paid directly: no settlement agreement is needed now
    draft(pi, Map.of(SPECIAL_FEE, true, SETTLED_VIA_REGION, false, DRAFT_DECISION, SEND));
    assertThat(pi)
        .variables()
        .containsEntry(PAYER, "MUNICIPALITY")
        .containsEntry(SETTLEMENT_REQUIRED, false);
    send(pi);
    answer(pi, Map.of(ANSWER, "FORMALISED", EFFECTIVE_DATE, "2027-09-01"));
    informGps(pi);

    assertThat(pi).isEnded().hasPassed("EndEvent_AgreementFormalised");
    assertThat(mocks.calls("sendDraftDelegate")).isEqualTo(2);
    assertThat(mocks.calls("recordAnswerDelegate")).isEqualTo(2);
  }

  @Test
  void routeB_settlementAgreementNotPossible_backToDrafting_thenWithdrawn() {
    ProcessInstance pi = startBySecretariat();
    draft(pi, Map.of(SPECIAL_FEE, true, SETTLED_VIA_REGION, true, DRAFT_DECISION, SEND));

    complete(
        task("UserTask_ArrangeSettlementAgreement", pi),
        withVariables(
            SETTLEMENT_OUTCOME, NOT_POSSIBLE, SETTLEMENT_NOTE, "Regionen afregner ikke for os."));
    assertThat(pi).isWaitingAt("UserTask_DraftAgreement");

    draft(pi, Map.of(DRAFT_DECISION, WITHDRAW, WITHDRAWAL_REASON, "Uden honorar ingen aftale."));

    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_AgreementWithdrawn")
        .hasNotPassed("ServiceTask_SendDraft");
    assertThat(mocks.calls("saveDraftDelegate")).isEqualTo(2);
  }

  @Test
  void routeB_settlementAgreementExists_sentDirectly_remindedAndEscalated_thenRejected() {
    settlementAgreementExists = true;
    ProcessInstance pi = startBySecretariat();
    draft(pi, Map.of(SPECIAL_FEE, true, SETTLED_VIA_REGION, true, DRAFT_DECISION, SEND));
    assertThat(pi).hasNotPassed("UserTask_ArrangeSettlementAgreement");
    send(pi);

    Task waiting = task("UserTask_RegisterAnswer", pi);
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
    assertThat(pi).isWaitingAt("UserTask_RegisterAnswer");

    answer(pi, Map.of(ANSWER, "REJECTED", REJECTION_REASON, "Ikke relevant for regionen."));
    assertThat(pi)
        .isEnded()
        .hasPassed(
            "ServiceTask_RemindBody",
            "EndEvent_BodyReminded",
            "ServiceTask_EscalateAnswer",
            "EndEvent_AnswerEscalated",
            "EndEvent_AgreementRejected");
    // the answer ended the reminders
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void routeB_noFee_bilateral_formalised() {
    ProcessInstance pi = startBySecretariat();
    draft(pi, Map.of(DRAFT_DECISION, SEND));

    assertThat(pi)
        .variables()
        .containsEntry(ROUTE, "PRAKSISUDVALG_BILATERAL")
        .containsEntry(PAYER, "NONE")
        .containsEntry(SETTLEMENT_REQUIRED, false);
    send(pi);
    answer(pi, Map.of(ANSWER, "FORMALISED", EFFECTIVE_DATE, "2027-06-01"));
    informGps(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_AgreementFormalised");
  }

  // --- helpers -----------------------------------------------------------------------------

  private ProcessInstance startBySecretariat() {
    identityService().setAuthenticatedUserId("sekretaer");
    ProcessInstance pi;
    try {
      pi =
          runtimeService()
              .startProcessInstanceByKey(
                  PROCESS,
                  withVariables(TITLE, "Opsporing af KOL", DRAFT, "Lægerne tilbyder spirometri."));
    } finally {
      identityService().clearAuthentication();
    }
    assertThat(pi)
        .hasPassed("StartEvent_AgreementCreated", "ServiceTask_RegisterAgreement")
        .isWaitingAt("UserTask_DraftAgreement")
        .variables()
        .containsEntry(INITIATOR, "sekretaer")
        .containsEntry(AGREEMENT_ID, AGREEMENT);
    assertThat(task("UserTask_DraftAgreement", pi))
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
            .setVariable(ITEM_ID, ITEM)
            .correlateStartMessage();
    // the start is all the publishing step does: registration is the agreement's own job
    assertThat(pi).hasBusinessKey("agreement-item-" + ITEM).isWaitingAt("StartEvent_DraftAgreed");
    assertThat(mocks.calls("registerAgreementDelegate")).isZero();
    execute(job("StartEvent_DraftAgreed", pi));
    assertThat(pi)
        .hasPassed("StartEvent_DraftAgreed", "ServiceTask_RegisterAgreement")
        .isWaitingAt("UserTask_DraftAgreement");
    return pi;
  }

  private void draft(ProcessInstance pi, Map<String, Object> values) {
    assertThat(pi).isWaitingAt("UserTask_DraftAgreement");
    Map<String, Object> all = new java.util.HashMap<>();
    for (String q :
        List.of(BINDING_OBLIGATIONS, NEW_UNPAID_TASK, SPECIAL_FEE, SETTLED_VIA_REGION)) {
      all.put(q, false);
    }
    all.putAll(values);
    complete(task("UserTask_DraftAgreement", pi), all);
  }

  /** The draft is sent by a job (asynchronous, retried on failure). */
  private void send(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("ServiceTask_SendDraft");
    Job sending = job("ServiceTask_SendDraft", pi);
    execute(sending);
    assertThat(pi).isWaitingAt("UserTask_RegisterAnswer");
  }

  private void answer(ProcessInstance pi, Map<String, Object> values) {
    complete(task("UserTask_RegisterAnswer", pi), values);
  }

  private void informGps(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("UserTask_InformGps");
    assertThat(task("UserTask_InformGps", pi))
        .hasCandidateGroup("practice-consultant")
        .hasCandidateGroup("secretariat");
    complete(
        task("UserTask_InformGps", pi),
        withVariables(GP_CHANNEL, "MAIL", GP_MESSAGE, "Ny aftale om KOL."));
  }

  private static void moveClock(int days) {
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(days * 86_400L)));
  }

  /** Executes the timers that are due now, as the job executor would. */
  private static void runDueTimers(ProcessInstance pi) {
    for (int round = 0; round < 10; round++) {
      List<Job> due =
          managementService()
              .createJobQuery()
              .processInstanceId(pi.getId())
              .timers()
              .executable()
              .list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> execute(j));
    }
  }
}
