package dk.klu.yearplan.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.process.contract.Variable;
import dk.klu.support.ProcessForms;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The year plan's forms and the process agree on names: every field key is a variable declared in
 * {@link YearPlanProcess}, the start form and next year's form ask the same ({@link
 * YearPlanProcess#THIS_YEAR} and {@link YearPlanProcess#NEXT_YEAR}), and the model references
 * exactly its four forms.
 */
class YearPlanFormsTest {

  static final List<String> FORMS =
      Arrays.stream(YearPlanProcess.Form.values()).map(YearPlanProcess.Form::id).toList();

  @Test
  void everyFieldIsADeclaredVariable() throws Exception {
    List<String> keys = ProcessForms.fieldKeys(ProcessForms.filesOf(FORMS));
    assertThat(keys).isNotEmpty();
    assertThat(ProcessForms.declaredVariables(YearPlanProcess.class)).containsAll(keys);
  }

  @Test
  void nextYearsFormAsksWhatTheStartFormAsks() throws Exception {
    Set<String> start =
        ProcessForms.form(YearPlanProcess.Form.YEAR_PLAN_START.id()).fields().keySet();
    Set<String> next =
        new HashSet<>(
            ProcessForms.form(YearPlanProcess.Form.YEAR_PLAN_NEXT.id()).fields().keySet());
    next.remove(YearPlanProcess.YEAR_WHEEL_DECISION.name());
    assertThat(start).containsExactlyInAnyOrderElementsOf(names(YearPlanProcess.THIS_YEAR));
    assertThat(next).containsExactlyInAnyOrderElementsOf(names(YearPlanProcess.NEXT_YEAR));
  }

  static List<String> names(YearPlanProcess.PlanFields fields) {
    return fields.all().stream().map(Variable::name).toList();
  }

  @Test
  void theModelAndTheFormsReferToEachOther() throws Exception {
    ProcessForms.assertModelRefersToExactly("bpmn/klu-year-plan.bpmn", FORMS);
  }
}
