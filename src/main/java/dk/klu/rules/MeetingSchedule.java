package dk.klu.rules;

import static dk.klu.rules.DanishHolidays.isNonWorkingDay;
import static dk.klu.rules.DanishHolidays.workingDayAfter;
import static dk.klu.rules.DanishHolidays.workingDayOnOrBefore;
import static dk.klu.rules.DanishHolidays.workingDaysAfter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All deadlines around one committee meeting, derived from the meeting start and a {@link
 * RulesOfProcedure}.
 *
 * <p>Dates are computed as {@link LocalDate}s and then given a local time in {@link #KLU_ZONE}, so
 * daylight-saving switches never move a deadline away from 09:00/12:00. Every deadline that falls
 * on a weekend, holiday or customary day off moves to the working day before it, both before and
 * after the meeting.
 *
 * <ul>
 *   <li>callDate = meeting &minus; callLeadTime, at {@link #SEND_TIME}
 *   <li>itemDeadline = (meeting &minus; callLeadTime + intakePeriod), at {@link #DUE_TIME}
 *   <li>intakeReminder = itemDeadline &minus; intakeReminderBefore, at {@link #SEND_TIME}
 *   <li>agendaSendDate = meeting &minus; agendaLeadTime, at {@link #SEND_TIME}
 *   <li>the steps between item deadline and agenda count forward in <em>working days</em>, each
 *       from the due date of the one before, since each task is created when the one before it
 *       ends: triageDue = itemDeadline + triagePeriod, chairReviewDue = triageDue +
 *       chairReviewPeriod, casePresentationDue = chairReviewDue + casePresentationPeriod, at {@link
 *       #DUE_TIME}; a case presentation due on the agenda's own date is due when the agenda is sent
 *       ({@link #SEND_TIME}). When holidays leave fewer working days than the three periods need,
 *       the case presentations and then the chairs' review are shortened, never below one working
 *       day each; with fewer than three working days the meeting is refused.
 *   <li>minutesDraftDue = meeting + minutesDraftPeriod, minutesApprovalDue = minutesDraftDue +
 *       minutesApprovalPeriod, at {@link #DUE_TIME}, and at least one working day after the draft
 * </ul>
 *
 * <p>So no task is due at or before the moment it is created in a cycle that keeps its dates.
 */
public record MeetingSchedule(
    ZonedDateTime meetingStart,
    ZonedDateTime meetingEnd,
    ZonedDateTime callDate,
    ZonedDateTime intakeReminder,
    ZonedDateTime itemDeadline,
    ZonedDateTime triageDue,
    ZonedDateTime chairReviewDue,
    ZonedDateTime casePresentationDue,
    ZonedDateTime agendaSendDate,
    ZonedDateTime minutesDraftDue,
    ZonedDateTime minutesApprovalDue) {

  /** The committee's time zone. */
  public static final ZoneId KLU_ZONE = ZoneId.of("Europe/Copenhagen");

  /** The same instant in the committee's time zone. */
  public static ZonedDateTime local(OffsetDateTime time) {
    return time.atZoneSameInstant(KLU_ZONE);
  }

  /** Local time at which the call, the reminder and the agenda are sent. */
  public static final LocalTime SEND_TIME = LocalTime.of(9, 0);

  /** Local time at which item deadlines and due dates expire. */
  public static final LocalTime DUE_TIME = LocalTime.of(12, 0);

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  /**
   * Computes the schedule for a meeting.
   *
   * @throws IllegalArgumentException (Danish message) if the meeting is on a non-working day, or if
   *     weekend/holiday shifts leave no room between item deadline and agenda send
   */
  public static MeetingSchedule compute(ZonedDateTime meetingStart, RulesOfProcedure rules) {
    ZonedDateTime start = meetingStart.withZoneSameInstant(KLU_ZONE);
    LocalDate meeting = start.toLocalDate();
    requireWorkingDay(meeting);

    LocalDate callUnadjusted = meeting.minus(rules.callLeadTime());
    LocalDate call = workingDayOnOrBefore(callUnadjusted);
    LocalDate deadline = workingDayOnOrBefore(callUnadjusted.plus(rules.intakePeriod()));
    LocalDate reminder = workingDayOnOrBefore(deadline.minus(rules.intakeReminderBefore()));
    LocalDate agenda = workingDayOnOrBefore(meeting.minus(rules.agendaLeadTime()));
    // Working days after the item deadline; the agenda's own date counts until it is sent.
    List<LocalDate> window = workingDaysAfter(deadline, agenda);
    int available = window.size();
    if (available < 3) {
      throw new IllegalArgumentException(
          String.format(
              "Mødet %s kan ikke planlægges efter '%s': fristen for punkter er %s og dagsordenen"
                  + " udsendes %s; med weekender og helligdage er der %s imellem, men visitation,"
                  + " formandskabets gennemgang og sagsfremstillinger skal have mindst én hver."
                  + " Vælg en anden mødedato eller ret klu.rules.*",
              format(meeting),
              rules.name(),
              format(deadline),
              format(agenda),
              available == 1 ? "1 arbejdsdag" : available + " arbejdsdage"));
    }
    int triageDays = Math.min(rules.triagePeriod().getDays(), available - 2);
    int chairDays = Math.min(rules.chairReviewPeriod().getDays(), available - triageDays - 1);
    int caseDays =
        Math.min(rules.casePresentationPeriod().getDays(), available - triageDays - chairDays);
    LocalDate triage = window.get(triageDays - 1);
    LocalDate chairReview = window.get(triageDays + chairDays - 1);
    LocalDate casePresentation = window.get(triageDays + chairDays + caseDays - 1);
    LocalDate minutesDraft = workingDayOnOrBefore(meeting.plus(rules.minutesDraftPeriod()));
    LocalDate minutesApproval =
        workingDayOnOrBefore(minutesDraft.plus(rules.minutesApprovalPeriod()));
    if (!minutesApproval.isAfter(minutesDraft)) {
      minutesApproval = workingDayAfter(minutesDraft);
    }
    if (!call.isBefore(reminder) || !reminder.isBefore(deadline)) {
      throw new IllegalArgumentException(
          String.format(
              "Mødet %s kan ikke planlægges efter '%s': indkaldelse %s, påmindelse %s og frist for"
                  + " punkter %s ligger ikke i rækkefølge på grund af weekender og helligdage",
              format(meeting), rules.name(), format(call), format(reminder), format(deadline)));
    }

    return new MeetingSchedule(
        start,
        start.plus(rules.meetingDuration()),
        at(call, SEND_TIME),
        at(reminder, SEND_TIME),
        at(deadline, DUE_TIME),
        at(triage, DUE_TIME),
        at(chairReview, DUE_TIME),
        casePresentation.equals(agenda) ? at(agenda, SEND_TIME) : at(casePresentation, DUE_TIME),
        at(agenda, SEND_TIME),
        at(minutesDraft, DUE_TIME),
        at(minutesApproval, DUE_TIME));
  }

  /**
   * The schedule as ISO-8601 offset date-times (e.g. {@code 2026-03-05T12:00:00+01:00}) for use as
   * Camunda process variables. Keys: callDate, intakeReminderDate, itemDeadline, triageDue,
   * chairReviewDue, casePresentationDue, agendaSendDate, meetingStart, meetingEnd, minutesDraftDue,
   * minutesApprovalDue.
   */
  public Map<String, String> asIso() {
    Map<String, String> iso = new LinkedHashMap<>();
    iso.put("callDate", iso(callDate));
    iso.put("intakeReminderDate", iso(intakeReminder));
    iso.put("itemDeadline", iso(itemDeadline));
    iso.put("triageDue", iso(triageDue));
    iso.put("chairReviewDue", iso(chairReviewDue));
    iso.put("casePresentationDue", iso(casePresentationDue));
    iso.put("agendaSendDate", iso(agendaSendDate));
    iso.put("meetingStart", iso(meetingStart));
    iso.put("meetingEnd", iso(meetingEnd));
    iso.put("minutesDraftDue", iso(minutesDraftDue));
    iso.put("minutesApprovalDue", iso(minutesApprovalDue));
    return iso;
  }

  /**
   * The due date of a task created at {@code created} outside the meeting's own schedule (an item
   * assessed between intakes): the {@code workingDays}-th working day after the day it is created,
   * at {@link #DUE_TIME}, so it is never born overdue and always has whole working days.
   */
  public static ZonedDateTime dueAfterWorkingDays(ZonedDateTime created, int workingDays) {
    LocalDate due = created.withZoneSameInstant(KLU_ZONE).toLocalDate();
    for (int i = 0; i < Math.max(1, workingDays); i++) {
      due = workingDayAfter(due);
    }
    return at(due, DUE_TIME);
  }

  private static void requireWorkingDay(LocalDate meeting) {
    if (!isNonWorkingDay(meeting)) {
      return;
    }
    String weekday = meeting.getDayOfWeek().getDisplayName(TextStyle.FULL, DANISH);
    String reason =
        DanishHolidays.holiday(meeting)
            .map(
                h ->
                    (DanishHolidays.isWeekend(meeting) ? "en " + weekday + " og " : "")
                        + (h.kind() == DanishHolidays.Kind.PUBLIC_HOLIDAY
                            ? "en helligdag"
                            : "en fridag")
                        + " ("
                        + h.name()
                        + ")")
            .orElse("en " + weekday);
    throw new IllegalArgumentException(
        "Mødedatoen " + format(meeting) + " er " + reason + "; vælg en hverdag");
  }

  private static ZonedDateTime at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, KLU_ZONE);
  }

  private static String format(LocalDate date) {
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  private static String iso(ZonedDateTime time) {
    return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
