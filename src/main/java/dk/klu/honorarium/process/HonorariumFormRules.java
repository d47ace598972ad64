package dk.klu.honorarium.process;

import static dk.klu.forms.FormRule.rule;
import static dk.klu.honorarium.process.HonorariumProcess.*;
import static org.springframework.util.StringUtils.hasText;

import dk.klu.forms.FormRule;
import dk.klu.meeting.process.AttendanceForm;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of the fee forms that the form schema cannot say: a reason when the list is sent back,
 * and a complete, consistent attendance in the correction. Checked on every submission, from
 * Tasklist or REST, before anything is stored.
 */
@Configuration
public class HonorariumFormRules {

  @Bean
  FormRule feeApprovalRule() {
    return rule(
        Form.HONORARIUM_APPROVAL.id(),
        s -> {
          String decision = DECISION.from(s.values()).getOrNull();
          if (!APPROVE.equals(decision) && !CORRECT.equals(decision)) {
            return List.of("Vælg, om honorarlisten godkendes eller sendes tilbage til rettelse.");
          }
          if (CORRECT.equals(decision)
              && !hasText(CORRECTION_REASON.from(s.values()).getOrNull())) {
            return List.of(
                "Feltet \"Hvad skal rettes?\" skal udfyldes, når listen sendes tilbage.");
          }
          return List.of();
        });
  }

  @Bean
  FormRule feeCorrectionRule() {
    return rule(
        Form.HONORARIUM_CORRECTION.id(),
        s ->
            AttendanceForm.check(
                s.current(ATTENDANCE.name()), ATTENDANCE.from(s.values()).getOrNull()));
  }
}
