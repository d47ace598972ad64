package dk.klu.forms;

import org.camunda.bpm.engine.form.CamundaFormRef;

/**
 * What a submission is for and the Camunda Form it is bound to.
 *
 * @param formRef the task's or start event's {@code camunda:formRef}
 * @param deploymentId the deployment of the process definition (for {@code deployment} binding)
 * @param taskId the task, or null for a start
 * @param processInstanceId the task's process instance, or null
 * @param processDefinitionId the process definition
 * @param processDefinitionKey the process definition's key
 */
record FormTarget(
    CamundaFormRef formRef,
    String deploymentId,
    String taskId,
    String processInstanceId,
    String processDefinitionId,
    String processDefinitionKey) {}
