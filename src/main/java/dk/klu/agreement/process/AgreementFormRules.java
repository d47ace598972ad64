package dk.klu.agreement.process;

import static dk.klu.agreement.process.AgreementVariables.*;

import dk.klu.agreement.AgreementService;
import dk.klu.agreement.Answer;
import dk.klu.agreement.RouteFacts;
import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.rules.KluClock;
import dk.klu.web.EngineAccess;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the agreement forms that the form schema cannot say: fields required by another
 * field's value, and route answers that contradict each other. Checked on every submission, from
 * Tasklist or REST, before anything is stored; a value not submitted is the task's current one.
 */
@Configuration
public class AgreementFormRules {

  private final RuntimeService runtimeService;
  private final EngineAccess engineAccess;

  public AgreementFormRules(RuntimeService runtimeService, EngineAccess engineAccess) {
    this.runtimeService = runtimeService;
    this.engineAccess = engineAccess;
  }

  static FormRule rule(String formId, Function<FormSubmission, List<String>> check) {
    return new FormRule() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public List<String> validate(FormSubmission submission) {
        return check.apply(submission);
      }
    };
  }

  /** The submitted value, else the process's current one (a REST client may send only some). */
  Object value(FormSubmission s, String name) {
    if (s.values().containsKey(name) || s.processInstanceId() == null) {
      return s.value(name);
    }
    return engineAccess.asApplication(
        () -> runtimeService.getVariable(s.processInstanceId(), name));
  }

  boolean flag(FormSubmission s, String name) {
    return Boolean.TRUE.equals(value(s, name));
  }

  String text(FormSubmission s, String name) {
    Object v = value(s, name);
    return v == null ? null : v.toString();
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static LocalDate date(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Bean
  FormRule agreementDraftRule() {
    return rule(
        "klu-agreement-draft",
        s -> {
          if (WITHDRAW.equals(value(s, DRAFT_DECISION))) {
            return blank(text(s, WITHDRAWAL_REASON))
                ? List.of("Feltet \"Begrundelse for at opgive aftalen\" skal udfyldes.")
                : List.of();
          }
          return new RouteFacts(
                  flag(s, BINDING_OBLIGATIONS),
                  flag(s, NEW_UNPAID_TASK),
                  flag(s, SPECIAL_FEE),
                  flag(s, SETTLED_VIA_REGION))
              .contradictions();
        });
  }

  @Bean
  FormRule agreementSettlementRule(KluClock clock) {
    return rule(
        "klu-agreement-settlement",
        s -> {
          List<String> problems = new ArrayList<>();
          if (NOT_POSSIBLE.equals(value(s, SETTLEMENT_OUTCOME))) {
            if (blank(text(s, SETTLEMENT_NOTE))) {
              problems.add(
                  "Feltet \"Bemærkning\" skal udfyldes, når aftalen med regionen ikke kan indgås.");
            }
            return problems;
          }
          LocalDate concluded = date(text(s, SETTLEMENT_CONCLUDED_ON));
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
  FormRule agreementAnswerRule() {
    return rule(
        "klu-agreement-answer",
        s -> {
          String outcome = text(s, ANSWER);
          Answer answer;
          try {
            answer = outcome == null ? null : Answer.valueOf(outcome);
          } catch (IllegalArgumentException e) {
            answer = null;
          }
          return AgreementService.checkAnswer(
              answer,
              date(text(s, EFFECTIVE_DATE)),
              text(s, CHANGES_REQUESTED),
              text(s, REJECTION_REASON));
        });
  }
}
