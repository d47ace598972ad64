package dk.klu.evaluation;

import dk.klu.rules.PositivePeriod;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The annual evaluation's settings ({@code klu.evaluation.*}).
 *
 * @param recipient where the approved evaluation is sent: the regional Samarbejdsudvalg
 * @param completionPeriod how long the secretariat has to complete the evaluation
 * @param approvalPeriod how long each chair has to approve it
 * @param reminderBefore how long before a task's due date its people are reminded
 */
@ConfigurationProperties(prefix = "klu.evaluation")
@Validated
public record EvaluationProperties(
    @DefaultValue("samarbejdsudvalget@region.example")
        @NotBlank(message = RECIPIENT)
        @Email(message = RECIPIENT)
        String recipient,
    @DefaultValue("P14D") @PositivePeriod("klu.evaluation.completion-period")
        Period completionPeriod,
    @DefaultValue("P7D") @PositivePeriod("klu.evaluation.approval-period") Period approvalPeriod,
    @DefaultValue("P2D")
        @PositivePeriod(
            value = "klu.evaluation.reminder-before",
            orZero = true,
            message = "{value} må ikke være negativ, f.eks. P2D.")
        Period reminderBefore) {

  static final String RECIPIENT =
      "klu.evaluation.recipient skal være en e-mailadresse (Samarbejdsudvalget).";
}
