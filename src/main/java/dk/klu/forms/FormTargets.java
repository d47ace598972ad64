package dk.klu.forms;

import dk.klu.process.EngineAccess;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Finds the task or process definition a submission addresses and its Camunda Form.
 *
 * <p>Whether the target exists is asked as the caller: what the caller cannot see is left to the
 * engine, which answers 404 or 403. The form itself is looked up as the application, since the
 * caller need not be allowed to read the process definition or its deployment.
 */
@Component
class FormTargets {

  private final EngineAccess access;

  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

  FormTargets(EngineAccess access) {
    this.access = access;
  }

  /** The target with a Camunda Form, or empty when there is none (or the caller cannot see it). */
  Optional<FormTarget> find(Endpoint endpoint, Authentication caller) {
    if (!access.engine().getName().equals(endpoint.engineName())) {
      return Optional.empty();
    }
    return switch (endpoint.kind()) {
      case TASK_SUBMISSION -> task(endpoint.id(), caller);
      case START_BY_ID -> start(caller, () -> definitions().processDefinitionId(endpoint.id()));
      case START_BY_KEY ->
          start(
              caller,
              () -> {
                ProcessDefinitionQuery query =
                    definitions().processDefinitionKey(endpoint.id()).latestVersion();
                return endpoint.tenantId() == null
                    ? query.withoutTenantId()
                    : query.tenantIdIn(endpoint.tenantId());
              });
    };
  }

  /**
   * Whether the caller can see the target but it has no Camunda Form: then nothing can be checked,
   * and a person may send no values. (What the caller cannot see is left to the engine.)
   */
  boolean visibleWithoutForm(Endpoint endpoint, Authentication caller) {
    if (!access.engine().getName().equals(endpoint.engineName())
        || find(endpoint, caller).isPresent()) {
      return false;
    }
    return switch (endpoint.kind()) {
      case TASK_SUBMISSION -> access.as(caller, () -> taskQuery(endpoint.id()).count()) > 0;
      case START_BY_ID ->
          access.as(caller, () -> definitions().processDefinitionId(endpoint.id()).count()) > 0;
      case START_BY_KEY ->
          access.as(caller, () -> definitions().processDefinitionKey(endpoint.id()).count()) > 0;
    };
  }

  /** A variable of the target's process instance as it is now; null for a start. */
  Object variable(FormTarget target, String name) {
    return target.processInstanceId() == null
        ? null
        : access.asApplication(
            () ->
                access.engine().getRuntimeService().getVariable(target.processInstanceId(), name));
  }

  private Optional<FormTarget> task(String taskId, Authentication caller) {
    // as the caller: a task the caller cannot see is left to the engine; the form's reference
    // comes from the deployed model, which the engine reads without asking for a permission
    Task task = access.as(caller, () -> taskQuery(taskId).initializeFormKeys().singleResult());
    if (task == null || task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    Definition definition =
        task.getProcessDefinitionId() == null ? null : definition(task.getProcessDefinitionId());
    return Optional.of(
        new FormTarget(
            task.getCamundaFormRef(),
            definition == null ? null : definition.deploymentId(),
            task.getId(),
            task.getProcessInstanceId(),
            task.getProcessDefinitionId(),
            definition == null ? null : definition.key()));
  }

  /** A process definition's deployment and key, which never change for its id. */
  private record Definition(String deploymentId, String key) {}

  /**
   * The deployment and key of the process definition {@code id}, read as the application the first
   * time and kept: a definition's id, deployment and key are fixed when it is deployed.
   */
  private Definition definition(String id) {
    return definitions.computeIfAbsent(
        id,
        definitionId -> {
          ProcessDefinition definition =
              access.asApplication(
                  () -> access.engine().getRepositoryService().getProcessDefinition(definitionId));
          return new Definition(definition.getDeploymentId(), definition.getKey());
        });
  }

  private Optional<FormTarget> start(
      Authentication caller, java.util.function.Supplier<ProcessDefinitionQuery> query) {
    ProcessDefinition definition;
    try {
      definition = access.as(caller, () -> query.get().singleResult());
    } catch (ProcessEngineException e) {
      return Optional.empty(); // e.g. several definitions: the engine answers the caller
    }
    if (definition == null) {
      return Optional.empty();
    }
    CamundaFormRef ref = startFormRef(definition.getId());
    return ref == null
        ? Optional.empty()
        : Optional.of(
            new FormTarget(
                ref,
                definition.getDeploymentId(),
                null,
                null,
                definition.getId(),
                definition.getKey()));
  }

  private CamundaFormRef startFormRef(String definitionId) {
    try {
      return access.asApplication(
          () ->
              access.engine().getFormService().getStartFormData(definitionId).getCamundaFormRef());
    } catch (ProcessEngineException e) {
      return null; // no start form the engine can describe: nothing to validate against
    }
  }

  private TaskQuery taskQuery(String taskId) {
    return access.engine().getTaskService().createTaskQuery().taskId(taskId);
  }

  private ProcessDefinitionQuery definitions() {
    return access.engine().getRepositoryService().createProcessDefinitionQuery();
  }
}
