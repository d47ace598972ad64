package dk.klu.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Ids in variables: stored as Long by the delegates, read back whatever number type arrives. */
public final class Ids {

  private Ids() {}

  public static long of(VariableScope scope, String name) {
    return ((Number) scope.getVariable(name)).longValue();
  }
}
