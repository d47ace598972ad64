package dk.klu.agreement.process;

import static dk.klu.agreement.process.AgreementProcess.*;
import static dk.klu.forms.FormRule.rule;
import static org.springframework.util.StringUtils.hasText;

import dk.klu.agreement.AgreementService;
import dk.klu.agreement.Answer;
import dk.klu.agreement.ImplementationStatus;
import dk.klu.agreement.Route;
import dk.klu.agreement.RouteFacts;
import dk.klu.agreement.RouteOption;
import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.process.contract.Variable;
import dk.klu.rules.KluClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the agreement forms that the form schema cannot say: fields required by another
 * field's value, and route answers that contradict each other. Checked on every submission, from
 * Tasklist or REST, before anything is stored; a value not submitted is the task's current one.
 */
@Configuration(proxyBeanMethods = false)
public record AgreementFormRules(AgreementService agreements) {

  /** The submitted value, else the process's current one (a REST client may send only some). */
  <T> T value(FormSubmission s, Variable<T> variable) {
    return s.values().containsKey(variable.name())
        ? variable.from(s.values()).getOrNull()
        : variable.convert(s.current(variable.name()));
  }

  /** An option's value, or null when it is none of the options (the schema check says so). */
  <T> T optionValue(FormSubmission s, Variable<T> variable) {
    try {
      return value(s, variable);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  boolean flag(FormSubmission s, Variable<Boolean> question) {
    return Boolean.TRUE.equals(value(s, question));
  }

  /**
   * An agreement rests on a committee decision: the start form names a held meeting and an item of
   * its agenda with a decision recorded; otherwise nothing is started.
   */
  @Bean
  FormRule agreementStartRule() {
    return rule(
        "klu-agreement-start",
        s ->
            agreements
                .committeeDecision(value(s, DECISION_MEETING_DATE), value(s, DECISION_ITEM_NUMBER))
                .problems());
  }

  @Bean
  FormRule agreementDraftRule() {
    return rule(
        "klu-agreement-draft",
        s -> {
          if (WITHDRAW.equals(value(s, DRAFT_DECISION))) {
            return !hasText(value(s, WITHDRAWAL_REASON))
                ? List.of("Feltet \"Begrundelse for at opgive aftalen\" skal udfyldes.")
                : List.of();
          }
          return new RouteFacts(
                  flag(s, BINDING_OBLIGATIONS), flag(s, NEW_UNPAID_TASK), flag(s, SPECIAL_FEE))
              .contradictions();
        });
  }

  /** The committee's choice must be one of the routes open for the draft. */
  @Bean
  FormRule agreementRouteChoiceRule() {
    return rule(
        "klu-agreement-route-choice",
        s -> {
          Route chosen = optionValue(s, ROUTE);
          return RouteOption.decode(value(s, ROUTE_OPTIONS)).stream()
                  .anyMatch(o -> o.route() == chosen)
              ? List.of()
              : List.of("Vælg den aftalevej, udvalget har valgt, blandt de åbne aftaleveje.");
        });
  }

  @Bean
  FormRule agreementSettlementRule(KluClock clock) {
    return rule(
        "klu-agreement-settlement",
        s -> {
          List<String> problems = new ArrayList<>();
          if (NOT_POSSIBLE.equals(value(s, SETTLEMENT_OUTCOME))) {
            if (!hasText(value(s, SETTLEMENT_NOTE))) {
              problems.add(
                  "Feltet \"Bemærkning\" skal udfyldes, når aftalen med regionen ikke kan indgås.");
            }
            return problems;
          }
          LocalDate concluded = value(s, SETTLEMENT_CONCLUDED_ON);
          if (concluded == null) {
            problems.add(
                "Feltet \"Aftalt den\" skal udfyldes, når aftalen med regionen er indgået.");
          } else if (concluded.isAfter(clock.now().toLocalDate())) {
            problems.add(
                "Afregningsaftalen kan ikke være indgået i fremtiden (" + concluded + ").");
          }
          return problems;
        });
  }

  @Bean
  FormRule agreementImplementationRule(KluClock clock) {
    return rule(
        "klu-agreement-implementation",
        s -> {
          ImplementationStatus status = optionValue(s, IMPLEMENTATION_STATUS);
          return AgreementService.checkImplementation(
              status,
              value(s, IMPLEMENTATION_NOTE),
              value(s, IMPLEMENTATION_AS_OF),
              clock.now().toLocalDate());
        });
  }

  @Bean
  FormRule agreementAnswerRule() {
    return rule(
        "klu-agreement-answer",
        s -> {
          Answer answer = optionValue(s, ANSWER);
          return AgreementService.checkAnswer(
              answer,
              value(s, EFFECTIVE_DATE),
              value(s, CHANGES_REQUESTED),
              value(s, REJECTION_REASON));
        });
  }
}
