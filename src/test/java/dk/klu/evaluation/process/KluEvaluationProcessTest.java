package dk.klu.evaluation.process;

import static dk.klu.evaluation.process.EvaluationProcess.*;
import static dk.klu.evaluation.process.EvaluationProcess.Element.*;
import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-evaluation}: approved at once, sent back by either chair (and by
 * both) and completed again, the reminders and escalations on the secretariat's and the chairs'
 * tasks (clock moved), and the contract with the year plan (input {@code year}, business key).
 */
@Deployment(resources = {"bpmn/klu-evaluation.bpmn"})
class KluEvaluationProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(0.9);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final String PROCESS = KEY;
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-12-01T09:00:00+01:00");

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();
  private final List<String> approvers = new ArrayList<>();

  @BeforeEach
  void setUp() {
    clock(NOW);
    approvers.clear();
    mocks.delegate(
        "generateEvaluationDelegate",
        CHAIR_USER.entry("formand"),
        GP_CHAIR_USER.entry("plo-formand"),
        FIGURES.entry("Møder: 4 planlagt, 4 afholdt"),
        COMPLETION_DUE.entry("2027-12-15T09:00:00+01:00"),
        COMPLETION_REMINDER.entry("2027-12-13T09:00:00+01:00"));
    mocks.delegate("remindEvaluationCompletionDelegate");
    mocks.delegate("escalateEvaluationCompletionDelegate");
    mocks.delegate(
        "saveEvaluationDelegate",
        APPROVAL_DUE.entry("2027-12-22T09:00:00+01:00"),
        APPROVAL_REMINDER.entry("2027-12-20T09:00:00+01:00"));
    mocks.delegate(
        "remindEvaluationApprovalDelegate",
        execution -> approvers.add("remind:" + APPROVER.from(execution).getOrNull()));
    mocks.delegate(
        "escalateEvaluationApprovalDelegate",
        execution -> approvers.add("escalate:" + APPROVER.from(execution).getOrNull()));
    mocks.delegate(
        "returnEvaluationDelegate",
        execution -> RETURN_NOTE.set(execution, "Formand: uddyb anbefalingerne."));
    mocks.delegate("sendEvaluationDelegate");
    mocks.delegate("archiveEvaluationDelegate");
  }

  @Test
  void completedAndApprovedByBoth_sentAndArchived() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt(ServiceTask_GenerateReport.id());
    execute(job(pi));
    assertThat(pi).isWaitingAt(UserTask_CompleteEvaluation.id());
    assertThat(task(pi)).hasCandidateGroup("secretariat");
    assertThat(task(pi).getDueDate())
        .isEqualTo(Date.from(OffsetDateTime.parse("2027-12-15T09:00:00+01:00").toInstant()));
    completeEvaluation();

    assertThat(pi).isWaitingAt(UserTask_ApproveChair.id(), UserTask_ApproveGpChair.id());
    assertThat(task(UserTask_ApproveChair.id(), pi))
        .isAssignedTo("formand")
        .hasName("Godkend årsevaluering 2027 (formand)");
    assertThat(task(UserTask_ApproveGpChair.id(), pi)).isAssignedTo("plo-formand");
    chairDecides(APPROVE);
    gpChairDecides(APPROVE);

    assertThat(pi).isWaitingAt(ServiceTask_SendEvaluation.id());
    execute(job(pi));
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            ServiceTask_GenerateReport.id(),
            UserTask_CompleteEvaluation.id(),
            ServiceTask_SaveEvaluation.id(),
            Gateway_Approved.id(),
            ServiceTask_SendEvaluation.id(),
            ServiceTask_ArchiveEvaluation.id(),
            EndEvent_EvaluationArchived.id())
        .hasNotPassed(ServiceTask_RecordReturn.id());
    assertThat(mocks.calls("sendEvaluationDelegate")).isEqualTo(1);
    assertThat(mocks.calls("archiveEvaluationDelegate")).isEqualTo(1);
  }

  @Test
  void yearAlreadyEvaluated_endsAsModelled_noIncident() {
    mocks.delegate(
        "generateEvaluationDelegate",
        execution -> {
          throw new BpmnError(
              ERROR_EVALUATION_EXISTS, "Årsevalueringen for 2027 er allerede startet.");
        });
    ProcessInstance pi = start();

    execute(job(pi));

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            ServiceTask_GenerateReport.id(),
            BoundaryEvent_EvaluationExists.id(),
            EndEvent_EvaluationExists.id())
        .hasNotPassed(UserTask_CompleteEvaluation.id());
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  @Test
  void chairReturnsIt_secretariatCompletesAgain_thenApproved() {
    ProcessInstance pi = toApproval();
    chairDecides(RETURN);
    gpChairDecides(APPROVE);

    assertThat(pi)
        .hasPassed(ServiceTask_RecordReturn.id())
        .isWaitingAt(UserTask_CompleteEvaluation.id());
    assertThat(pi).variables().containsEntry(RETURN_NOTE.name(), "Formand: uddyb anbefalingerne.");
    assertThat(mocks.calls("sendEvaluationDelegate")).isZero();

    completeEvaluation();
    assertThat(mocks.calls("saveEvaluationDelegate")).isEqualTo(2);
    chairDecides(APPROVE);
    gpChairDecides(APPROVE);
    sentAndEnded(pi);
  }

  @Test
  void gpChairReturnsIt_backToTheSecretariat() {
    ProcessInstance pi = toApproval();
    gpChairDecides(RETURN);
    assertThat(pi).isWaitingAt(UserTask_ApproveChair.id());
    chairDecides(APPROVE);
    assertThat(pi).isWaitingAt(UserTask_CompleteEvaluation.id());
    assertThat(mocks.calls("returnEvaluationDelegate")).isEqualTo(1);
  }

  @Test
  void secretariatIsRemindedAndTheDelayEscalated_taskStays() {
    ProcessInstance pi = startWithReport();

    timersAt("2027-12-13T09:00:01+01:00");
    assertThat(mocks.calls("remindEvaluationCompletionDelegate")).isEqualTo(1);
    assertThat(mocks.calls("escalateEvaluationCompletionDelegate")).isZero();
    timersAt("2027-12-15T09:00:01+01:00");
    assertThat(mocks.calls("escalateEvaluationCompletionDelegate")).isEqualTo(1);
    assertThat(pi)
        .hasPassed(EndEvent_SecretariatReminded.id(), EndEvent_CompletionEscalated.id())
        .isWaitingAt(UserTask_CompleteEvaluation.id());
  }

  @Test
  void chairsAreRemindedAndEscalatedEachForThemselves() {
    ProcessInstance pi = toApproval();

    timersAt("2027-12-20T09:00:01+01:00");
    assertThat(approvers).containsExactlyInAnyOrder("remind:formand", "remind:plo-formand");
    chairDecides(APPROVE);
    timersAt("2027-12-22T09:00:01+01:00");
    assertThat(approvers).contains("escalate:plo-formand").doesNotContain("escalate:formand");
    assertThat(pi)
        .hasPassed(
            EndEvent_ChairReminded.id(),
            EndEvent_GpChairReminded.id(),
            EndEvent_GpChairEscalated.id())
        .isWaitingAt(UserTask_ApproveGpChair.id());
    gpChairDecides(APPROVE);
    sentAndEnded(pi);
  }

  @Test
  void chairEscalation_whileTheGpChairHasApproved() {
    ProcessInstance pi = toApproval();
    gpChairDecides(APPROVE);
    timersAt("2027-12-22T09:00:01+01:00");
    assertThat(approvers).containsExactlyInAnyOrder("remind:formand", "escalate:formand");
    assertThat(pi).hasPassed(EndEvent_ChairEscalated.id()).isWaitingAt(UserTask_ApproveChair.id());
  }

  @Test
  void theYearPlanStartsItWithTheYearAndItsBusinessKey() {
    ProcessInstance pi =
        runtimeService()
            .startProcessInstanceByKey(
                PROCESS, businessKey(2027), withVariables(YEAR.name(), 2027));
    assertThat(pi).hasBusinessKey("evaluation-2027").variables().containsEntry(YEAR.name(), 2027);
    execute(job(pi));
    assertThat(pi).isWaitingAt(UserTask_CompleteEvaluation.id());
    assertThat(mocks.calls("generateEvaluationDelegate")).isEqualTo(1);
  }

  // --- helpers ---------------------------------------------------------------------------

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS, withVariables(YEAR.name(), 2027));
  }

  /** Started, with the report generated: the secretariat's task waits. */
  private ProcessInstance startWithReport() {
    ProcessInstance pi = start();
    execute(job(pi));
    return pi;
  }

  /** Started, the report generated and the evaluation completed: the chairs' approvals wait. */
  private ProcessInstance toApproval() {
    ProcessInstance pi = startWithReport();
    completeEvaluation();
    return pi;
  }

  /** Both chairs have approved: the evaluation is sent, and the process ends. */
  private static void sentAndEnded(ProcessInstance pi) {
    execute(job(pi));
    assertThat(pi).isEnded();
  }

  private void completeEvaluation() {
    complete(
        taskQuery().taskDefinitionKey(UserTask_CompleteEvaluation.id()).singleResult(),
        withVariables(
            ASSESSMENT.name(),
            "Samarbejdet fungerer godt.",
            RECOMMENDATIONS.name(),
            "Fortsæt med fire møder."));
  }

  private void chairDecides(String decision) {
    approve(UserTask_ApproveChair.id(), CHAIR_DECISION.name(), decision);
  }

  private void gpChairDecides(String decision) {
    approve(UserTask_ApproveGpChair.id(), GP_CHAIR_DECISION.name(), decision);
  }

  private void approve(String taskKey, String decisionVariable, String decision) {
    Map<String, Object> values =
        RETURN.equals(decision)
            ? withVariables(
                decisionVariable,
                decision,
                decisionVariable.equals(CHAIR_DECISION.name())
                    ? CHAIR_COMMENT.name()
                    : GP_CHAIR_COMMENT.name(),
                "Uddyb anbefalingerne.")
            : withVariables(decisionVariable, decision);
    complete(taskQuery().taskDefinitionKey(taskKey).singleResult(), values);
  }

  /** Moves the clock to {@code time} and fires the timers then due. */
  private static void timersAt(String time) {
    clock(time);
    runDueTimers();
  }

  private static void runDueTimers() {
    List<Job> due = managementService().createJobQuery().timers().executable().list();
    for (Job job : due) {
      managementService().executeJob(job.getId());
    }
  }
}
