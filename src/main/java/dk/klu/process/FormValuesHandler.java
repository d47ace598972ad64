package dk.klu.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.DefaultTaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;

/**
 * The engine's task form handler, plus the values a {@link FormValues} bean reads from the klu_
 * tables when the form is opened. A user task uses it with {@code
 * camunda:formHandlerClass="dk.klu.process.FormValuesHandler"} and names its bean in an extension
 * property, {@code <camunda:property name="formValues" value="${triageFormValues}" />}.
 *
 * <p>The values are form fields of the task's form data: the engine returns them with the task's
 * variables from {@code FormService.getTaskFormVariables} ({@code GET /task/{id}/form-variables},
 * which Tasklist reads for a Camunda Form), typed as a variable of the same value would be. They
 * are not variables: nothing is stored, and a submission does not write them (they are no field the
 * form submits). Everything else is the engine's {@link DefaultTaskFormHandler}.
 */
public class FormValuesHandler extends DefaultTaskFormHandler {

  /** The extension property that names the {@link FormValues} bean. */
  public static final String PROPERTY = "formValues";

  private Expression values;

  @Override
  public void parseConfiguration(
      Element activityElement,
      DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition,
      BpmnParse bpmnParse) {
    super.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(activityElement);
    String bean = properties == null ? null : properties.get(PROPERTY);
    if (bean == null) {
      bpmnParse.addError(
          "The task names its values in the property '" + PROPERTY + "'.", activityElement);
    } else {
      values =
          Context.getProcessEngineConfiguration().getExpressionManager().createExpression(bean);
    }
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData form = super.createTaskForm(task);
    ((FormValues) values.getValue(task))
        .of(task)
        .forEach(
            (name, value) -> {
              FormFieldImpl field = new FormFieldImpl();
              field.setId(name);
              field.setValue(typed(value));
              form.getFormFields().add(field);
            });
    return form;
  }

  /** The value typed as the engine types a variable set to it. */
  private static org.camunda.bpm.engine.variable.value.TypedValue typed(Object value) {
    if (value == null) {
      return Variables.untypedNullValue();
    }
    if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
      return typed; // a Spin JSON list (RowSlots), for example
    }
    UntypedValueImpl untyped = (UntypedValueImpl) Variables.untypedValue(value);
    return Context.getProcessEngineConfiguration()
        .getVariableSerializers()
        .findSerializerForValue(untyped)
        .convertToTypedValue(untyped);
  }
}
