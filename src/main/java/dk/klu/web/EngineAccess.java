package dk.klu.web;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
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

  /** Runs the work without authentication: the engine checks no authorizations. */
  public <T> T asApplication(Supplier<T> work) {
    return as(null, work);
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
