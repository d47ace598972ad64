package dk.klu.honorarium.process;

import static dk.klu.honorarium.process.HonorariumVariables.*;

import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.meeting.process.AttendanceForm;
import dk.klu.web.EngineAccess;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the fee forms that the form schema cannot say: a reason when the list is sent back,
 * and a complete, consistent attendance in the correction. Checked on every submission, from
 * Tasklist or REST, before anything is stored.
 */
@Configuration
public class HonorariumFormRules {

  private final RuntimeService runtimeService;
  private final EngineAccess engineAccess;

  public HonorariumFormRules(RuntimeService runtimeService, EngineAccess engineAccess) {
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

  Object processVariable(FormSubmission submission, String name) {
    return engineAccess.asApplication(
        () -> runtimeService.getVariable(submission.processInstanceId(), name));
  }

  static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  @Bean
  FormRule feeApprovalRule() {
    return rule(
        "klu-honorarium-approval",
        s -> {
          Object decision = s.value(DECISION);
          if (!APPROVE.equals(decision) && !CORRECT.equals(decision)) {
            return List.of("Vælg, om honorarlisten godkendes eller sendes tilbage til rettelse.");
          }
          if (CORRECT.equals(decision) && blank(s.value(CORRECTION_REASON))) {
            return List.of(
                "Feltet \"Hvad skal rettes?\" skal udfyldes, når listen sendes tilbage.");
          }
          return List.of();
        });
  }

  @Bean
  FormRule feeCorrectionRule() {
    return rule(
        "klu-honorarium-correction",
        s -> AttendanceForm.check(processVariable(s, ATTENDANCE), s.value(ATTENDANCE)));
  }
}
