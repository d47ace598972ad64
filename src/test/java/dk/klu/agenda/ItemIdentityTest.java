package dk.klu.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agreement.AgreementService;
import dk.klu.agreement.process.AgreementProcess;
import dk.klu.agreement.process.AgreementsFromMinutes;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.security.KluGroups;
import dk.klu.support.CycleDriver;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Identity from the engine, not from variables (security review, issue 17): the submitter of an
 * item is the person the engine authenticated for the start, whatever {@code itemSubmitter} the
 * start sent; and a step that acts on an item by the {@code itemId} in its variables acts only on
 * the item of its own process instance (or meeting), in the status the step expects.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "spring.profiles.active=demo",
      "spring.datasource.url=jdbc:h2:mem:klu-identity;DB_CLOSE_DELAY=-1"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ItemIdentityTest {

  @Autowired ProcessEngine engine;
  @Autowired MeetingService meetings;
  @Autowired AgendaItemService items;
  @Autowired AgreementService agreements;

  @Autowired
  @Qualifier("recordLateDecisionDelegate")
  JavaDelegate recordLateDecision;

  @Autowired
  @Qualifier("recordTriageDelegate")
  JavaDelegate recordTriage;

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse("2027-01-04T10:00:00+01:00").toInstant()));
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void theSubmitterIsWhoTheEngineAuthenticated_neverTheVariable() {
    Map<String, Object> values = values("Et punkt i en andens navn");
    values.put(AgendaItemProcess.SUBMITTER.name(), "laege2");

    String pi = startAs("laege", values);

    AgendaItem item = items.get(itemId(pi));
    assertThat(item.submittedBy()).isEqualTo("laege");
    assertThat(engine.getRuntimeService().getVariables(pi))
        .as("the value sent as the submitter is removed")
        .doesNotContainKey(AgendaItemProcess.SUBMITTER.name());
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pi)
                .singleResult()
                .getStartUserId())
        .as("who started it, in the instance's history")
        .isEqualTo("laege");
    assertThat(readGrants("laege", pi)).isOne();
    assertThat(readGrants("laege2", pi)).isZero();
    assertThat(items.submittedBy("laege2")).noneMatch(i -> i.id() == item.id());

    // started by the application itself (nobody authenticated): the item has no submitter
    String anonymous = startAs(null, values);
    assertThat(items.get(itemId(anonymous)).submittedBy()).isNull();
    assertThat(readGrants("laege2", anonymous)).isZero();
  }

  @Test
  void aLateDecisionActsOnlyOnTheItemItsOwnProcessRegistered() throws Exception {
    Meeting meeting =
        meetings.plan("2027-03-11T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", null);
    meetings.moveTo(meeting.id(), MeetingPhase.INTAKE_CLOSED);
    try {
      String mine = startAs("laege2", values("Mit sene punkt"));
      String other = startAs("laege", values("Et andet medlems sene punkt"));
      long otherItem = itemId(other);
      assertThat(items.get(otherItem).status()).isEqualTo(ItemStatus.LATE);
      Task task =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(mine)
              .taskDefinitionKey(AgendaItemProcess.Element.UserTask_DecideLateItem.id())
              .singleResult();

      // another member's item id in the variables: refused, nothing changes
      assertThatThrownBy(
              () ->
                  engine
                      .getTaskService()
                      .complete(
                          task.getId(),
                          Map.of(
                              AgendaItemProcess.LATE_DECISION.name(),
                              AgendaItemProcess.ADMIT,
                              AgendaItemProcess.ITEM_ID.name(),
                              otherItem)))
          .hasMessageContaining("Punktet " + otherItem + " hører ikke til denne proces");
      assertThat(items.get(otherItem).status()).isEqualTo(ItemStatus.LATE);
      assertThat(items.get(itemId(mine)).status()).isEqualTo(ItemStatus.LATE);

      // its own item: decided
      engine
          .getTaskService()
          .complete(
              task.getId(),
              Map.of(AgendaItemProcess.LATE_DECISION.name(), AgendaItemProcess.ADMIT));
      assertThat(items.get(itemId(mine)).status()).isEqualTo(ItemStatus.ON_AGENDA);

      // and only once: a decided item is no longer late
      DelegateExecution again =
          execution(
              mine,
              Map.of(
                  AgendaItemProcess.ITEM_ID.name(),
                  itemId(mine),
                  AgendaItemProcess.LATE_DECISION.name(),
                  AgendaItemProcess.NEXT_MEETING));
      assertThatThrownBy(() -> recordLateDecision.execute(again))
          .hasMessageContaining("kan ikke behandles i dette trin");
      assertThat(items.get(itemId(mine)).status()).isEqualTo(ItemStatus.ON_AGENDA);
      assertThat(items.get(itemId(mine)).meetingId()).isEqualTo(meeting.id());
    } finally {
      meetings.moveTo(meeting.id(), MeetingPhase.CLOSED);
    }
  }

  @Test
  void aMeetingStepActsOnlyOnItemsOfItsOwnMeeting_inTheExpectedStatus() throws Exception {
    Meeting own =
        meetings.plan("2027-04-15T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", "pi-own");
    Meeting elsewhere =
        meetings.plan(
            "2027-05-27T14:00", null, "Rådhuset", "KLU-møde", "sekretaer", "pi-elsewhere");
    try {
      meetings.moveTo(own.id(), MeetingPhase.INTAKE_OPEN);
      long submitted = submittedByLaege("Til visitering", "pi-item");
      meetings.moveTo(own.id(), MeetingPhase.INTAKE_CLOSED);
      long onAgenda = items.carryOver(own.id(), 0L, "Allerede på dagsordenen", "Tekst.");
      long otherMeeting = items.carryOver(elsewhere.id(), 0L, "Et andet mødes punkt", "Tekst.");

      Map<String, Object> triage = new LinkedHashMap<>();
      triage.put("meetingId", own.id());
      triage.put("triageOutcome", "ON_AGENDA");
      triage.put("triageConfidential", true);

      // the triage runs in an instance of its own, called by the meeting's
      triage.put("itemId", otherMeeting);
      assertThatThrownBy(() -> recordTriage.execute(calledBy("pi-own", triage)))
          .hasMessageContaining("Punktet " + otherMeeting + " hører ikke til mødet " + own.id());
      triage.put("itemId", onAgenda);
      assertThatThrownBy(() -> recordTriage.execute(calledBy("pi-own", triage)))
          .hasMessageContaining("kan ikke behandles i dette trin");
      triage.put("itemId", submitted);
      assertThatThrownBy(() -> recordTriage.execute(calledBy("pi-elsewhere", triage)))
          .hasMessageContaining("Mødet " + own.id() + " hører ikke til denne proces");
      assertThat(items.get(otherMeeting).confidential()).isFalse();
      assertThat(items.get(onAgenda).confidential()).isFalse();
      assertThat(items.get(submitted).status()).isEqualTo(ItemStatus.SUBMITTED);

      recordTriage.execute(calledBy("pi-own", triage));
      assertThat(items.get(submitted).status()).isEqualTo(ItemStatus.ON_AGENDA);
      assertThat(items.get(submitted).confidential()).isTrue();
    } finally {
      meetings.moveTo(own.id(), MeetingPhase.CLOSED);
      meetings.moveTo(elsewhere.id(), MeetingPhase.CLOSED);
    }
  }

  @Test
  void anAgreementFromMinutesStartsOnlyFromItsOwnItem_onADraftTheMinutesAgreed() {
    long item = submittedByLaege("Et punkt uden aftaleudkast", "pi-item-agreement");

    // the secretariat's start form with an item id: not an agreement from minutes
    assertThatThrownBy(
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(
                        AgreementProcess.KEY,
                        Map.of(
                            "agreementTitle",
                            "Titel",
                            "agreementDraft",
                            "Udkast.",
                            AgreementProcess.ITEM_ID.name(),
                            item)))
        .hasMessageContaining("Punktet " + item + " hører ikke til denne aftale");

    // the minutes' message for the item, but the minutes agreed no draft on it
    String pi =
        engine
            .getRuntimeService()
            .createMessageCorrelation(AgreementProcess.MESSAGE_DRAFT_AGREED)
            .processInstanceBusinessKey(AgreementsFromMinutes.businessKey(item))
            .setVariable(AgreementProcess.ITEM_ID.name(), item)
            .correlateStartMessage()
            .getId();
    String job =
        engine.getManagementService().createJobQuery().processInstanceId(pi).singleResult().getId();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job))
        .hasMessageContaining("har intet udkast til aftale");
    assertThat(agreements.fromItem(item)).isEmpty();
  }

  // --- helpers -----------------------------------------------------------------------------

  static Map<String, Object> values(String title) {
    return CycleDriver.itemValues(title, "ANDET", "DECISION");
  }

  /** Starts klu-agenda-item as the user (a member) or, with null, as the application. */
  String startAs(String user, Map<String, Object> values) {
    if (user != null) {
      engine.getIdentityService().setAuthentication(user, List.of(KluGroups.MEMBER));
    }
    try {
      return engine
          .getRuntimeService()
          .startProcessInstanceByKey(AgendaItemProcess.KEY, values)
          .getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  long itemId(String pi) {
    return AgendaItemProcess.ITEM_ID.convert(
        engine.getRuntimeService().getVariable(pi, AgendaItemProcess.ITEM_ID.name()));
  }

  long readGrants(String user, String pi) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .userIdIn(user)
        .resourceId(pi)
        .count();
  }

  /** A step's execution in the given process instance with the given variables. */
  static DelegateExecution execution(String processInstanceId, Map<String, Object> variables) {
    ExecutionEntity execution = Mockito.mock(ExecutionEntity.class);
    Mockito.when(execution.getProcessInstanceId()).thenReturn(processInstanceId);
    Mockito.when(execution.getRootProcessInstanceId()).thenReturn(processInstanceId);
    Map<String, Object> copy = new LinkedHashMap<>(variables);
    Mockito.when(execution.getVariable(Mockito.anyString()))
        .thenAnswer(call -> copy.get(call.<String>getArgument(0)));
    return execution;
  }

  /** An execution of a step the meeting instance {@code meetingInstanceId} called. */
  static DelegateExecution calledBy(String meetingInstanceId, Map<String, Object> variables) {
    DelegateExecution execution = execution(meetingInstanceId + "-called", variables);
    Mockito.when(((ExecutionEntity) execution).getRootProcessInstanceId())
        .thenReturn(meetingInstanceId);
    return execution;
  }

  /** A decision item on "Andet" submitted by laege in the given (made-up) process instance. */
  private long submittedByLaege(String title, String processInstanceId) {
    return items
        .submit(
            new NewItem(title, Topic.ANDET, "Tekst.", null, null, null, ItemKind.DECISION, 15),
            "laege",
            processInstanceId)
        .itemId();
  }
}
