package dk.klu.process.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the person who completed the task before it, or nobody when a job runs it. */
public final class Actors {

  private Actors() {}

  /** The authenticated user completing the step's task, or null when the engine runs it. */
  public static String current(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
