package dk.klu.honorarium;

import dk.klu.rules.PositivePeriod;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the GPs' fees for attending a meeting are computed ({@code klu.fees.*}); who is paid is the
 * decision table {@code klu-fee-eligibility}.
 *
 * @param rate DKK per hour. The default is a placeholder: set the rate agreed locally.
 * @param timeBasis how the paid time is counted: the meeting's planned length, or a fixed number of
 *     hours per meeting
 * @param fixedHours the hours paid per meeting when {@code timeBasis} is {@code FIXED_HOURS}
 * @param roundUpToHalfHour the paid time is rounded up to whole half hours
 * @param paidSeats how many GPs the committee pays per meeting (Aalborg: 6 from PLO-Aalborg; the
 *     national guidance: 2)
 * @param approvalReminderAfter the secretariat is reminded this long after the list is ready (and
 *     again every such period) while it is not approved
 * @param account the finance system's account (artskonto) the payouts are booked on, or empty
 */
@ConfigurationProperties(prefix = "klu.fees")
@Validated
public record FeeProperties(
    @DefaultValue("1000.00") @PositiveOrZero(message = "klu.fees.rate må ikke være negativ.")
        BigDecimal rate,
    @DefaultValue("MEETING_LENGTH") TimeBasis timeBasis,
    @DefaultValue("2.5") @Positive(message = "klu.fees.fixed-hours skal være et positivt tal.")
        BigDecimal fixedHours,
    @DefaultValue("true") boolean roundUpToHalfHour,
    @DefaultValue("6") @PositiveOrZero(message = "klu.fees.paid-seats må ikke være negativ.")
        int paidSeats,
    @DefaultValue("P7D") @PositivePeriod("klu.fees.approval-reminder-after")
        Period approvalReminderAfter,
    @DefaultValue("") String account) {

  public FeeProperties {
    account = account == null ? "" : account.strip();
  }

  /** How the paid time of a meeting is counted. */
  public enum TimeBasis {
    /** The meeting's planned length (start to end, from the rules of procedure). */
    MEETING_LENGTH("Mødets planlagte længde"),
    /** A fixed number of hours per meeting ({@code klu.fees.fixed-hours}). */
    FIXED_HOURS("Fast antal timer pr. møde");

    private final String danish;

    TimeBasis(String danish) {
      this.danish = danish;
    }

    public String danish() {
      return danish;
    }
  }
}
