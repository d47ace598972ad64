package dk.klu.yearplan.process;

import static dk.klu.forms.FormRule.rule;
import static dk.klu.yearplan.process.YearPlanProcess.*;

import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.process.contract.Variable;
import dk.klu.yearplan.YearPlanProperties;
import dk.klu.yearplan.YearPlanService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the year plan's forms that the form schema cannot say: the dates (inside the year,
 * working days, a whole cycle apart, calls not yet due), one plan per year, the dialogue meeting
 * announceable three months ahead, each topic on one of the year's meetings. Checked on every
 * submission, from Tasklist or REST, before anything is stored; the same rules then guard storing.
 */
@Configuration
public class YearPlanFormRules {

  @Bean
  FormRule yearPlanStartRule(YearPlanService plans, YearPlanProperties properties) {
    return rule(
        Form.YEAR_PLAN_START.id(),
        s -> plans.check(YearPlanForm.read(s::value, THIS_YEAR, properties.defaultLocation())));
  }

  @Bean
  FormRule yearPlanNextRule(YearPlanService plans, YearPlanProperties properties) {
    return rule(
        Form.YEAR_PLAN_NEXT.id(),
        s -> plans.check(YearPlanForm.read(s::value, NEXT_YEAR, properties.defaultLocation())));
  }

  @Bean
  FormRule dialoguePlanRule() {
    return rule(
        Form.DIALOGUE_PLAN.id(),
        s -> {
          List<String> problems = new ArrayList<>();
          if (blank(s, DIALOGUE_PLACE)) {
            problems.add("Feltet \"Sted\" skal udfyldes.");
          }
          if (blank(s, DIALOGUE_PROGRAMME)) {
            problems.add("Feltet \"Program\" skal udfyldes.");
          }
          return problems;
        });
  }

  @Bean
  FormRule dialogueSummaryRule() {
    return rule(
        Form.DIALOGUE_SUMMARY.id(),
        s -> blank(s, DIALOGUE_SUMMARY) ? List.of("Feltet \"Resumé\" skal udfyldes.") : List.of());
  }

  static boolean blank(FormSubmission s, Variable<String> text) {
    return text.from(s.values()).getOrDefault("").isBlank();
  }
}
