package dk.klu.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form shows that lives in the klu_ tables, read when the form is opened (docs/adr/
 * 0014). A bean of this type is named in the task's model by {@link FormValuesHandler}: its values
 * reach the form as Tasklist reads it ({@code GET /task/{id}/form-variables}) without being process
 * variables, so nothing is written for them and they are never stale.
 */
@FunctionalInterface
public interface FormValues {

  /** The values by the names the form's text and expressions use; a value may be null. */
  Map<String, Object> of(DelegateTask task);
}
