package dk.klu.honorarium.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ProcessForms;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fee forms and the process agree on names: every field key of a {@code klu-honorarium-*} form
 * is a variable declared in {@link HonorariumProcess} (or a row field of one of its row lists),
 * every form the model references exists, and every form is referenced.
 */
class HonorariumFormsTest {

  /** Fields inside the correction form's row slots. */
  static final Set<String> ROW_FIELDS = Set.of("status", "replacedBy", "name");

  @Test
  void everyFieldIsADeclaredVariable() throws Exception {
    Set<String> declared = ProcessForms.declaredVariables(HonorariumProcess.class);
    List<String> keys = ProcessForms.fieldKeys(ProcessForms.files("klu-honorarium-"));
    assertThat(keys)
        .contains(HonorariumProcess.DECISION.name(), HonorariumProcess.CORRECTION_REASON.name());
    for (String key : keys) {
      String root = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      assertThat(declared).as(key).contains(root);
      if (key.contains(".")) {
        assertThat(ROW_FIELDS).as(key).contains(key.substring(key.lastIndexOf('.') + 1));
      }
    }
  }

  @Test
  void theModelAndTheFormsReferToEachOther() throws Exception {
    List<String> ids = ProcessForms.ids(ProcessForms.files("klu-honorarium-"));
    assertThat(ids)
        .containsExactlyInAnyOrder("klu-honorarium-approval", "klu-honorarium-correction");
    ProcessForms.assertModelRefersToExactly("bpmn/klu-honorarium.bpmn", ids);
  }
}
