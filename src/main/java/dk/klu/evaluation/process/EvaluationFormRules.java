package dk.klu.evaluation.process;

import static dk.klu.evaluation.process.EvaluationVariables.*;
import static dk.klu.forms.FormRule.rule;

import dk.klu.evaluation.EvaluationService;
import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the evaluation forms that the schema cannot say: a year that can be evaluated (not
 * in the future, not already started), and a comment when a chair sends the evaluation back.
 */
@Configuration
public class EvaluationFormRules {

  @Bean
  FormRule evaluationStartRule(EvaluationService evaluations) {
    return rule(
        "klu-evaluation-start",
        s -> {
          Object year = s.value(YEAR);
          if (year instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue())) {
            return List.of("Feltet \"År\" skal være et helt år, f.eks. 2027.");
          }
          return evaluations.checkYear(year instanceof Number n ? n.intValue() : null);
        });
  }

  static List<String> commentWhenReturned(FormSubmission s, String decision, String comment) {
    if (RETURN.equals(s.value(decision))) {
      Object text = s.value(comment);
      if (text == null || text.toString().isBlank()) {
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
        "klu-evaluation-approval-chair",
        s -> commentWhenReturned(s, CHAIR_DECISION, CHAIR_COMMENT));
  }

  @Bean
  FormRule evaluationApprovalGpChairRule() {
    return rule(
        "klu-evaluation-approval-gp-chair",
        s -> commentWhenReturned(s, GP_CHAIR_DECISION, GP_CHAIR_COMMENT));
  }
}
