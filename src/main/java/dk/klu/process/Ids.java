package dk.klu.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Ids in variables: stored as Long by the delegates, read back whatever number type arrives. */
public final class Ids {

  private Ids() {}

  public static long of(VariableScope scope, String name) {
    return ((Number) scope.getVariable(name)).longValue();
  }

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
