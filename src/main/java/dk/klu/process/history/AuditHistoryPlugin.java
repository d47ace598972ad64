package dk.klu.process.history;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's default history writer by {@link AuditHistoryEventHandler} around it
 * (docs/adr/0014); the writer itself leaves out the {@code ACT_HI_DETAIL} copy of a written-once
 * variable's only version ({@link VariablesOutOfHistory#detailLeftOut}), through the engine's own
 * {@code shouldWriteHistoricDetail}. The history level stays {@code full}: a database stores its
 * level and the engine refuses to start on another, and every other event is written as before.
 */
@Component
public class AuditHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration
        .getCustomHistoryEventHandlers()
        .add(
            new AuditHistoryEventHandler(
                new DbHistoryEventHandler() {
                  @Override
                  protected boolean shouldWriteHistoricDetail(
                      HistoricVariableUpdateEventEntity event) {
                    return super.shouldWriteHistoricDetail(event)
                        && !VariablesOutOfHistory.detailLeftOut(event);
                  }
                },
                VariablesOutOfHistory::leftOut));
  }
}
