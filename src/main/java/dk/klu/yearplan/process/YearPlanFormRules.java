package dk.klu.yearplan.process;

import static dk.klu.forms.FormRule.rule;
import static dk.klu.yearplan.process.YearPlanVariables.*;

import dk.klu.forms.FormRule;
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

  public static final String START_FORM = "klu-year-plan-start";
  public static final String NEXT_YEAR_FORM = "klu-year-plan-next";
  public static final String DIALOGUE_PLAN_FORM = "klu-dialogue-plan";
  public static final String DIALOGUE_SUMMARY_FORM = "klu-dialogue-summary";

  @Bean
  FormRule yearPlanStartRule(YearPlanService plans, YearPlanProperties properties) {
    return rule(
        START_FORM,
        s -> plans.check(YearPlanForm.read(s::value, "", properties.defaultLocation())));
  }

  @Bean
  FormRule yearPlanNextRule(YearPlanService plans, YearPlanProperties properties) {
    return rule(
        NEXT_YEAR_FORM,
        s -> plans.check(YearPlanForm.read(s::value, NEXT_PREFIX, properties.defaultLocation())));
  }

  @Bean
  FormRule dialoguePlanRule() {
    return rule(
        DIALOGUE_PLAN_FORM,
        s -> {
          List<String> problems = new ArrayList<>();
          if (blank(s.value(DIALOGUE_PLACE))) {
            problems.add("Feltet \"Sted\" skal udfyldes.");
          }
          if (blank(s.value(DIALOGUE_PROGRAMME))) {
            problems.add("Feltet \"Program\" skal udfyldes.");
          }
          return problems;
        });
  }

  @Bean
  FormRule dialogueSummaryRule() {
    return rule(
        DIALOGUE_SUMMARY_FORM,
        s ->
            blank(s.value(DIALOGUE_SUMMARY))
                ? List.of("Feltet \"Resumé\" skal udfyldes.")
                : List.of());
  }

  static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
