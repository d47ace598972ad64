package dk.klu.meeting.process;

import static dk.klu.meeting.process.AgendaPreparationProcess.*;
import static dk.klu.meeting.process.AgendaPreparationProcess.Element.*;
import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-agenda-preparation}, as the meeting calls it with a drafted
 * agenda: the chair reviews, then the GP chair; either may send it back to the secretariat, and the
 * approved agenda gets a case presentation for each item on it.
 */
@Deployment(resources = "bpmn/klu-agenda-preparation.bpmn")
class KluAgendaPreparationProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(1.0);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final long MEETING = 7L;
  private static final String MEETING_NAME_VALUE = "KLU-møde 11.03.2027";
  private static final String REVIEW_DUE = "2027-02-24T12:00:00+01:00";
  private static final String CASE_PRESENTATION_DUE_AT = "2027-02-26T12:00:00+01:00";

  @RegisterExtension final ProcessMocks mocks = new ProcessMocks();
  private final ProcessMocks.Collections collections = new ProcessMocks.Collections(MEETING);

  @BeforeEach
  void setUp() {
    clock(OffsetDateTime.parse("2027-02-19T13:00:00+01:00"));
    mocks.bean("meetingCollections", collections);
    mocks.taskListener("agendaFormData");
    mocks.taskListener("agendaFormStore");
    mocks.taskListener("agendaPutBack");
    mocks.delegate("approveAgendaDelegate");
    mocks.executionListener(
        "loadItemVariables",
        execution ->
            execution.setVariableLocal("item", "Punkt " + ProcessMocks.id(execution, "itemId")));
    mocks.delegate("saveCasePresentationDelegate");
  }

  private ProcessInstance start() {
    return ProcessTestKit.startCalled(
        KEY,
        MEETING_NAME_VALUE,
        MEETING_ID.name(),
        MEETING,
        MEETING_NAME.name(),
        MEETING_NAME_VALUE,
        CHAIR_USER.name(),
        "formand",
        GP_CHAIR_USER.name(),
        "plo-formand",
        CHAIR_REVIEW_DUE.name(),
        REVIEW_DUE,
        CASE_PRESENTATION_DUE.name(),
        CASE_PRESENTATION_DUE_AT,
        AGENDA_AVAILABLE_MINUTES.name(),
        120);
  }

  private void review(ProcessInstance pi, Element task, String chair, String name, String as) {
    assertThat(pi).isWaitingAt(task.id());
    assertThat(task(pi))
        .isAssignedTo(chair)
        .hasName(name + MEETING_NAME_VALUE)
        .hasDueDate(Date.from(OffsetDateTime.parse(REVIEW_DUE).toInstant()));
    String decision =
        task == UserTask_ReviewAgendaChair ? CHAIR_DECISION.name() : GP_CHAIR_DECISION.name();
    complete(task(pi), withVariables(decision, as));
  }

  private void chair(ProcessInstance pi, String as) {
    review(pi, UserTask_ReviewAgendaChair, "formand", "Gennemgå dagsorden (formand): ", as);
  }

  private void gpChair(ProcessInstance pi, String as) {
    review(
        pi, UserTask_ReviewAgendaGpChair, "plo-formand", "Gennemgå dagsorden (PLO-formand): ", as);
  }

  private void revise(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(UserTask_ReviseAgenda.id());
    assertThat(task(pi))
        .hasCandidateGroup("secretariat")
        .hasName("Tilret dagsorden: " + MEETING_NAME_VALUE);
    complete(task(pi), withVariables(AGENDA_REVISION_NOTE.name(), "Rettet."));
  }

  @Test
  void bothChairsApprove_thenACasePresentationIsWrittenForEachItem() {
    collections.withOnAgenda(11L, 12L);
    ProcessInstance pi = start();
    chair(pi, APPROVE);
    gpChair(pi, APPROVE);

    assertThat(mocks.calls("approveAgendaDelegate")).isEqualTo(1);
    for (Task write : taskQuery().taskDefinitionKey(UserTask_WriteCasePresentation.id()).list()) {
      assertThat(write)
          .hasCandidateGroup("secretariat")
          .hasDueDate(Date.from(OffsetDateTime.parse(CASE_PRESENTATION_DUE_AT).toInstant()));
      assertThat(write.getName()).startsWith("Skriv sagsfremstilling: Punkt 1");
      complete(write, withVariables(CASE_PRESENTATION.name(), "Baggrund."));
    }
    assertThat(mocks.calls("saveCasePresentationDelegate")).isEqualTo(2);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            UserTask_ReviewAgendaChair.id(),
            UserTask_ReviewAgendaGpChair.id(),
            ServiceTask_ApproveAgenda.id(),
            EndEvent_AgendaReady.id())
        .hasNotPassed(UserTask_ReviseAgenda.id());
  }

  @Test
  void eachChairMaySendTheAgendaBack_theSecretariatRevisesIt_andTheChairReviewsAgain() {
    ProcessInstance pi = start();
    chair(pi, RETURN);
    revise(pi);
    chair(pi, APPROVE);
    gpChair(pi, RETURN);
    revise(pi);
    assertThat(mocks.calls("approveAgendaDelegate")).isZero();
    chair(pi, APPROVE);
    gpChair(pi, APPROVE);

    assertThat(pi).isEnded().hasPassed(SubProcess_CasePresentation.id() + "#multiInstanceBody");
    // create: chair 3, GP chair 2, revision 2; complete (store): chair 3, revision 2
    assertThat(mocks.calls("agendaFormData")).isEqualTo(7);
    assertThat(mocks.calls("agendaFormStore")).isEqualTo(5);
    assertThat(mocks.calls("agendaPutBack")).isEqualTo(5);
  }
}
