package dk.klu.evaluation.process;

import static dk.klu.evaluation.process.EvaluationProcess.*;
import static dk.klu.forms.FormRule.rule;

import dk.klu.evaluation.EvaluationService;
import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.process.contract.Variable;
import dk.klu.yearplan.YearPlan;
import dk.klu.yearplan.YearPlanService;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the evaluation forms that the schema cannot say: a year that can be evaluated (not
 * in the future, not already started), and a comment when a chair sends the evaluation back.
 */
@Configuration
public class EvaluationFormRules {

  @Bean
  FormRule evaluationStartRule(
      EvaluationService evaluations, YearPlanService plans, RuntimeService runtime) {
    return rule(
        Form.EVALUATION_START.id(),
        s -> {
          Object year = s.value(YEAR.name());
          if (year instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue())) {
            return List.of("Feltet \"År\" skal være et helt år, f.eks. 2027.");
          }
          List<String> refusals =
              evaluations.checkYear(year instanceof Number n ? n.intValue() : null);
          if (refusals.isEmpty() && startedByYearPlan(plans, runtime, ((Number) year).intValue())) {
            return List.of(
                "Årsevalueringen for "
                    + year
                    + " startes af årets årshjul (klu-year-plan), når tiden er inde. Start den"
                    + " ikke her også.");
          }
          return refusals;
        });
  }

  /**
   * Whether the year's plan is still running and will start the evaluation itself: a second start
   * by hand would leave the plan's call with an evaluation it may not own.
   */
  private static boolean startedByYearPlan(
      YearPlanService plans, RuntimeService runtime, int year) {
    return plans
        .ofYear(year)
        .map(YearPlan::processInstanceId)
        .filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .isPresent();
  }

  static List<String> commentWhenReturned(
      FormSubmission s, Variable<String> decision, Variable<String> comment) {
    if (RETURN.equals(decision.from(s.values()).getOrNull())) {
      String text = comment.from(s.values()).getOrNull();
      if (text == null || text.isBlank()) {
        return List.of(
            "Feltet \"Kommentarer til sekretariatet\" skal udfyldes, når årsevalueringen sendes"
                + " tilbage.");
      }
    }
    return List.of();
  }

  @Bean
  FormRule evaluationApprovalChairRule() {
    return rule(
        Form.EVALUATION_APPROVAL_CHAIR.id(),
        s -> commentWhenReturned(s, CHAIR_DECISION, CHAIR_COMMENT));
  }

  @Bean
  FormRule evaluationApprovalGpChairRule() {
    return rule(
        Form.EVALUATION_APPROVAL_GP_CHAIR.id(),
        s -> commentWhenReturned(s, GP_CHAIR_DECISION, GP_CHAIR_COMMENT));
  }
}
