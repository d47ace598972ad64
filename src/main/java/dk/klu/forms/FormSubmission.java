package dk.klu.forms;

import java.util.Map;
import java.util.function.Function;

/**
 * Values submitted for a form, with what they are submitted for.
 *
 * @param formId the form's id (the {@code camunda:formRef} key)
 * @param values the submitted variables by name; {@code Json} values parsed to {@code List}/{@code
 *     Map}, numbers as {@code Integer}, {@code Long} or {@code Double}
 * @param taskId the task being completed, or null for a start form
 * @param processInstanceId the task's process instance, or null
 * @param processDefinitionId the process definition (of the task, or being started)
 * @param processDefinitionKey the process definition's key
 * @param current the task's process variables as they are now, read on the application's behalf
 *     (null for a start)
 */
public record FormSubmission(
    String formId,
    Map<String, Object> values,
    String taskId,
    String processInstanceId,
    String processDefinitionId,
    String processDefinitionKey,
    Function<String, Object> current) {

  /** A submitted value, or null. */
  public Object value(String name) {
    return values.get(name);
  }

  /** A variable of the task's process as it is now, or null (none, or a start). */
  public Object current(String name) {
    return current.apply(name);
  }
}
