package dk.klu.rules;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Period;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The committee's rules of procedure (forretningsorden) as deadlines, bound from {@code
 * klu.rules.*}. Day-based values are {@link Period}s (bind from {@code 28d}, {@code 4w} or ISO
 * {@code P28D}); only days and weeks are allowed, see {@link RulesConsistency}. The defaults are
 * Aalborg's rules.
 *
 * @param name human-readable name of the rule set
 * @param callLeadTime call for agenda items is sent this long before the meeting
 * @param intakePeriod items are due this long after the call
 * @param intakeReminderBefore submitters are reminded this long before the item deadline
 * @param triagePeriod secretariat time for triage after the item deadline, in working days
 * @param chairReviewPeriod chairs' time for the agenda review after the triage, in working days
 * @param casePresentationPeriod secretariat time for case presentations after the chairs' review,
 *     in working days, ending at the agenda send at the latest (see {@link MeetingSchedule})
 * @param agendaLeadTime the agenda is sent this long before the meeting
 * @param meetingDuration planned length of a meeting including break
 * @param meetingsPerYear planned number of meetings per year
 * @param minutesDraftPeriod the secretariat drafts the minutes within this period after the meeting
 * @param minutesApprovalPeriod the minutes are approved within this period after the draft
 * @param followUpReminderBefore follow-up reminders are sent this long before a follow-up due date
 * @param moreInformationPeriod submitter's due date when an item is sent back for more information
 */
@ConfigurationProperties(prefix = RulesOfProcedure.PREFIX)
@Validated
public record RulesOfProcedure(
    @DefaultValue(AALBORG_NAME) String name,
    @DefaultValue("28d") Period callLeadTime,
    @DefaultValue("14d") Period intakePeriod,
    @DefaultValue("3d") Period intakeReminderBefore,
    @DefaultValue("1d") Period triagePeriod,
    @DefaultValue("2d") Period chairReviewPeriod,
    @DefaultValue("2d") Period casePresentationPeriod,
    @DefaultValue("7d") Period agendaLeadTime,
    @DefaultValue("PT2H")
        @DurationMin(inclusive = false, message = "klu.rules.meeting-duration skal være positiv")
        @DurationMax(hours = 8, message = "klu.rules.meeting-duration må højst være 8 timer")
        Duration meetingDuration,
    @DefaultValue("4")
        @Min(
            value = 2,
            message = "klu.rules.meetings-per-year skal være mindst 2 (national minimum)")
        int meetingsPerYear,
    @DefaultValue("7d") Period minutesDraftPeriod,
    @DefaultValue("5d") Period minutesApprovalPeriod,
    @DefaultValue("2d") Period followUpReminderBefore,
    @DefaultValue("3d") Period moreInformationPeriod) {

  /** Property prefix. */
  public static final String PREFIX = "klu.rules";

  /** Name of the default (Aalborg) rule set. */
  public static final String AALBORG_NAME = "Aalborg Kommunes forretningsorden (2021)";

  /** Name of the national guidance rule set. */
  public static final String NATIONAL_NAME = "National vejledning";

  /** Aalborg's rules; identical to the binding defaults. */
  public static RulesOfProcedure aalborg() {
    return new RulesOfProcedure(
        AALBORG_NAME,
        Period.ofDays(28),
        Period.ofDays(14),
        Period.ofDays(3),
        Period.ofDays(1),
        Period.ofDays(2),
        Period.ofDays(2),
        Period.ofDays(7),
        Duration.ofHours(2),
        4,
        Period.ofDays(7),
        Period.ofDays(5),
        Period.ofDays(2),
        Period.ofDays(3));
  }

  /**
   * The national guidance: call 6 weeks before, items due 2 weeks after the call, agenda 2 weeks
   * before, 3-hour meetings, 2 meetings a year; everything else as {@link #aalborg()}.
   */
  public static RulesOfProcedure nationalGuidance() {
    RulesOfProcedure a = aalborg();
    return new RulesOfProcedure(
        NATIONAL_NAME,
        Period.ofDays(42),
        Period.ofDays(14),
        a.intakeReminderBefore(),
        a.triagePeriod(),
        a.chairReviewPeriod(),
        a.casePresentationPeriod(),
        Period.ofDays(14),
        Duration.ofHours(3),
        2,
        a.minutesDraftPeriod(),
        a.minutesApprovalPeriod(),
        a.followUpReminderBefore(),
        a.moreInformationPeriod());
  }

  /**
   * A day- or week-based period as texts people read name it, so that no text writes a figure of
   * its own: "4 uger", "1 uge", "10 dage", "1 dag".
   */
  public static String inWords(Period period) {
    int days = period.getDays();
    if (days != 0 && days % 7 == 0) {
      int weeks = days / 7;
      return weeks + (Math.abs(weeks) == 1 ? " uge" : " uger");
    }
    return days + (Math.abs(days) == 1 ? " dag" : " dage");
  }
}
