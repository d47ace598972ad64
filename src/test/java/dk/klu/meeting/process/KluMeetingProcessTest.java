package dk.klu.meeting.process;

import static dk.klu.agenda.process.TriageProcess.*;
import static dk.klu.followup.process.FollowUpProcess.*;
import static dk.klu.meeting.process.AgendaPreparationProcess.*;
import static dk.klu.meeting.process.MeetingProcess.*;
import static dk.klu.meeting.process.MeetingProcess.ACTION_ID;
import static dk.klu.meeting.process.MeetingProcess.APPROVE;
import static dk.klu.meeting.process.MeetingProcess.CASE_PRESENTATION_DUE;
import static dk.klu.meeting.process.MeetingProcess.CHAIR_REVIEW_DUE;
import static dk.klu.meeting.process.MeetingProcess.CHAIR_USER;
import static dk.klu.meeting.process.MeetingProcess.GP_CHAIR_USER;
import static dk.klu.meeting.process.MeetingProcess.ITEM_ID;
import static dk.klu.meeting.process.MeetingProcess.MEETING_ID;
import static dk.klu.meeting.process.MeetingProcess.MEETING_NAME;
import static dk.klu.meeting.process.MeetingProcess.RETURN;
import static dk.klu.meeting.process.MeetingProcess.TRIAGE_DUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.klu.agenda.TriageOutcome;
import dk.klu.process.Iso;
import dk.klu.support.ProcessMocks;
import dk.klu.support.ProcessTestKit;
import dk.klu.tasklist.TaskNames;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process unit tests of {@code klu-meeting}: the model alone, with mocked delegates and listeners,
 * walked the way the secretariat and the chairs experience a meeting cycle. The engine's clock is
 * moved to each timer's date before the timer is executed.
 */
@Deployment(
    resources = {
      "bpmn/klu-meeting.bpmn",
      "bpmn/klu-item-triage.bpmn",
      "bpmn/klu-agenda-preparation.bpmn",
      "bpmn/klu-follow-up.bpmn"
    })
class KluMeetingProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestKit.coverage(0.9);

  @RegisterExtension final ProcessTestKit kit = ProcessTestKit.forUnitTests(extension);

  private static final String PROCESS = "klu-meeting";
  private static final long MEETING = 7L;
  private static final String SECRETARY = "sekretaer";
  private static final String CHAIR = "formand";
  private static final String GP_CHAIR = "plo-formand";
  private static final String SECRETARIAT_GROUP = "secretariat";

  /** The test clock: process start, a Monday in winter time; the meeting is in summer time. */
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, ZoneId.of("Europe/Copenhagen"));

  private static final Map<String, String> SCHEDULE = new LinkedHashMap<>();

  static {
    SCHEDULE.put(CALL_DATE.name(), at(1, 9));
    SCHEDULE.put(INTAKE_REMINDER_DATE.name(), at(8, 9));
    SCHEDULE.put(ITEM_DEADLINE.name(), at(11, 12));
    SCHEDULE.put(TRIAGE_DUE.name(), at(16, 12));
    SCHEDULE.put(CHAIR_REVIEW_DUE.name(), at(21, 12));
    SCHEDULE.put(CASE_PRESENTATION_DUE.name(), at(25, 12));
    SCHEDULE.put(AGENDA_SEND_DATE.name(), at(29, 9));
    SCHEDULE.put(MEETING_END.name(), at(38, 16));
    SCHEDULE.put(MINUTES_DRAFT_DUE.name(), at(45, 12));
    SCHEDULE.put(MINUTES_APPROVAL_DUE.name(), at(52, 12));
  }

  private static final String MEETING_START_AT = at(38, 14);
  private static final String INFORMATION_DUE_AT = at(14, 12);
  private static final String ACTION_REMINDER_AT = at(66, 9);
  private static final String ACTION_DUE_AT = at(73, 12);

  /** The meeting as tasks name it. */
  private static final String MEETING_NAME_VALUE = "KLU-møde 10.04.2025";

  /** Titles of particular items; the others are "Punkt <id>". */
  private final Map<Long, String> titles = new java.util.HashMap<>();

  private final ProcessMocks mocks = new ProcessMocks();
  private final ProcessMocks.Collections collections = new ProcessMocks.Collections(MEETING);

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));

    mocks.bean("meetingCollections", collections);

    mocks.delegate(
        "planMeetingDelegate",
        execution -> {
          execution.setVariable(MEETING_ID.name(), MEETING);
          execution.setVariable(MEETING_LABEL.name(), "KLU-møde 10. april 2025");
          execution.setVariable(MEETING_NAME.name(), MEETING_NAME_VALUE);
          execution.setVariable(CHAIR_USER.name(), CHAIR);
          execution.setVariable(GP_CHAIR_USER.name(), GP_CHAIR);
          SCHEDULE.forEach(execution::setVariable);
        });
    mocks.delegate("sendCallForItemsDelegate");
    mocks.delegate("sendIntakeReminderDelegate");
    mocks.delegate("closeIntakeDelegate");
    for (String listener : List.of("loadTriageItemVariables", "loadItemVariables")) {
      mocks.executionListener(
          listener,
          execution -> {
            long itemId = ProcessMocks.id(execution, ITEM_ID.name());
            execution.setVariableLocal(ITEM_TITLE.name(), titleOf(itemId));
            execution.setVariableLocal(ITEM_NAME.name(), TaskNames.subject(titleOf(itemId)));
          });
    }
    mocks.delegate(
        "recordTriageDelegate",
        execution -> {
          if (TriageOutcome.NEEDS_INFORMATION
              .name()
              .equals(execution.getVariable(TRIAGE_OUTCOME.name()))) {
            execution.setVariable(INFORMATION_DUE.name(), INFORMATION_DUE_AT);
            execution.setVariable(
                ITEM_SUBMITTER.name(), submitterOf(ProcessMocks.id(execution, ITEM_ID.name())));
          }
        });
    // like the real delegate: the answer is in, the item must be triaged again
    mocks.delegate(
        "recordInformationDelegate",
        execution -> execution.setVariable(TRIAGE_OUTCOME.name(), null));
    mocks.delegate(
        "recordInformationOverdueDelegate",
        execution -> execution.setVariable(TRIAGE_OUTCOME.name(), null));
    mocks.delegate("draftAgendaDelegate");
    mocks.taskListener("agendaFormData");
    mocks.taskListener("agendaFormStore");
    mocks.taskListener("agendaPutBack");
    mocks.delegate("approveAgendaDelegate");
    mocks.delegate("saveCasePresentationDelegate");
    mocks.delegate("notifyAgendaLateDelegate");
    mocks.delegate("sendAgendaDelegate");
    mocks.delegate("prepareMinutesDelegate");
    mocks.taskListener("attendanceFormData");
    mocks.taskListener("attendanceFormStore");
    mocks.taskListener("minutesFormData");
    mocks.delegate("saveMinutesDelegate");
    mocks.delegate("publishMinutesDelegate");
    mocks.executionListener(
        "loadActionVariables",
        execution -> {
          long actionId = ProcessMocks.id(execution, ACTION_ID.name());
          execution.setVariableLocal(ACTION_DESCRIPTION.name(), "Handling " + actionId);
          execution.setVariableLocal(ACTION_NAME.name(), TaskNames.subject("Handling " + actionId));
          execution.setVariableLocal(ACTION_ITEM_TITLE.name(), "Punkt " + actionId);
          execution.setVariableLocal(ACTION_OWNER.name(), "ansvarlig-" + actionId);
          execution.setVariableLocal(ACTION_DUE.name(), ACTION_DUE_AT);
          execution.setVariableLocal(ACTION_REMINDER_DATE.name(), ACTION_REMINDER_AT);
        });
    mocks.delegate("remindActionOwnerDelegate");
    mocks.delegate("escalateActionDelegate");
    mocks.delegate("closeActionDelegate");
    mocks.delegate("closeMeetingDelegate");
  }

  @AfterEach
  void tearDown() {
    mocks.reset();
    identityService().clearAuthentication();
  }

  // ---------------------------------------------------------------------------------------------
  // the paths

  @Test
  void happyPath_twoItemsOnAgenda_oneSolved_oneRejected_meetingHeld_minutesPublished_actionDone() {
    collections.withToTriage(11L, 12L, 13L, 14L).withOnAgenda(11L, 12L).withOpenActions(101L);
    ProcessInstance pi = startMeeting();
    openIntake(pi);
    closeIntake(pi);

    assertThat(
            taskQuery()
                .processInstanceIdIn(ids(pi))
                .taskDefinitionKey("UserTask_TriageItem")
                .count())
        .isEqualTo(4);
    triage(pi, 11L, TriageOutcome.ON_AGENDA, TRIAGE_RESOLUTION.name(), null);
    triage(pi, 12L, TriageOutcome.ON_AGENDA, TRIAGE_RESOLUTION.name(), null);
    triage(pi, 13L, TriageOutcome.SOLVED, TRIAGE_RESOLUTION.name(), "Besvaret af sekretariatet.");
    triage(
        pi, 14L, TriageOutcome.REJECTED, TRIAGE_REJECTION_REASON.name(), "Hører ikke under KLU.");
    assertThat(mocks.calls("loadTriageItemVariables")).isEqualTo(4);
    assertThat(mocks.calls("recordTriageDelegate")).isEqualTo(4);
    assertThat(mocks.calls("recordInformationDelegate")).isZero();
    assertThat(mocks.calls("draftAgendaDelegate")).isEqualTo(1);
    tree(pi).hasNotPassed("UserTask_ProvideInformation");

    tree(pi).isWaitingAt("UserTask_ReviewAgendaChair");
    assertTimerAt(pi, "BoundaryEvent_AgendaLate", AGENDA_SEND_DATE.name());
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, APPROVE);
    assertThat(mocks.calls("approveAgendaDelegate")).isEqualTo(1);
    assertThat(mocks.calls("agendaFormData")).isEqualTo(2);
    assertThat(mocks.calls("agendaFormStore")).isEqualTo(1);
    assertThat(mocks.calls("agendaPutBack")).as("both chairs' reviews").isEqualTo(2);

    writeCasePresentations(pi, 11L, 12L);
    assertThat(mocks.calls("loadItemVariables")).as("one per case presentation").isEqualTo(2);
    assertThat(mocks.calls("saveCasePresentationDelegate")).isEqualTo(2);

    sendAgendaAtItsDate(pi);
    assertThat(mocks.calls("notifyAgendaLateDelegate")).isZero();
    holdMeeting(pi);
    registerAttendance(pi);
    writeMinutes(pi);
    approveMinutes(pi, APPROVE, APPROVE);
    publishMinutes(pi);
    assertThat(mocks.calls("saveMinutesDelegate")).isEqualTo(1);

    Task followUp = followUpTask(pi, 101L);
    assertThat(mocks.calls("loadActionVariables")).isEqualTo(1);
    complete(followUp, withVariables(FOLLOW_UP_NOTE.name(), "Udført."));
    assertThat(mocks.calls("closeActionDelegate")).isEqualTo(1);
    assertThat(mocks.calls("remindActionOwnerDelegate")).isZero();
    assertThat(mocks.calls("escalateActionDelegate")).isZero();

    assertThat(mocks.calls("closeMeetingDelegate")).isEqualTo(1);
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "ServiceTask_PlanMeeting",
            "ServiceTask_SendCallForItems",
            "ServiceTask_CloseIntake",
            "ServiceTask_DraftAgenda",
            "ServiceTask_SendAgenda",
            "ServiceTask_PrepareMinutes",
            "ServiceTask_SaveMinutes",
            "ServiceTask_PublishMinutes",
            "EndEvent_MeetingClosed")
        .hasNotPassed(
            "ServiceTask_SendIntakeReminder",
            "ServiceTask_NotifyAgendaLate",
            "UserTask_ReviseMinutes");
    tree(pi)
        .hasPassed("ServiceTask_ApproveAgenda", "ServiceTask_CloseAction")
        .hasNotPassed("UserTask_ReviseAgenda");
  }

  @Test
  void intakeReminder_firesBeforeTheDeadline_andIntakeStaysOpen() {
    ProcessInstance pi = startMeeting();
    openIntake(pi);

    fireTimer(pi, "BoundaryEvent_IntakeReminder", INTAKE_REMINDER_DATE.name());

    assertThat(mocks.calls("sendIntakeReminderDelegate")).isEqualTo(1);
    tree(pi).hasPassed("EndEvent_IntakeReminderSent").isWaitingAt("TimerEvent_ItemDeadline");
    assertTimerAt(pi, "TimerEvent_ItemDeadline", ITEM_DEADLINE.name());
    assertThat(timer(pi, "BoundaryEvent_IntakeReminder")).isNull();
    assertThat(mocks.calls("closeIntakeDelegate")).isZero();

    closeIntake(pi);
    assertThat(mocks.calls("sendIntakeReminderDelegate")).isEqualTo(1);
    tree(pi).isWaitingAt("UserTask_ReviewAgendaChair");
  }

  @Test
  void taskNames_carryTheItem_asTyped_shortened_andTasklistsSearchFindsThem() {
    String expression = "${1+1} og #{'x'} i Kroniker-forløb";
    String longTitle =
        "Fælles retningslinjer for opfølgning på patienter med type 2-diabetes efter udskrivning"
            + " fra sygehuset, herunder medicingennemgang";
    titles.put(31L, expression);
    titles.put(32L, longTitle);
    collections.withToTriage(31L, 32L).withOnAgenda(31L, 32L);
    ProcessInstance pi = toTriage();

    // the engine evaluates the name's expression once; the title in it is never evaluated
    assertThat(triageTask(pi, 31L)).hasName("Visitér punkt: " + expression);
    String shortened = TaskNames.subject(longTitle);
    assertThat(shortened)
        .hasSizeLessThanOrEqualTo(TaskNames.SUBJECT_LENGTH)
        .endsWith("…")
        .isEqualTo("Fælles retningslinjer for opfølgning på patienter med type 2-diabetes efter…");
    assertThat(triageTask(pi, 32L)).hasName("Visitér punkt: " + shortened);

    // what Tasklist's "Filtrér opgaver" sends for typed text: nameLike %text%, case-insensitive
    assertThat(taskQuery().taskNameLike("%kroniker-FORLØB%").list())
        .singleElement()
        .satisfies(t -> assertThat(variableOf(t, ITEM_ID.name())).isEqualTo(31L));
    assertThat(taskQuery().taskNameLike("%type 2-diabetes%").count()).isEqualTo(1);

    triage(pi, 31L, TriageOutcome.ON_AGENDA, TRIAGE_RESOLUTION.name(), null);
    triage(pi, 32L, TriageOutcome.ON_AGENDA, TRIAGE_RESOLUTION.name(), null);
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, APPROVE);
    assertThat(taskFor(pi, "UserTask_WriteCasePresentation", 31L))
        .hasName("Skriv sagsfremstilling: " + expression);
    writeCasePresentations(pi, 31L, 32L);
  }

  @Test
  void needsInformation_submitterAnswers_andTheItemIsTriagedAgain() {
    collections.withToTriage(21L).withOnAgenda(21L);
    ProcessInstance pi = toTriage();

    triage(
        pi,
        21L,
        TriageOutcome.NEEDS_INFORMATION,
        TRIAGE_INFORMATION_REQUEST.name(),
        "Hvilke praksis drejer det sig om?");

    Task information = task("UserTask_ProvideInformation", pi);
    assertThat(information)
        .isAssignedTo(submitterOf(21L))
        .hasDueDate(date(INFORMATION_DUE_AT))
        .hasName("Uddyb punktet: Punkt 21");
    assertThat(
            runtimeService()
                .getVariableLocal(information.getProcessInstanceId(), ITEM_TITLE.name()))
        .as("on the task's process instance (the triage), where Tasklist's list looks")
        .isEqualTo("Punkt 21");
    assertThat(candidateGroups(information)).isEmpty();
    assertTimerAt(pi, "BoundaryEvent_InformationOverdue", INFORMATION_DUE_AT);
    assertThat(
            taskQuery()
                .processInstanceIdIn(ids(pi))
                .taskDefinitionKey("UserTask_TriageItem")
                .count())
        .isZero();

    complete(information, withVariables(INFORMATION_ANSWER.name(), "Praksis i Nørresundby."));

    assertThat(mocks.calls("recordInformationDelegate")).isEqualTo(1);
    assertThat(timer(pi, "BoundaryEvent_InformationOverdue")).isNull();
    Task again = triageTask(pi, 21L);
    assertThat(runtimeService().getVariable(again.getExecutionId(), TRIAGE_OUTCOME.name()))
        .isNull();
    assertThat(runtimeService().getVariable(again.getExecutionId(), INFORMATION_ANSWER.name()))
        .isEqualTo("Praksis i Nørresundby.");

    triage(pi, 21L, TriageOutcome.ON_AGENDA, TRIAGE_RESOLUTION.name(), null);

    assertThat(mocks.calls("recordTriageDelegate")).isEqualTo(2);
    assertThat(mocks.calls("loadTriageItemVariables")).isEqualTo(1);
    assertThat(mocks.calls("draftAgendaDelegate")).isEqualTo(1);
    tree(pi)
        .hasPassed("ServiceTask_RecordInformation")
        .hasNotPassed("BoundaryEvent_InformationOverdue")
        .isWaitingAt("UserTask_ReviewAgendaChair");
  }

  @Test
  void informationOverdue_theItemGoesBackToTriage() {
    collections.withToTriage(22L);
    ProcessInstance pi = toTriage();
    triage(
        pi,
        22L,
        TriageOutcome.NEEDS_INFORMATION,
        TRIAGE_INFORMATION_REQUEST.name(),
        "Uddyb venligst baggrunden.");
    tree(pi).isWaitingAt("UserTask_ProvideInformation");

    fireTimer(pi, "BoundaryEvent_InformationOverdue", INFORMATION_DUE_AT);

    tree(pi).isNotWaitingAt("UserTask_ProvideInformation");
    assertThat(
            taskQuery()
                .processInstanceIdIn(ids(pi))
                .taskDefinitionKey("UserTask_ProvideInformation")
                .count())
        .isZero();
    assertThat(mocks.calls("recordInformationDelegate")).isZero();
    assertThat(mocks.calls("recordInformationOverdueDelegate")).isEqualTo(1);
    Task again = triageTask(pi, 22L);
    // the earlier outcome is cleared: the secretariat chooses anew
    assertThat(runtimeService().getVariable(again.getExecutionId(), TRIAGE_OUTCOME.name()))
        .isNull();

    triage(
        pi,
        22L,
        TriageOutcome.REJECTED,
        TRIAGE_REJECTION_REASON.name(),
        "Ingen svar fra indsender.");

    assertThat(mocks.calls("recordTriageDelegate")).isEqualTo(2);
    tree(pi)
        .hasPassed("BoundaryEvent_InformationOverdue")
        .hasPassed("ServiceTask_RecordInformationOverdue")
        .hasNotPassed("ServiceTask_RecordInformation")
        .isWaitingAt("UserTask_ReviewAgendaChair");
  }

  @Test
  void agendaReturnedByChair_thenByGpChair_revisedEachTime_thenApprovedByBoth() {
    collections.withToTriage(31L).withOnAgenda(31L);
    ProcessInstance pi = toTriage();
    triage(pi, 31L, TriageOutcome.ON_AGENDA, TRIAGE_RESOLUTION.name(), null);

    reviewAgendaAsChair(pi, RETURN);
    reviseAgenda(pi, "Punkt 31 flyttet op.");
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, RETURN);
    assertThat(mocks.calls("approveAgendaDelegate")).isZero();
    reviseAgenda(pi, "Tid til punkt 31 forlænget.");
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, APPROVE);

    assertThat(mocks.calls("approveAgendaDelegate")).isEqualTo(1);
    // create: chair 3, GP chair 2, revision 2; complete (store): chair 3, revision 2
    assertThat(mocks.calls("agendaFormData")).isEqualTo(7);
    assertThat(mocks.calls("agendaFormStore")).isEqualTo(5);
    // complete (put back): chair 3, GP chair 2
    assertThat(mocks.calls("agendaPutBack")).isEqualTo(5);
    tree(pi).isWaitingAt("UserTask_WriteCasePresentation");
    taskFor(pi, "UserTask_WriteCasePresentation", 31L);
  }

  @Test
  void agendaLate_sendDatePassesDuringReview_chairsAreNotified_thenTheAgendaGoesOutAtOnce() {
    collections.withOnAgenda(41L);
    ProcessInstance pi = toTriage();
    tree(pi).isWaitingAt("UserTask_ReviewAgendaChair");

    fireTimer(pi, "BoundaryEvent_AgendaLate", AGENDA_SEND_DATE.name());

    assertThat(mocks.calls("notifyAgendaLateDelegate")).isEqualTo(1);
    tree(pi).hasPassed("EndEvent_AgendaLateNotified").isWaitingAt("UserTask_ReviewAgendaChair");
    assertThat(timer(pi, "BoundaryEvent_AgendaLate")).isNull();
    assertThat(mocks.calls("sendAgendaDelegate")).isZero();

    ClockUtil.setCurrentTime(
        Date.from(date(AGENDA_SEND_DATE.name()).toInstant().plusSeconds(3 * 3600)));
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, APPROVE);
    writeCasePresentations(pi, 41L);

    Job send = assertTimerAt(pi, "TimerEvent_AgendaSendDate", AGENDA_SEND_DATE.name());
    assertThat(send.getDuedate()).isBefore(ClockUtil.getCurrentTime());
    execute(send);
    runAsyncStep(pi, "ServiceTask_SendAgenda");

    assertThat(mocks.calls("sendAgendaDelegate")).isEqualTo(1);
    assertThat(mocks.calls("notifyAgendaLateDelegate")).isEqualTo(1);
    tree(pi).isWaitingAt("TimerEvent_MeetingHeld");
  }

  @Test
  void minutesReturnedByOneChair_revised_savedAgain_thenApprovedAndPublished() {
    ProcessInstance pi = toMinutesApproval();

    approveMinutes(pi, APPROVE, RETURN);

    Task revision = task("UserTask_ReviseMinutes", pi);
    assertThat(revision)
        .hasCandidateGroup(SECRETARIAT_GROUP)
        .isNotAssigned()
        .hasDueDate(date(SCHEDULE.get(MINUTES_APPROVAL_DUE.name())));
    assertThat(mocks.calls("publishMinutesDelegate")).isZero();
    complete(revision);

    assertThat(mocks.calls("saveMinutesDelegate")).isEqualTo(2);
    approveMinutes(pi, APPROVE, APPROVE);
    publishMinutes(pi);

    // create: writing 1, revision 1 (the approvals read the minutes when their form is opened)
    assertThat(mocks.calls("minutesFormData")).isEqualTo(2);
    assertThat(mocks.calls("closeMeetingDelegate")).isEqualTo(1);
    tree(pi).hasPassed("UserTask_ReviseMinutes").isEnded();
  }

  @Test
  void followUp_reminderAndOverdueEscalationFire_thenTheActionIsCompleted() {
    collections.withOpenActions(81L);
    ProcessInstance pi = toMinutesApproval();
    approveMinutes(pi, APPROVE, APPROVE);
    publishMinutes(pi);
    Task followUp = followUpTask(pi, 81L);

    fireTimer(pi, "BoundaryEvent_ActionReminder", ACTION_REMINDER_AT);
    assertThat(mocks.calls("remindActionOwnerDelegate")).isEqualTo(1);
    tree(pi).hasPassed("EndEvent_ActionReminded").isWaitingAt("UserTask_FollowUpAction");

    fireTimer(pi, "BoundaryEvent_ActionOverdue", ACTION_DUE_AT);
    assertThat(mocks.calls("escalateActionDelegate")).isEqualTo(1);
    tree(pi).hasPassed("EndEvent_ActionEscalated").isWaitingAt("UserTask_FollowUpAction");
    assertThat(task("UserTask_FollowUpAction", pi).getId()).isEqualTo(followUp.getId());

    complete(followUp, withVariables(FOLLOW_UP_NOTE.name(), "Udført efter rykker."));

    assertThat(mocks.calls("closeActionDelegate")).isEqualTo(1);
    assertThat(mocks.calls("remindActionOwnerDelegate")).isEqualTo(1);
    assertThat(mocks.calls("escalateActionDelegate")).isEqualTo(1);
    tree(pi).hasPassed("EndEvent_ActionClosed", "EndEvent_MeetingClosed").isEnded();
  }

  @Test
  void meetingWithoutSubmittedItemsAndWithoutActions_stillCompletes() {
    ProcessInstance pi = startMeeting();
    openIntake(pi);
    closeIntake(pi);

    tree(pi)
        .hasPassed("CallActivity_TriageItems#multiInstanceBody")
        .isWaitingAt("UserTask_ReviewAgendaChair");
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, APPROVE);
    tree(pi).hasPassed("SubProcess_CasePresentation#multiInstanceBody");
    sendAgendaAtItsDate(pi);
    holdMeeting(pi);
    registerAttendance(pi);
    writeMinutes(pi);
    approveMinutes(pi, APPROVE, APPROVE);
    publishMinutes(pi);

    assertThat(mocks.calls("loadTriageItemVariables")).isZero();
    assertThat(mocks.calls("loadItemVariables")).isZero();
    assertThat(mocks.calls("recordTriageDelegate")).isZero();
    assertThat(mocks.calls("saveCasePresentationDelegate")).isZero();
    assertThat(mocks.calls("loadActionVariables")).isZero();
    assertThat(mocks.calls("closeMeetingDelegate")).isEqualTo(1);
    tree(pi)
        .hasPassed("CallActivity_FollowUpActions#multiInstanceBody", "EndEvent_MeetingClosed")
        .hasNotPassed(
            "UserTask_TriageItem", "UserTask_WriteCasePresentation", "UserTask_FollowUpAction")
        .isEnded();
  }

  // ---------------------------------------------------------------------------------------------
  // the secretariat's and the chairs' steps

  private ProcessInstance startMeeting() {
    ProcessInstance pi =
        ProcessTestKit.startAs(
            SECRETARY,
            PROCESS,
            withVariables(
                MEETING_START.name(),
                MEETING_START_AT,
                MEETING_LOCATION.name(),
                "Rådhuset, mødelokale 1",
                MEETING_TITLE.name(),
                "KLU-møde"));
    assertThat(mocks.calls("planMeetingDelegate")).isEqualTo(1);
    assertThat(pi)
        .isWaitingAt("TimerEvent_CallDate")
        .variables()
        .containsEntry("meetingInitiator", SECRETARY)
        .containsEntry(MEETING_ID.name(), MEETING)
        .containsEntry(CHAIR_USER.name(), CHAIR)
        .containsEntry(GP_CHAIR_USER.name(), GP_CHAIR);
    assertTimerAt(pi, "TimerEvent_CallDate", CALL_DATE.name());
    return pi;
  }

  /** Start, call for items and the item deadline: the secretariat's triage begins. */
  private ProcessInstance toTriage() {
    ProcessInstance pi = startMeeting();
    openIntake(pi);
    closeIntake(pi);
    return pi;
  }

  private void openIntake(ProcessInstance pi) {
    fireTimer(pi, "TimerEvent_CallDate", CALL_DATE.name());
    assertThat(mocks.calls("sendCallForItemsDelegate")).isZero();
    runAsyncStep(pi, "ServiceTask_SendCallForItems");
    assertThat(mocks.calls("sendCallForItemsDelegate")).isEqualTo(1);
    tree(pi).isWaitingAt("TimerEvent_ItemDeadline");
    assertTimerAt(pi, "TimerEvent_ItemDeadline", ITEM_DEADLINE.name());
    assertTimerAt(pi, "BoundaryEvent_IntakeReminder", INTAKE_REMINDER_DATE.name());
  }

  private void closeIntake(ProcessInstance pi) {
    fireTimer(pi, "TimerEvent_ItemDeadline", ITEM_DEADLINE.name());
    assertThat(mocks.calls("closeIntakeDelegate")).isEqualTo(1);
    assertThat(timer(pi, "BoundaryEvent_IntakeReminder")).isNull();
    tree(pi).hasPassed("EndEvent_IntakeClosed");
  }

  private Task triageTask(ProcessInstance pi, long itemId) {
    Task task =
        secretariatTask(
            taskFor(pi, "UserTask_TriageItem", itemId),
            SCHEDULE.get(TRIAGE_DUE.name()),
            "Visitér punkt: " + TaskNames.subject(titleOf(itemId)));
    assertThat(runtimeService().getVariable(task.getExecutionId(), ITEM_TITLE.name()))
        .isEqualTo(titleOf(itemId));
    return task;
  }

  private void triage(
      ProcessInstance pi, long itemId, TriageOutcome outcome, String textVariable, String text) {
    complete(
        triageTask(pi, itemId),
        withVariables(TRIAGE_OUTCOME.name(), outcome.name(), textVariable, text));
  }

  private void reviewAgendaAsChair(ProcessInstance pi, String decision) {
    reviewAgenda(
        pi,
        "UserTask_ReviewAgendaChair",
        CHAIR,
        "Gennemgå dagsorden (formand): ",
        withVariables(
            CHAIR_DECISION.name(), decision, CHAIR_COMMENT.name(), "Formandens kommentar"));
  }

  private void reviewAgendaAsGpChair(ProcessInstance pi, String decision) {
    reviewAgenda(
        pi,
        "UserTask_ReviewAgendaGpChair",
        GP_CHAIR,
        "Gennemgå dagsorden (PLO-formand): ",
        withVariables(
            GP_CHAIR_DECISION.name(),
            decision,
            GP_CHAIR_COMMENT.name(),
            "PLO-formandens kommentar"));
  }

  private void reviewAgenda(
      ProcessInstance pi,
      String taskKey,
      String chair,
      String namePrefix,
      Map<String, Object> decision) {
    complete(
        chairTask(
            task(taskKey, pi),
            chair,
            SCHEDULE.get(CHAIR_REVIEW_DUE.name()),
            namePrefix + MEETING_NAME_VALUE),
        decision);
  }

  private void reviseAgenda(ProcessInstance pi, String note) {
    Task task =
        secretariatTask(
            task("UserTask_ReviseAgenda", pi),
            SCHEDULE.get(CHAIR_REVIEW_DUE.name()),
            "Tilret dagsorden: " + MEETING_NAME_VALUE);
    complete(task, withVariables(AGENDA_REVISION_NOTE.name(), note));
  }

  private void writeCasePresentations(ProcessInstance pi, long... itemIds) {
    assertThat(
            taskQuery()
                .processInstanceIdIn(ids(pi))
                .taskDefinitionKey("UserTask_WriteCasePresentation")
                .count())
        .isEqualTo(itemIds.length);
    for (long itemId : itemIds) {
      Task task =
          secretariatTask(
              taskFor(pi, "UserTask_WriteCasePresentation", itemId),
              SCHEDULE.get(CASE_PRESENTATION_DUE.name()),
              "Skriv sagsfremstilling: " + TaskNames.subject(titleOf(itemId)));
      complete(
          task, withVariables(CASE_PRESENTATION.name(), "Sagsfremstilling til punkt " + itemId));
    }
  }

  private void sendAgendaAtItsDate(ProcessInstance pi) {
    tree(pi).isWaitingAt("TimerEvent_AgendaSendDate");
    assertThat(timer(pi, "BoundaryEvent_AgendaLate")).isNull();
    fireTimer(pi, "TimerEvent_AgendaSendDate", AGENDA_SEND_DATE.name());
    runAsyncStep(pi, "ServiceTask_SendAgenda");
    assertThat(mocks.calls("sendAgendaDelegate")).isEqualTo(1);
    tree(pi).isWaitingAt("TimerEvent_MeetingHeld");
  }

  private void holdMeeting(ProcessInstance pi) {
    fireTimer(pi, "TimerEvent_MeetingHeld", MEETING_END.name());
    assertThat(mocks.calls("prepareMinutesDelegate")).isEqualTo(1);
    tree(pi).isWaitingAt("UserTask_RegisterAttendance");
  }

  private void registerAttendance(ProcessInstance pi) {
    afterMeetingStep(
        pi,
        "UserTask_RegisterAttendance",
        "Registrér fremmøde: ",
        "attendanceFormData",
        "attendanceFormStore");
  }

  private void writeMinutes(ProcessInstance pi) {
    afterMeetingStep(
        pi, "UserTask_WriteMinutes", "Skriv referat: ", "minutesFormData", "saveMinutesDelegate");
  }

  /**
   * One of the secretariat's steps after the meeting: its task is due with the minutes' draft, its
   * form is loaded once, and what it saves is saved once, when it is completed.
   */
  private void afterMeetingStep(
      ProcessInstance pi, String taskKey, String namePrefix, String formData, String store) {
    Task task =
        secretariatTask(
            task(taskKey, pi),
            SCHEDULE.get(MINUTES_DRAFT_DUE.name()),
            namePrefix + MEETING_NAME_VALUE);
    assertThat(mocks.calls(formData)).isEqualTo(1);
    assertThat(mocks.calls(store)).isZero();
    complete(task);
    assertThat(mocks.calls(store)).isEqualTo(1);
  }

  /** Both chairs decide, in parallel; the chair first. */
  private void approveMinutes(ProcessInstance pi, String chairDecision, String gpChairDecision) {
    tree(pi).isWaitingAt("UserTask_ApproveMinutesChair", "UserTask_ApproveMinutesGpChair");
    String due = SCHEDULE.get(MINUTES_APPROVAL_DUE.name());
    Task chair =
        chairTask(
            task("UserTask_ApproveMinutesChair", pi),
            CHAIR,
            due,
            "Godkend referat (formand): " + MEETING_NAME_VALUE);
    Task gpChair =
        chairTask(
            task("UserTask_ApproveMinutesGpChair", pi),
            GP_CHAIR,
            due,
            "Godkend referat (PLO-formand): " + MEETING_NAME_VALUE);
    complete(chair, withVariables(MINUTES_CHAIR_DECISION.name(), chairDecision));
    tree(pi).isWaitingAt("UserTask_ApproveMinutesGpChair");
    complete(gpChair, withVariables(MINUTES_GP_CHAIR_DECISION.name(), gpChairDecision));
    // The join is asynchronous (two chairs at once must not conflict): one job per arrival.
    List<Job> joins =
        managementService()
            .createJobQuery()
            .processInstanceId(pi.getId())
            .activityId("Gateway_MinutesApprovalJoin")
            .list();
    assertThat(joins).hasSize(2);
    for (Job join : joins) {
      execute(join);
    }
  }

  private void publishMinutes(ProcessInstance pi) {
    tree(pi).isWaitingAt("ServiceTask_PublishMinutes");
    assertThat(mocks.calls("publishMinutesDelegate")).isZero();
    runAsyncStep(pi, "ServiceTask_PublishMinutes");
    assertThat(mocks.calls("publishMinutesDelegate")).isEqualTo(1);
  }

  /** A meeting without items or actions, up to the chairs' approval of the minutes. */
  private ProcessInstance toMinutesApproval() {
    ProcessInstance pi = startMeeting();
    openIntake(pi);
    closeIntake(pi);
    reviewAgendaAsChair(pi, APPROVE);
    reviewAgendaAsGpChair(pi, APPROVE);
    sendAgendaAtItsDate(pi);
    holdMeeting(pi);
    registerAttendance(pi);
    writeMinutes(pi);
    return pi;
  }

  private Task followUpTask(ProcessInstance pi, long actionId) {
    Task task =
        taskQuery()
            .processInstanceIdIn(ids(pi))
            .taskDefinitionKey("UserTask_FollowUpAction")
            .list()
            .stream()
            .filter(t -> variableOf(t, ACTION_ID.name()).equals(actionId))
            .findFirst()
            .orElseThrow();
    secretariatTask(task, ACTION_DUE_AT, "Følg op på handling: Handling " + actionId);
    assertThat(
            runtimeService()
                .getVariableLocal(task.getProcessInstanceId(), ACTION_ITEM_TITLE.name()))
        .as("on the task's process instance (the follow-up), where Tasklist's list looks")
        .isEqualTo("Punkt " + actionId);
    assertTimerAt(pi, "BoundaryEvent_ActionReminder", ACTION_REMINDER_AT);
    assertTimerAt(pi, "BoundaryEvent_ActionOverdue", ACTION_DUE_AT);
    return task;
  }

  // ---------------------------------------------------------------------------------------------
  // engine helpers

  /** The secretariat's task: open to the whole group, claimed by no one, due and named. */
  private static Task secretariatTask(Task task, String dueIsoOrVariable, String name) {
    assertThat(task)
        .hasCandidateGroup(SECRETARIAT_GROUP)
        .isNotAssigned()
        .hasDueDate(date(dueIsoOrVariable))
        .hasName(name);
    return task;
  }

  /** A chair's task: assigned to that chair alone (in no candidate group), due and named. */
  private static Task chairTask(Task task, String chair, String dueIsoOrVariable, String name) {
    assertThat(task).isAssignedTo(chair).hasDueDate(date(dueIsoOrVariable)).hasName(name);
    assertThat(candidateGroups(task)).as("the approval belongs to " + chair + " alone").isEmpty();
    return task;
  }

  private String titleOf(long itemId) {
    return titles.getOrDefault(itemId, "Punkt " + itemId);
  }

  private static String at(int daysAfterNow, int hour) {
    return Iso.format(NOW.plusDays(daysAfterNow).withHour(hour));
  }

  private static String submitterOf(long itemId) {
    return "laege-" + itemId;
  }

  /** An ISO date-time, or the name of a schedule variable holding one, as a Date. */
  private static Date date(String isoOrVariable) {
    String iso = SCHEDULE.getOrDefault(isoOrVariable, isoOrVariable);
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }

  private static Object variableOf(Task task, String name) {
    return runtimeService().getVariable(task.getExecutionId(), name);
  }

  /** The one open task of an activity that belongs to the given item (multi-instance). */
  private static Task taskFor(ProcessInstance pi, String taskDefinitionKey, long itemId) {
    List<Task> tasks =
        taskQuery()
            .processInstanceIdIn(ids(pi))
            .taskDefinitionKey(taskDefinitionKey)
            .list()
            .stream()
            .filter(t -> Long.valueOf(itemId).equals(variableOf(t, ITEM_ID.name())))
            .toList();
    assertThat(tasks).as("%s for item %d", taskDefinitionKey, itemId).hasSize(1);
    return tasks.get(0);
  }

  private static List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  /** The activity's timer is scheduled exactly at the date (or schedule variable) given. */
  private static Job assertTimerAt(ProcessInstance pi, String activityId, String isoOrVariable) {
    Job timer = timer(pi, activityId);
    assertThat(timer).as("timer of %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).as("due date of %s", activityId).isEqualTo(date(isoOrVariable));
    return timer;
  }

  /** Moves the clock to the timer's date and executes the timer. */
  private static void fireTimer(ProcessInstance pi, String activityId, String isoOrVariable) {
    Job timer = assertTimerAt(pi, activityId, isoOrVariable);
    ClockUtil.setCurrentTime(date(isoOrVariable));
    assertThat(timers(pi, activityId))
        .as("%s is due", activityId)
        .singleElement()
        .satisfies(due -> assertThat(due.getDuedate()).isBeforeOrEqualTo(date(isoOrVariable)));
    execute(timer);
  }

  /** Executes the job of an asynchronous continuation (asyncBefore). */
  private static void runAsyncStep(ProcessInstance pi, String activityId) {
    Job job =
        managementService()
            .createJobQuery()
            .processInstanceId(pi.getId())
            .activityId(activityId)
            .messages()
            .singleResult();
    assertThat(job).as("async job of %s", activityId).isNotNull();
    execute(job);
  }

  // ---------------------------------------------------------------------------------------------
  // the meeting and the steps it calls (triage, agenda preparation, follow-up: processes of their
  // own) as one tree of process instances

  /** The running meeting instance and the instances it called. */
  private static String[] ids(ProcessInstance pi) {
    return ProcessTestKit.instanceTree(processEngine(), pi.getId()).toArray(String[]::new);
  }

  /** The meeting instance and every instance it called, running or ended. */
  private static List<String> historicIds(ProcessInstance pi) {
    return ProcessTestKit.historicTree(processEngine(), pi.getId());
  }

  /** The one open task with the key in the meeting or a step it called. */
  private static Task task(String key, ProcessInstance pi) {
    return taskQuery().processInstanceIdIn(ids(pi)).taskDefinitionKey(key).singleResult();
  }

  /** The timer of the activity in the meeting or a step it called (null when there is none). */
  private static Job timer(ProcessInstance pi, String activityId) {
    List<Job> timers = timers(pi, activityId);
    assertThat(timers).as("timers of %s", activityId).hasSizeLessThanOrEqualTo(1);
    return timers.isEmpty() ? null : timers.get(0);
  }

  private static List<Job> timers(ProcessInstance pi, String activityId) {
    List<Job> timers = new java.util.ArrayList<>();
    for (String id : ids(pi)) {
      timers.addAll(
          managementService()
              .createJobQuery()
              .processInstanceId(id)
              .activityId(activityId)
              .timers()
              .list());
    }
    return timers;
  }

  private static Tree tree(ProcessInstance pi) {
    return new Tree(pi);
  }

  /** Where the meeting is, across the instances of its called steps (from history). */
  private record Tree(ProcessInstance pi) {

    /** Executions at the activity now (a task, a timer, an asynchronous step not yet run). */
    private long waiting(String activityId) {
      long count = 0;
      for (String instance : ids(pi)) {
        count +=
            runtimeService()
                .createExecutionQuery()
                .processInstanceId(instance)
                .activityId(activityId)
                .count();
      }
      return count;
    }

    private long passed(String activityId) {
      long count = 0;
      for (String instance : historicIds(pi)) {
        var query =
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance)
                .activityId(activityId);
        count += query.finished().count();
      }
      return count;
    }

    Tree isWaitingAt(String... activityIds) {
      return each(activityIds, this::waiting, "waiting at ", true);
    }

    Tree isNotWaitingAt(String... activityIds) {
      return each(activityIds, this::waiting, "not waiting at ", false);
    }

    Tree hasPassed(String... activityIds) {
      return each(activityIds, this::passed, "passed ", true);
    }

    Tree hasNotPassed(String... activityIds) {
      return each(activityIds, this::passed, "not passed ", false);
    }

    /** For each activity: its {@code count} is positive (or zero), described as {@code as} + id. */
    private Tree each(
        String[] activityIds,
        java.util.function.ToLongFunction<String> count,
        String as,
        boolean positive) {
      for (String id : activityIds) {
        var counted = assertThat(count.applyAsLong(id)).as(as + id);
        if (positive) {
          counted.isPositive();
        } else {
          counted.isZero();
        }
      }
      return this;
    }

    Tree isEnded() {
      assertThat(pi).isEnded();
      return this;
    }
  }
}
