package dk.klu.rules;

import static dk.klu.rules.MeetingSchedule.KLU_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive walks over the date rules, over years and days that {@code
 * MeetingSchedulePropertyTest} (every day of 2025-2030, ordering and working days) does not reach:
 * every year and every day of 1900-2200, every meeting day within eight weeks of every
 * daylight-saving switch of 2000-2100. A walk over every case finds what a random sample may miss
 * (and replaces jqwik, which the project no longer uses).
 *
 * <p>Covered: every date in 1900-2200 (holidays, weekends, the Easter-relative holidays and the
 * daylight-saving switches of Europe/Copenhagen on the last Sunday of March and October), arbitrary
 * meeting times and meeting starts given in another zone. Asserts: the holiday calendar keeps its
 * weekdays and offsets from Easter, moving to the working day before never lands on or skips over a
 * working day, and a schedule around a switch keeps 09:00/12:00 local time with the zone's own
 * offset, whole-day lead times and a meeting length in real hours.
 */
class DateRulesPropertiesTest {

  // --- holidays and weekends -------------------------------------------------------------

  @Test
  void easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril() {
    years().forEach(this::easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril);
  }

  @Test
  void movableHolidaysKeepTheirWeekdayAndDistanceFromEaster() {
    years().forEach(this::movableHolidaysKeepTheirWeekdayAndDistanceFromEaster);
  }

  @Test
  void theWorkingDayBeforeIsAWorkingDayAndNoWorkingDayIsSkipped() {
    days().forEach(this::theWorkingDayBeforeIsAWorkingDayAndNoWorkingDayIsSkipped);
  }

  @Test
  void aMeetingOnANonWorkingDayIsRefusedInDanish() {
    days()
        .filter(DanishHolidays::isNonWorkingDay)
        .forEach(this::aMeetingOnANonWorkingDayIsRefusedInDanish);
  }

  @Test
  void deadlinesAroundASwitchKeepTheirLocalTimeAndTheZonesOffset() {
    meetingsAroundASwitch()
        .forEach(
            m ->
                List.of(RulesOfProcedure.aalborg(), RulesOfProcedure.nationalGuidance())
                    .forEach(
                        rules ->
                            deadlinesAroundASwitchKeepTheirLocalTimeAndTheZonesOffset(m, rules)));
  }

  @Test
  void aStartGivenInUtcIsPlannedOnItsCopenhagenDay() {
    meetingsAroundASwitch().forEach(this::aStartGivenInUtcIsPlannedOnItsCopenhagenDay);
  }

  private void easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril(int year) {
    LocalDate easter = DanishHolidays.easterSunday(year);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(easter)
        .isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
  }

  private void movableHolidaysKeepTheirWeekdayAndDistanceFromEaster(int year) {
    LocalDate easter = DanishHolidays.easterSunday(year);
    Map<LocalDate, String> days = DanishHolidays.holidays(year);
    assertThat(days)
        .containsEntry(easter.minusDays(3), "Skærtorsdag")
        .containsEntry(easter.minusDays(2), "Langfredag")
        .containsEntry(easter, "Påskedag")
        .containsEntry(easter.plusDays(1), "2. påskedag")
        .containsEntry(easter.plusDays(39), "Kristi himmelfartsdag")
        .containsEntry(easter.plusDays(49), "Pinsedag")
        .containsEntry(easter.plusDays(50), "2. pinsedag")
        .containsEntry(LocalDate.of(year, 1, 1), "Nytårsdag")
        .containsEntry(LocalDate.of(year, 12, 25), "Juledag")
        .containsEntry(LocalDate.of(year, 12, 26), "2. juledag")
        .containsEntry(LocalDate.of(year, 12, 24), "Juleaften")
        .containsEntry(LocalDate.of(year, 12, 31), "Nytårsaften");
    assertThat(easter.plusDays(39).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(easter.plusDays(50).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(days.containsValue("Store bededag"))
        .isEqualTo(year <= DanishHolidays.LAST_YEAR_WITH_STORE_BEDEDAG);
    assertThat(days.keySet()).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(year));
    assertThat(DanishHolidays.publicHolidays(year).keySet()).isSubsetOf(days.keySet());
  }

  private void theWorkingDayBeforeIsAWorkingDayAndNoWorkingDayIsSkipped(LocalDate day) {
    LocalDate moved = DanishHolidays.workingDayOnOrBefore(day);
    assertThat(DanishHolidays.isNonWorkingDay(moved)).isFalse();
    assertThat(moved).isBeforeOrEqualTo(day);
    // Nothing between the working day found and the day itself is a working day.
    assertThat(moved.plusDays(1).datesUntil(day.plusDays(1)))
        .allSatisfy(d -> assertThat(DanishHolidays.isNonWorkingDay(d)).as("%s", d).isTrue());
    // Easter (Thursday to Monday) is the longest run of days off: at most five days back.
    assertThat(ChronoUnit.DAYS.between(moved, day)).isBetween(0L, 5L);
    assertThat(DanishHolidays.workingDayOnOrBefore(moved)).isEqualTo(moved);
    assertThat(DanishHolidays.workingDayBefore(day)).isBefore(day);
    if (DanishHolidays.isWeekend(day)) {
      assertThat(DanishHolidays.isNonWorkingDay(day)).isTrue();
    }
  }

  private void aMeetingOnANonWorkingDayIsRefusedInDanish(LocalDate day) {
    ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(14, 0), KLU_ZONE);
    assertThatThrownBy(() -> MeetingSchedule.compute(start, RulesOfProcedure.aalborg()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Mødedatoen " + day + " er ")
        .hasMessageEndingWith("vælg en hverdag");
  }

  // --- daylight-saving switches ----------------------------------------------------------

  /**
   * Meetings up to eight weeks either side of a switch, so that the call, deadlines and agenda date
   * fall before, on and after the switch.
   */
  private void deadlinesAroundASwitchKeepTheirLocalTimeAndTheZonesOffset(
      ZonedDateTime meeting, RulesOfProcedure rules) {
    MeetingSchedule s;
    try {
      s = MeetingSchedule.compute(meeting, rules);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("kan ikke planlægges");
      return; // holiday-heavy dates may leave no room; that refusal is checked elsewhere
    }
    LocalDate day = meeting.toLocalDate();
    for (ZonedDateTime deadline : deadlines(s)) {
      assertThat(deadline.getZone()).isEqualTo(KLU_ZONE);
      assertThat(deadline.toLocalTime()).isIn(MeetingSchedule.SEND_TIME, MeetingSchedule.DUE_TIME);
      // The offset is the zone's own on that day: +01:00 in winter, +02:00 in summer.
      ZoneOffset expected = KLU_ZONE.getRules().getOffset(deadline.toLocalDateTime());
      assertThat(deadline.getOffset()).as("%s", deadline).isEqualTo(expected);
    }
    // Lead times are whole calendar days, whichever switch lies in between.
    assertThat(ChronoUnit.DAYS.between(s.callDate().toLocalDate(), day))
        .isGreaterThanOrEqualTo(rules.callLeadTime().getDays());
    assertThat(ChronoUnit.DAYS.between(s.agendaSendDate().toLocalDate(), day))
        .isGreaterThanOrEqualTo(rules.agendaLeadTime().getDays());
    assertThat(ChronoUnit.DAYS.between(day, s.minutesDraftDue().toLocalDate()))
        .isLessThanOrEqualTo(rules.minutesDraftPeriod().getDays());
    // The meeting lasts its duration in real time.
    assertThat(ChronoUnit.MINUTES.between(s.meetingStart(), s.meetingEnd()))
        .isEqualTo(rules.meetingDuration().toMinutes());
    // The ISO variables the timers read give back the same instant and the same local time.
    Map<String, String> iso = s.asIso();
    assertThat(OffsetDateTime.parse(iso.get("agendaSendDate")).toInstant())
        .isEqualTo(s.agendaSendDate().toInstant());
    assertThat(OffsetDateTime.parse(iso.get("itemDeadline")).atZoneSameInstant(KLU_ZONE))
        .isEqualTo(s.itemDeadline());
  }

  /** A meeting start given in UTC is planned on the Copenhagen day it falls on. */
  private void aStartGivenInUtcIsPlannedOnItsCopenhagenDay(ZonedDateTime m) {
    ZonedDateTime inUtc = m.withZoneSameInstant(ZoneOffset.UTC);
    RulesOfProcedure rules = RulesOfProcedure.aalborg();
    MeetingSchedule fromCopenhagen;
    try {
      fromCopenhagen = MeetingSchedule.compute(m, rules);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> MeetingSchedule.compute(inUtc, rules)).hasMessage(e.getMessage());
      return;
    }
    assertThat(MeetingSchedule.compute(inUtc, rules)).isEqualTo(fromCopenhagen);
  }

  /** Every date of the schedule before and after the meeting, in order. */
  static List<ZonedDateTime> deadlines(MeetingSchedule s) {
    return List.of(
        s.callDate(),
        s.intakeReminder(),
        s.itemDeadline(),
        s.triageDue(),
        s.chairReviewDue(),
        s.casePresentationDue(),
        s.agendaSendDate(),
        s.minutesDraftDue(),
        s.minutesApprovalDue());
  }

  // --- every case --------------------------------------------------------------------------

  private static Stream<Integer> years() {
    return IntStream.rangeClosed(1900, 2200).boxed();
  }

  private static Stream<LocalDate> days() {
    return LocalDate.of(1900, 1, 1).datesUntil(LocalDate.of(2201, 1, 1));
  }

  /**
   * Every working day up to eight weeks either side of every switch of 2000-2100, so that the call,
   * deadlines and agenda date fall before, on and after the switch; at the start of the day, in the
   * afternoon and at the latest meeting time.
   */
  private static Stream<ZonedDateTime> meetingsAroundASwitch() {
    return IntStream.rangeClosed(2000, 2100)
        .boxed()
        .flatMap(y -> Stream.of(Month.MARCH, Month.OCTOBER).map(m -> LocalDate.of(y, m, 1)))
        .map(first -> first.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)))
        .flatMap(sunday -> sunday.minusDays(56).datesUntil(sunday.plusDays(57)))
        .filter(d -> !DanishHolidays.isNonWorkingDay(d))
        .flatMap(
            d ->
                Stream.of(LocalTime.of(8, 0), LocalTime.of(14, 0), LocalTime.of(18, 0))
                    .map(t -> ZonedDateTime.of(LocalDateTime.of(d, t), KLU_ZONE)));
  }
}
