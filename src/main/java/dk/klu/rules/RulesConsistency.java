package dk.klu.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates that a {@link RulesOfProcedure} is internally consistent. Messages are in Danish and
 * name the colliding property keys ({@code klu.rules.*}).
 *
 * <p>Checks: every period is a positive number of days (weeks allowed, months/years not); the
 * intake reminder comes before the intake period ends; and the item deadline (meeting &minus;
 * call-lead-time + intake-period) leaves at least triage-period + chair-review-period +
 * case-presentation-period before the agenda is sent (meeting &minus; agenda-lead-time). The
 * calendar check ignores weekends and holidays; {@link MeetingSchedule} rejects individual meetings
 * where those shifts make the plan impossible. The meeting's length and the number of meetings a
 * year are constraints on {@link RulesOfProcedure} itself.
 */
public final class RulesConsistency {

  private RulesConsistency() {}

  /**
   * Full property key, e.g. {@code key("agenda-lead-time")} is {@code klu.rules.agenda-lead-time}.
   */
  public static String key(String name) {
    return RulesOfProcedure.PREFIX + "." + name;
  }

  /** All violations; empty when the rules are consistent. */
  public static List<String> violations(RulesOfProcedure rules) {
    List<String> violations = new ArrayList<>();
    Map<String, Period> periods = periods(rules);
    periods.forEach((name, period) -> checkPeriod(name, period, violations));
    if (!violations.isEmpty()) {
      return violations; // the remaining checks need valid day counts
    }
    int call = days(rules.callLeadTime());
    int intake = days(rules.intakePeriod());
    int reminder = days(rules.intakeReminderBefore());
    if (reminder >= intake) {
      violations.add(
          String.format(
              "%s (%s) skal være kortere end %s (%s): påmindelsen ville komme før eller samtidig"
                  + " med indkaldelsen",
              key("intake-reminder-before"), dage(reminder), key("intake-period"), dage(intake)));
    }
    int deadlineBeforeMeeting = call - intake;
    int agenda = days(rules.agendaLeadTime());
    int required =
        agenda
            + days(rules.triagePeriod())
            + days(rules.chairReviewPeriod())
            + days(rules.casePresentationPeriod());
    if (deadlineBeforeMeeting < required) {
      violations.add(
          String.format(
              "%s (%s) og %s (%s) giver en frist for punkter %s før mødet, men %s (%s) + %s (%s)"
                  + " + %s (%s) + %s (%s) kræver %s: reglerne kolliderer",
              key("call-lead-time"),
              dage(call),
              key("intake-period"),
              dage(intake),
              dage(deadlineBeforeMeeting),
              key("agenda-lead-time"),
              dage(agenda),
              key("triage-period"),
              dage(days(rules.triagePeriod())),
              key("chair-review-period"),
              dage(days(rules.chairReviewPeriod())),
              key("case-presentation-period"),
              dage(days(rules.casePresentationPeriod())),
              dage(required)));
    }
    return violations;
  }

  /**
   * Throws {@link InconsistentRulesException} listing all violations if the rules are inconsistent.
   */
  public static void assertConsistent(RulesOfProcedure rules) {
    List<String> violations = violations(rules);
    if (!violations.isEmpty()) {
      throw new InconsistentRulesException(rules.name(), violations);
    }
  }

  /** Number of days in a day/week-based period. */
  static int days(Period period) {
    return period.getDays();
  }

  /** Danish day count, e.g. "1 dag", "14 dage". */
  static String dage(long days) {
    return days + (Math.abs(days) == 1 ? " dag" : " dage");
  }

  private static Map<String, Period> periods(RulesOfProcedure r) {
    Map<String, Period> periods = new LinkedHashMap<>();
    periods.put("call-lead-time", r.callLeadTime());
    periods.put("intake-period", r.intakePeriod());
    periods.put("intake-reminder-before", r.intakeReminderBefore());
    periods.put("triage-period", r.triagePeriod());
    periods.put("chair-review-period", r.chairReviewPeriod());
    periods.put("case-presentation-period", r.casePresentationPeriod());
    periods.put("agenda-lead-time", r.agendaLeadTime());
    periods.put("minutes-draft-period", r.minutesDraftPeriod());
    periods.put("minutes-approval-period", r.minutesApprovalPeriod());
    periods.put("follow-up-reminder-before", r.followUpReminderBefore());
    periods.put("more-information-period", r.moreInformationPeriod());
    return periods;
  }

  private static void checkPeriod(String name, Period period, List<String> violations) {
    if (period == null) {
      violations.add(key(name) + " mangler");
    } else if (period.getYears() != 0 || period.getMonths() != 0) {
      violations.add(
          key(name) + " (" + period + ") skal angives i dage eller uger, ikke måneder eller år");
    } else if (period.getDays() <= 0) {
      violations.add(key(name) + " (" + dage(period.getDays()) + ") skal være positiv");
    }
  }
}
