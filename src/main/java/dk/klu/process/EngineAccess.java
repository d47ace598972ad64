package dk.klu.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a given caller or as the application itself (no authentication, so neither
 * authorization nor tenant checks), restoring the thread's authentication afterwards.
 */
@Component
public class EngineAccess {

  private final ProcessEngine engine;
  private final IdentityService identityService;

  public EngineAccess(ProcessEngine engine) {
    this.engine = engine;
    this.identityService = engine.getIdentityService();
  }

  public ProcessEngine engine() {
    return engine;
  }

  /**
   * Runs the work as the application, not as the person whose request or task completion it serves
   * (correlating a message to another process, reading the user directory, granting a submitter
   * read access): the engine checks no authorizations. Inside a step, the step's own engine command
   * runs the work without authorization checks; elsewhere the thread's authentication is cleared
   * for the work and put back afterwards.
   */
  public <T> T asApplication(Supplier<T> work) {
    return Context.getCommandContext() != null ? inStep(work) : as(null, work);
  }

  /**
   * {@link #asApplication(Supplier)} for static code that runs only inside a step (a delegate's
   * helper): the step's engine command runs the work without authorization checks.
   */
  public static <T> T inStep(Supplier<T> work) {
    CommandContext step = Context.getCommandContext();
    if (step == null) {
      throw new IllegalStateException("Not inside a process step");
    }
    return step.runWithoutAuthorization(work::get);
  }

  /** {@link #asApplication(Supplier)} for work without a result. */
  public void asApplication(Runnable work) {
    asApplication(
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs the work as the caller (null: as the application). */
  public <T> T as(Authentication caller, Supplier<T> work) {
    Authentication previous = identityService.getCurrentAuthentication();
    try {
      set(caller);
      return work.get();
    } finally {
      set(previous);
    }
  }

  /** Executes an internal engine command without authentication. */
  public <T> T execute(Command<T> command) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return asApplication(() -> configuration.getCommandExecutorTxRequired().execute(command));
  }

  private void set(Authentication authentication) {
    if (authentication == null) {
      identityService.clearAuthentication();
    } else {
      identityService.setAuthentication(authentication);
    }
  }
}
