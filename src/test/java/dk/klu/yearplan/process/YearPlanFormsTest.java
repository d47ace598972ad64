package dk.klu.yearplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ProcessForms;
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

  @Test
  void everyFieldIsADeclaredVariable() throws Exception {
    List<String> keys = ProcessForms.fieldKeys(ProcessForms.filesOf(FORMS));
    assertThat(keys).isNotEmpty();
    assertThat(ProcessForms.declaredVariables(YearPlanVariables.class)).containsAll(keys);
  }

  @Test
  void nextYearsFormAsksWhatTheStartFormAsks() throws Exception {
    Set<String> start = ProcessForms.form(YearPlanFormRules.START_FORM).fields().keySet();
    Set<String> next =
        new HashSet<>(ProcessForms.form(YearPlanFormRules.NEXT_YEAR_FORM).fields().keySet());
    next.remove(YearPlanVariables.YEAR_WHEEL_DECISION);
    assertThat(next)
        .containsExactlyInAnyOrderElementsOf(
            start.stream()
                .map(k -> YearPlanVariables.key(YearPlanVariables.NEXT_PREFIX, k))
                .toList());
  }

  @Test
  void theModelAndTheFormsReferToEachOther() throws Exception {
    ProcessForms.assertModelRefersToExactly("bpmn/klu-year-plan.bpmn", FORMS);
  }
}
