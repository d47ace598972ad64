package dk.klu.process.history;

import java.util.List;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history writer ({@code DbHistoryEventHandler}) without the variables {@link
 * VariablesOutOfHistory} names (docs/adr/0014): their variable events (created, updated, deleted,
 * migrated: the {@code ACT_HI_VARINST} row and, at history level full, each version in {@code
 * ACT_HI_DETAIL}) are dropped; every other event is handed on unchanged.
 */
public class AuditHistoryEventHandler implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final BiPredicate<String, String> leftOut;

  /**
   * @param leftOut whether a variable is left out, by process definition key and variable name
   */
  public AuditHistoryEventHandler(
      HistoryEventHandler delegate, BiPredicate<String, String> leftOut) {
    this.delegate = delegate;
    this.leftOut = leftOut;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!dropped(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      handleEvent(event);
    }
  }

  /** Whether the event is a version of a variable the history leaves out. */
  public boolean dropped(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && leftOut.test(variable.getProcessDefinitionKey(), variable.getVariableName());
  }
}
