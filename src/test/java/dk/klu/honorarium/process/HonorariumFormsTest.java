package dk.klu.honorarium.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormDefinition;
import dk.klu.forms.FormParser;
import dk.klu.process.contract.Variable;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fee forms and the process agree on names: every field key of a {@code klu-honorarium-*} form
 * is a variable declared in {@link HonorariumProcess} (or a row field of one of its row lists),
 * every form the model references exists, and every form is referenced.
 */
class HonorariumFormsTest {

  /** Fields inside the correction form's row slots. */
  static final Set<String> ROW_FIELDS = Set.of("status", "replacedBy", "name");

  static Set<String> declaredVariables() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field field : HonorariumProcess.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Variable.class) {
        names.add(((Variable<?>) field.get(null)).name());
      }
    }
    return names;
  }

  static List<Path> forms() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(f -> f.getFileName().toString().startsWith("klu-honorarium-")).toList();
    }
  }

  @Test
  void everyFieldIsADeclaredVariable() throws Exception {
    Set<String> declared = declaredVariables();
    List<String> keys = new ArrayList<>();
    for (Path file : forms()) {
      try (InputStream in = Files.newInputStream(file)) {
        FormDefinition form = FormParser.parse(in, "x");
        assertThat(file.getFileName().toString()).isEqualTo(form.id() + ".form");
        keys.addAll(form.fields().keySet());
      }
    }
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
    String model = Files.readString(Path.of("bpmn/klu-honorarium.bpmn"));
    List<String> ids =
        forms().stream().map(f -> f.getFileName().toString().replace(".form", "")).toList();
    assertThat(ids)
        .containsExactlyInAnyOrder("klu-honorarium-approval", "klu-honorarium-correction");
    for (String id : ids) {
      assertThat(model).as(id).contains("camunda:formRef=\"" + id + "\"");
    }
    assertThat(model.split("camunda:formRef=\"", -1)).hasSize(ids.size() + 1);
  }
}
