package dk.klu.process.history;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history writer ({@code DbHistoryEventHandler}) without the variables {@link
 * VariablesOutOfHistory} names (docs/adr/0014): their variable events (created, updated, deleted,
 * migrated: the {@code ACT_HI_VARINST} row and, at history level full, each version in {@code
 * ACT_HI_DETAIL}) are dropped. So is the form-field copy of each submitted value (a {@code
 * FormProperty} row in {@code ACT_HI_DETAIL}): the same submission writes the value as a variable
 * version with the same time and activity instance, and the task's history says who submitted it.
 * Every other event is handed on unchanged.
 */
public class AuditHistoryEventHandler implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Predicate<HistoricVariableUpdateEventEntity> leftOut;

  /**
   * @param leftOut whether a variable's event is left out
   */
  public AuditHistoryEventHandler(
      HistoryEventHandler delegate, Predicate<HistoricVariableUpdateEventEntity> leftOut) {
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

  /** Whether the event is a version of a variable the history leaves out, or a form field copy. */
  public boolean dropped(HistoryEvent event) {
    return event instanceof HistoricFormPropertyEventEntity
        || event instanceof HistoricVariableUpdateEventEntity variable && leftOut.test(variable);
  }
}
