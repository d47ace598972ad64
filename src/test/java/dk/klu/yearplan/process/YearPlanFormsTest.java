package dk.klu.yearplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormDefinition;
import dk.klu.forms.FormParser;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The year plan's forms and the process agree on names: every field key is a variable declared in
 * {@link YearPlanVariables}, the start form and next year's form ask the same (next year's with the
 * prefix {@code next}), and the model references exactly these four forms.
 */
class YearPlanFormsTest {

  static final List<String> FORMS =
      List.of(
          YearPlanFormRules.START_FORM,
          YearPlanFormRules.NEXT_YEAR_FORM,
          YearPlanFormRules.DIALOGUE_PLAN_FORM,
          YearPlanFormRules.DIALOGUE_SUMMARY_FORM);

  static Set<String> declaredVariables() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field field : YearPlanVariables.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  static FormDefinition form(String id) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("forms", id + ".form"))) {
      FormDefinition form = FormParser.parse(in, "x");
      assertThat(form.id()).isEqualTo(id);
      return form;
    }
  }

  @Test
  void everyFieldIsADeclaredVariable() throws Exception {
    Set<String> declared = declaredVariables();
    List<String> keys = new ArrayList<>();
    for (String id : FORMS) {
      keys.addAll(form(id).fields().keySet());
    }
    assertThat(keys).isNotEmpty();
    assertThat(declared).containsAll(keys);
  }

  @Test
  void nextYearsFormAsksWhatTheStartFormAsks() throws Exception {
    Set<String> start = form(YearPlanFormRules.START_FORM).fields().keySet();
    Set<String> next = new HashSet<>(form(YearPlanFormRules.NEXT_YEAR_FORM).fields().keySet());
    next.remove(YearPlanVariables.YEAR_WHEEL_DECISION);
    assertThat(next)
        .containsExactlyInAnyOrderElementsOf(
            start.stream()
                .map(k -> YearPlanVariables.key(YearPlanVariables.NEXT_PREFIX, k))
                .toList());
  }

  @Test
  void theModelAndTheFormsReferToEachOther() throws Exception {
    String model = Files.readString(Path.of("bpmn/klu-year-plan.bpmn"));
    for (String id : FORMS) {
      assertThat(model).as(id).contains("camunda:formRef=\"" + id + "\"");
    }
    assertThat(model.split("camunda:formRef=\"", -1)).hasSize(FORMS.size() + 1);
  }
}
