package dk.klu.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Ids of process instances as the delegates need them. */
public final class Ids {

  private Ids() {}

  /**
   * The id of the process instance at the top of a call: for a step a meeting calls (triage, agenda
   * preparation, follow-up) the meeting's own instance; for any other instance itself.
   */
  public static String rootInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getId();
  }
}
