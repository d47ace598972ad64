package dk.klu.evaluation.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ProcessForms;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation forms and the process agree on names: every field key of a {@code
 * klu-evaluation-*} form is a variable declared in {@link EvaluationProcess}, every form the model
 * references exists, and every form is referenced.
 */
class EvaluationFormsTest {

  @Test
  void everyFieldIsADeclaredVariable() throws Exception {
    List<String> keys = ProcessForms.fieldKeys(ProcessForms.files("klu-evaluation-"));
    assertThat(keys).contains(EvaluationProcess.YEAR.name(), EvaluationProcess.ASSESSMENT.name());
    assertThat(ProcessForms.declaredVariables(EvaluationProcess.class)).containsAll(keys);
  }

  @Test
  void theModelAndTheFormsReferToEachOther() throws Exception {
    List<String> ids = ProcessForms.ids(ProcessForms.files("klu-evaluation-"));
    assertThat(ids).hasSize(4);
    ProcessForms.assertModelRefersToExactly("bpmn/klu-evaluation.bpmn", ids);
  }
}
