package dk.klu.evaluation;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The annual evaluation's settings ({@code klu.evaluation.*}).
 *
 * @param recipient where the approved evaluation is sent: the regional Samarbejdsudvalg
 * @param completionPeriod how long the secretariat has to complete the evaluation
 * @param approvalPeriod how long each chair has to approve it
 * @param reminderBefore how long before a task's due date its people are reminded
 */
@ConfigurationProperties(prefix = "klu.evaluation")
public record EvaluationProperties(
    @DefaultValue("samarbejdsudvalget@region.example") String recipient,
    @DefaultValue("P14D") Period completionPeriod,
    @DefaultValue("P7D") Period approvalPeriod,
    @DefaultValue("P2D") Period reminderBefore) {

  public EvaluationProperties {
    if (recipient == null || !recipient.contains("@")) {
      throw new IllegalArgumentException(
          "klu.evaluation.recipient skal være en e-mailadresse (Samarbejdsudvalget).");
    }
    for (Period period : new Period[] {completionPeriod, approvalPeriod}) {
      if (period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException(
            "klu.evaluation.completion-period og approval-period skal være positive perioder,"
                + " f.eks. P14D.");
      }
    }
    if (reminderBefore.isNegative()) {
      throw new IllegalArgumentException(
          "klu.evaluation.reminder-before må ikke være negativ, f.eks. P2D.");
    }
  }
}
