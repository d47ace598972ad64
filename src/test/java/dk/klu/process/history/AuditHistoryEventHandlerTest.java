package dk.klu.process.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** {@link AuditHistoryEventHandler} drops the named variables' events and hands on the rest. */
class AuditHistoryEventHandlerTest {

  final List<HistoryEvent> written = new ArrayList<>();
  final HistoryEventHandler database =
      new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
          written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
          events.forEach(this::handleEvent);
        }
      };
  final AuditHistoryEventHandler handler =
      new AuditHistoryEventHandler(database, VariablesOutOfHistory::leftOut);

  @Test
  void namedVariablesAreLeftOutAndEverythingElseIsWritten() {
    HistoryEvent agenda = variable("klu-meeting", "agendaItems");
    HistoryEvent decision = variable("klu-meeting", "chairDecision");
    HistoryEvent unnamed = variable("klu-meeting", null);
    HistoryEvent activity = new HistoricActivityInstanceEventEntity();

    handler.handleEvents(List.of(agenda, decision, unnamed, activity));
    handler.handleEvent(variable("klu-honorarium", "feeLines"));

    assertThat(written).containsExactly(decision, unnamed, activity);
  }

  @Test
  void theMeetingsCopiesOfAnItemAreLeftOutOfTheStepsItCallsOnly() {
    HistoryEvent triage = variable("klu-item-triage", "itemTitle");
    HistoryEvent casePresentation = variable("klu-agenda-preparation", "itemTitle");
    HistoryEvent action = variable("klu-follow-up", "actionDescription");
    HistoryEvent submitted = variable("klu-agenda-item", "itemTitle");

    handler.handleEvents(List.of(triage, casePresentation, action, submitted));

    assertThat(written).containsExactly(submitted);
  }

  @Test
  void theMeetingsOwnValuesAreLeftOutOfItsStepsButItsIdStays() {
    HistoryEvent name = variable("klu-item-triage", "meeting");
    HistoryEvent due = variable("klu-item-triage", "triageDue");
    HistoryEvent chair = variable("klu-agenda-preparation", "chairUser");
    HistoryEvent id = variable("klu-agenda-preparation", "meetingId");
    HistoryEvent meetingsOwn = variable("klu-meeting", "chairUser");

    handler.handleEvents(List.of(name, due, chair, id, meetingsOwn));

    assertThat(written).containsExactly(id, meetingsOwn);
  }

  @Test
  void theFormFieldCopyOfASubmittedValueIsLeftOut() {
    HistoryEvent field = new HistoricFormPropertyEventEntity();
    HistoryEvent value = variable("klu-agenda-item", "itemTitle");

    handler.handleEvents(List.of(field, value));

    assertThat(written).containsExactly(value);
  }

  @Test
  void theSubmissionKeepsWhatTheStartWroteButNotItsRemoval() {
    HistoryEvent submitted = variable("klu-agenda-item", "itemDescription");
    HistoryEvent removed = variable("klu-agenda-item", "itemDescription");
    ((HistoricVariableUpdateEventEntity) removed)
        .setEventType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName());
    HistoryEvent submitter = variable("klu-agenda-item", "itemSubmitter");
    ((HistoricVariableUpdateEventEntity) submitter)
        .setEventType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName());
    HistoryEvent elsewhere = variable("klu-agreement", "itemDescription");
    ((HistoricVariableUpdateEventEntity) elsewhere)
        .setEventType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName());

    handler.handleEvents(List.of(submitted, removed, submitter, elsewhere));

    assertThat(written).containsExactly(submitted, submitter, elsewhere);
  }

  @Test
  void theDetailCopyOfAWrittenOnceVariablesOnlyVersionIsLeftOut() {
    assertThat(VariablesOutOfHistory.WRITTEN_ONCE)
        .containsExactlyInAnyOrder("itemId", "meetingId", "actionId");
    for (String key :
        List.of("klu-meeting", "klu-item-triage", "klu-agenda-preparation", "klu-follow-up")) {
      assertThat(detailOfCreationLeftOut(key, "itemId")).as(key).isTrue();
    }
    assertThat(detailOfCreationLeftOut("klu-agenda-item", "itemDescription"))
        .as("the GP's submission")
        .isTrue();
    assertThat(detailOfCreationLeftOut("klu-agenda-item", "itemPlacement"))
        .as("registration's placement")
        .isTrue();
    // a later version is kept; so are the ids of other processes and every other variable
    assertThat(
            detailLeftOut("klu-meeting", "meetingId", HistoryEventTypes.VARIABLE_INSTANCE_UPDATE))
        .isFalse();
    assertThat(detailOfCreationLeftOut("klu-agenda-item", "meetingId"))
        .as("an item moved to the next meeting changes its meeting")
        .isFalse();
    assertThat(detailOfCreationLeftOut("klu-honorarium", "meetingId")).isFalse();
    assertThat(detailOfCreationLeftOut("klu-item-triage", "triageOutcome")).isFalse();
  }

  static boolean detailOfCreationLeftOut(String key, String name) {
    return detailLeftOut(key, name, HistoryEventTypes.VARIABLE_INSTANCE_CREATE);
  }

  static boolean detailLeftOut(String key, String name, HistoryEventTypes type) {
    HistoricVariableUpdateEventEntity event =
        (HistoricVariableUpdateEventEntity) variable(key, name);
    event.setEventType(type.getEventName());
    return VariablesOutOfHistory.detailLeftOut(event);
  }

  @Test
  void theNamesAreTheContractsVariables() {
    assertThat(VariablesOutOfHistory.NAMES)
        .contains(
            "agendaItems",
            "agendaOffAgenda",
            "agendaReceivedText",
            "attendance",
            "minutesItems",
            "followUpActions",
            "feeLines",
            "meetings")
        .doesNotContain(
            "chairDecision",
            "chairComment",
            "minutesChairDecision",
            "minutesChairComment",
            "meetingId",
            "feeDecision");
  }

  static HistoryEvent variable(String processDefinitionKey, String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setProcessDefinitionKey(processDefinitionKey);
    event.setVariableName(name);
    return event;
  }
}
