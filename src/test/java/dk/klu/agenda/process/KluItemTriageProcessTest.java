package dk.klu.agenda.process;

import static dk.klu.agenda.process.TriageProcess.*;
import static dk.klu.agenda.process.TriageProcess.Element.*;
import static dk.klu.support.ProcessTestKit.clock;
import static dk.klu.support.ProcessTestKit.runDueTimers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.agenda.TriageOutcome;
import dk.klu.process.FormValues;
import dk.klu.process.FormValuesHandler;
import dk.klu.process.contract.Variable;
import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-item-triage}, the secretariat's triage of one item as the
 * meeting calls it: every outcome is a path of its own (on the agenda, settled by the secretariat,
 * a question to the submitter answered in time or not).
 */
@Deployment(resources = "bpmn/klu-item-triage.bpmn")
class KluItemTriageProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(1.0);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-02-15T09:00:00+01:00");
  private static final String TRIAGE_DUE_AT = "2027-02-19T12:00:00+01:00";
  private static final String INFORMATION_DUE_AT = "2027-02-17T12:00:00+01:00";

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();

  @BeforeEach
  void setUp() {
    clock(NOW);
    mocks.executionListener(
        "loadTriageItemVariables",
        ITEM_TITLE.entry("Sårpleje i hjemmeplejen"),
        ITEM_NAME.entry("Sårpleje i hjemmeplejen"));
    mocks.delegate(
        "recordTriageDelegate",
        execution -> {
          if (TRIAGE_OUTCOME.from(execution).get() == TriageOutcome.NEEDS_INFORMATION) {
            INFORMATION_DUE.set(execution, INFORMATION_DUE_AT);
            ITEM_SUBMITTER.set(execution, "laege");
          }
        });
    // like the real delegates: the item is triaged again, the earlier outcome cleared
    mocks.delegate("recordInformationDelegate", TRIAGE_OUTCOME::clear);
    mocks.delegate("recordInformationOverdueDelegate", TRIAGE_OUTCOME::clear);
  }

  private ProcessInstance start() {
    return ProcessTestKit.startCalled(
        KEY,
        "KLU-møde 11.03.2027",
        ITEM_ID.name(),
        11L,
        MEETING_ID.name(),
        7L,
        MEETING_NAME.name(),
        "KLU-møde 11.03.2027",
        TRIAGE_DUE.name(),
        TRIAGE_DUE_AT);
  }

  private void triage(ProcessInstance pi, TriageOutcome outcome) {
    assertThat(task(pi))
        .hasDefinitionKey(UserTask_TriageItem.id())
        .hasName("Visitér punkt: Sårpleje i hjemmeplejen")
        .hasCandidateGroup("secretariat")
        .hasDueDate(Date.from(OffsetDateTime.parse(TRIAGE_DUE_AT).toInstant()));
    complete(task(pi), withVariables(TRIAGE_OUTCOME.name(), outcome.name()));
  }

  @Test
  void anItemPutOnTheAgenda_endsAsOnTheAgenda() {
    ProcessInstance pi = start();
    triage(pi, TriageOutcome.ON_AGENDA);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            StartEvent_ItemToTriage.id(), ServiceTask_RecordTriage.id(), EndEvent_ItemOnAgenda.id())
        .hasNotPassed(EndEvent_ItemSettled.id(), UserTask_ProvideInformation.id());
    assertThat(mocks.calls("loadTriageItemVariables")).isEqualTo(1);
  }

  @Test
  void theTriageFormReadsTheItemWhenItIsOpened_withoutVariables() {
    mocks.bean(
        "triageFormValues",
        (FormValues)
            task -> Variable.values(ITEM_TOPIC.entry("SAARPLEJE"), ITEM_APPROACH.entry(null)));
    ProcessInstance pi = start();
    Map<String, Object> form = formService().getTaskFormVariables(task(pi).getId());
    assertThat(form)
        .containsEntry(ITEM_TOPIC.name(), "SAARPLEJE")
        .containsEntry(ITEM_TITLE.name(), "Sårpleje i hjemmeplejen")
        .containsKey(ITEM_APPROACH.name());
    assertThat(runtimeService().getVariables(pi.getId()))
        .as("nothing stored")
        .doesNotContainKeys(ITEM_TOPIC.name(), ITEM_APPROACH.name());
    complete(task(pi), withVariables(TRIAGE_OUTCOME.name(), TriageOutcome.ON_AGENDA.name()));
    assertThat(pi).isEnded();
  }

  @Test
  void aTaskWithTheFormValuesHandlerMustNameItsValues() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("form-values-unnamed")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task")
            .camundaFormHandlerClass(FormValuesHandler.class.getName())
            .endEvent()
            .done();
    assertThatThrownBy(
            () ->
                repositoryService()
                    .createDeployment()
                    .addModelInstance("form-values-unnamed.bpmn", model)
                    .deploy())
        .hasMessageContaining("formValues");
  }

  @Test
  void solvedReferredAndRejected_eachEndAsSettledByTheSecretariat() {
    for (TriageOutcome outcome :
        new TriageOutcome[] {
          TriageOutcome.SOLVED, TriageOutcome.REFERRED, TriageOutcome.REJECTED
        }) {
      ProcessInstance pi = start();
      triage(pi, outcome);
      assertThat(pi)
          .as(outcome.name())
          .isEnded()
          .hasPassed(EndEvent_ItemSettled.id())
          .hasNotPassed(EndEvent_ItemOnAgenda.id());
    }
    assertThat(mocks.calls("recordTriageDelegate")).isEqualTo(3);
  }

  @Test
  void aQuestionAnsweredInTime_theItemIsTriagedAgain() {
    ProcessInstance pi = start();
    triage(pi, TriageOutcome.NEEDS_INFORMATION);

    assertThat(pi).isWaitingAt(UserTask_ProvideInformation.id());
    assertThat(task(pi))
        .hasName("Uddyb punktet: Sårpleje i hjemmeplejen")
        .isAssignedTo("laege")
        .hasDueDate(Date.from(OffsetDateTime.parse(INFORMATION_DUE_AT).toInstant()));
    complete(task(pi), withVariables(INFORMATION_ANSWER.name(), "Praksis i Nørresundby."));

    assertThat(mocks.calls("recordInformationDelegate")).isEqualTo(1);
    assertThat(TRIAGE_OUTCOME.from(runtimeService().getVariables(pi.getId())).isSet()).isFalse();
    triage(pi, TriageOutcome.ON_AGENDA);
    assertThat(pi)
        .isEnded()
        .hasPassed(ServiceTask_RecordInformation.id(), EndEvent_ItemOnAgenda.id())
        .hasNotPassed(BoundaryEvent_InformationOverdue.id());
  }

  @Test
  void aQuestionNotAnsweredInTime_theItemGoesBackToTriage() {
    ProcessInstance pi = start();
    triage(pi, TriageOutcome.NEEDS_INFORMATION);

    clock(OffsetDateTime.parse(INFORMATION_DUE_AT));
    runDueTimers(pi);

    assertThat(mocks.calls("recordInformationOverdueDelegate")).isEqualTo(1);
    assertThat(pi).isWaitingAt(UserTask_TriageItem.id());
    triage(pi, TriageOutcome.REJECTED);
    assertThat(pi)
        .isEnded()
        .hasPassed(
            BoundaryEvent_InformationOverdue.id(),
            ServiceTask_RecordInformationOverdue.id(),
            EndEvent_ItemSettled.id())
        .hasNotPassed(ServiceTask_RecordInformation.id());
  }
}
