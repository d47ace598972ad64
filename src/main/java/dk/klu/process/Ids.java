package dk.klu.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** Ids of process instances as the delegates need them. */
public final class Ids {

  private Ids() {}

  /**
   * The id of the process instance at the top of a call: for a step a meeting calls (triage, agenda
   * preparation, follow-up) the meeting's own instance; for any other instance itself. The engine
   * keeps it on every execution ({@code ACT_RU_EXECUTION.ROOT_PROC_INST_ID_}), so it is read
   * without loading the calling instances.
   */
  public static String rootInstanceId(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getRootProcessInstanceId();
  }
}
