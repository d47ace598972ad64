package dk.klu.yearplan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.Topic;
import dk.klu.rules.DanishHolidays;
import dk.klu.rules.MeetingSchedule;
import dk.klu.rules.RulesOfProcedure;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The year plan's date rules as properties, checked for every day (and every pair of days) of a
 * year under both rule sets: a date is accepted exactly when it is a working day in the year whose
 * cycle fits; two meetings exactly when the later one's call goes out after the earlier one's
 * minutes are due to be approved; the dialogue meeting exactly when it is a working day that can
 * still be announced three months ahead.
 */
class YearPlanRulesTest {

  static final int YEAR = 2027;
  static final OffsetDateTime BEFORE_THE_YEAR = OffsetDateTime.parse("2026-10-01T10:00:00+02:00");
  static final LocalTime TWO = LocalTime.of(14, 0);
  static final LocalTime HALF_PAST_FOUR = LocalTime.of(16, 30);

  static Stream<RulesOfProcedure> ruleSets() {
    return Stream.of(RulesOfProcedure.aalborg(), RulesOfProcedure.nationalGuidance());
  }

  static List<LocalDate> daysOf(int year) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  static PlannedMeeting at(int number, LocalDate date) {
    return new PlannedMeeting(number, date, TWO, HALF_PAST_FOUR, "Rådhuset");
  }

  static Optional<MeetingSchedule> schedule(LocalDate date, RulesOfProcedure rules) {
    try {
      return Optional.of(MeetingSchedule.compute(at(1, date).startsAt(), rules));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static List<String> one(LocalDate date, RulesOfProcedure rules, OffsetDateTime now) {
    return YearPlanRules.checkMeetings(YEAR, List.of(at(1, date)), rules, now, Set.of(1));
  }

  @ParameterizedTest
  @MethodSource("ruleSets")
  void aDateIsAcceptedExactlyOnAWorkingDayWhoseCycleFits(RulesOfProcedure rules) {
    for (LocalDate day : daysOf(YEAR)) {
      List<String> problems = one(day, rules, BEFORE_THE_YEAR);
      boolean fits = !DanishHolidays.isNonWorkingDay(day) && schedule(day, rules).isPresent();
      assertThat(problems.isEmpty()).as(day + ": " + problems).isEqualTo(fits);
      if (DanishHolidays.isNonWorkingDay(day)) {
        assertThat(problems).singleElement().asString().startsWith("Møde 1: Mødedatoen " + day);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ruleSets")
  void aDateWhoseCallHasGoneIsRefused(RulesOfProcedure rules) {
    OffsetDateTime now = OffsetDateTime.parse("2027-06-01T10:00:00+02:00");
    for (LocalDate day : daysOf(YEAR)) {
      Optional<MeetingSchedule> s = schedule(day, rules);
      if (DanishHolidays.isNonWorkingDay(day) || s.isEmpty()) {
        continue;
      }
      boolean callAhead = s.get().callDate().toOffsetDateTime().isAfter(now);
      List<String> problems = one(day, rules, now);
      assertThat(problems.isEmpty()).as(day + ": " + problems).isEqualTo(callAhead);
      if (!callAhead) {
        assertThat(problems).singleElement().asString().contains("den dag er gået");
      }
      // a meeting that is not being moved keeps its running cycle
      assertThat(YearPlanRules.checkMeetings(YEAR, List.of(at(1, day)), rules, now, Set.of()))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("ruleSets")
  void twoMeetingsAreAcceptedExactlyWhenAWholeCycleFitsBetweenThem(RulesOfProcedure rules) {
    List<LocalDate> fitting =
        daysOf(YEAR).stream()
            .filter(d -> !DanishHolidays.isNonWorkingDay(d) && schedule(d, rules).isPresent())
            .toList();
    int checked = 0;
    for (int i = 0; i < fitting.size(); i += 3) {
      LocalDate first = fitting.get(i);
      MeetingSchedule a = schedule(first, rules).orElseThrow();
      for (LocalDate second : fitting) {
        List<String> problems =
            YearPlanRules.checkMeetings(
                YEAR, List.of(at(1, first), at(2, second)), rules, BEFORE_THE_YEAR, Set.of(1, 2));
        MeetingSchedule b = schedule(second, rules).orElseThrow();
        boolean ok = second.isAfter(first) && b.callDate().isAfter(a.minutesApprovalDue());
        assertThat(problems.isEmpty()).as(first + " / " + second + ": " + problems).isEqualTo(ok);
        if (second.isAfter(first) && !ok) {
          assertThat(problems).singleElement().asString().contains("for tæt på møde 1");
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void datesOutsideTheYearAreRefused() {
    RulesOfProcedure rules = RulesOfProcedure.aalborg();
    assertThat(one(LocalDate.of(2028, 3, 9), rules, BEFORE_THE_YEAR))
        .singleElement()
        .asString()
        .contains("ligger ikke i 2027");
    assertThat(one(LocalDate.of(2026, 12, 10), rules, BEFORE_THE_YEAR))
        .singleElement()
        .asString()
        .contains("ligger ikke i 2027");
  }

  @Test
  void fewerMeetingsThanTheRulesNameAreSaidAndPlannedOnlyOnPurpose() {
    List<PlannedMeeting> three =
        List.of(
            at(1, LocalDate.of(2027, 3, 11)),
            at(2, LocalDate.of(2027, 6, 10)),
            at(3, LocalDate.of(2027, 9, 23)));
    YearPlanDraft unconfirmed = new YearPlanDraft(YEAR, three, false, null, List.of(), false);
    assertThat(
            YearPlanRules.check(
                unconfirmed, RulesOfProcedure.aalborg(), BEFORE_THE_YEAR, Period.ofMonths(3)))
        .singleElement()
        .asString()
        .contains("har 4 møder om året; årshjulet har 3")
        .contains("Færre møder end forretningsordenen");
    YearPlanDraft confirmed = new YearPlanDraft(YEAR, three, false, null, List.of(), true);
    assertThat(
            YearPlanRules.check(
                confirmed, RulesOfProcedure.aalborg(), BEFORE_THE_YEAR, Period.ofMonths(3)))
        .isEmpty();
    assertThat(
            YearPlanRules.check(
                unconfirmed,
                RulesOfProcedure.nationalGuidance(),
                BEFORE_THE_YEAR,
                Period.ofMonths(3)))
        .as("the national guidance's two are met")
        .isEmpty();
  }

  @Test
  void aPassedCallIsNamedWithTheRulesOwnLeadTime() {
    OffsetDateTime february = OffsetDateTime.parse("2027-02-15T10:00:00+01:00");
    LocalDate march11 = LocalDate.of(2027, 3, 11);
    assertThat(one(march11, RulesOfProcedure.aalborg(), february))
        .singleElement()
        .asString()
        .contains("indkaldelsen af punkter skulle sendes 11. februar 2027 (4 uger før");
    assertThat(one(march11, RulesOfProcedure.nationalGuidance(), february))
        .singleElement()
        .asString()
        .contains("indkaldelsen af punkter skulle sendes 28. januar 2027 (6 uger før");
    assertThat(RulesOfProcedure.inWords(java.time.Period.ofDays(7))).isEqualTo("1 uge");
    assertThat(RulesOfProcedure.inWords(java.time.Period.ofDays(10))).isEqualTo("10 dage");
    assertThat(RulesOfProcedure.inWords(java.time.Period.ofDays(1))).isEqualTo("1 dag");
  }

  @Test
  void startAndEndOfAMeeting() {
    RulesOfProcedure rules = RulesOfProcedure.aalborg();
    LocalDate day = LocalDate.of(2027, 3, 11);
    PlannedMeeting backwards = new PlannedMeeting(1, day, TWO, LocalTime.of(13, 0), "Rådhuset");
    PlannedMeeting long_ = new PlannedMeeting(1, day, TWO, LocalTime.of(17, 30), "Rådhuset");
    assertThat(
            YearPlanRules.checkMeetings(
                YEAR, List.of(backwards), rules, BEFORE_THE_YEAR, Set.of(1)))
        .singleElement()
        .asString()
        .contains("skal slutte efter");
    assertThat(YearPlanRules.checkMeetings(YEAR, List.of(long_), rules, BEFORE_THE_YEAR, Set.of(1)))
        .singleElement()
        .asString()
        .contains("højst 3 timer");
  }

  @Test
  void theDialogueMeetingIsAWorkingDayAnnounceableThreeMonthsAhead() {
    OffsetDateTime now = OffsetDateTime.parse("2027-01-15T10:00:00+01:00");
    LocalDate today = now.toLocalDate();
    List<PlannedMeeting> meetings =
        List.of(at(1, LocalDate.of(2027, 3, 11)), at(2, LocalDate.of(2027, 9, 16)));
    for (LocalDate day : daysOf(YEAR)) {
      YearPlanDraft draft = new YearPlanDraft(YEAR, meetings, true, day, List.of());
      List<String> problems = YearPlanRules.checkDialogue(draft, now, Period.ofMonths(3));
      LocalDate announce = YearPlanRules.announcementDate(day, Period.ofMonths(3));
      boolean ok =
          !DanishHolidays.isNonWorkingDay(day)
              && !announce.isBefore(today)
              && meetings.stream().noneMatch(m -> m.date().equals(day));
      assertThat(problems.isEmpty()).as(day + ": " + problems).isEqualTo(ok);
      assertThat(DanishHolidays.isNonWorkingDay(announce)).isFalse();
      assertThat(announce).isBeforeOrEqualTo(day.minusMonths(3));
    }
    assertThat(
            YearPlanRules.checkDialogue(
                new YearPlanDraft(YEAR, meetings, true, null, List.of()), now, Period.ofMonths(3)))
        .singleElement()
        .asString()
        .contains("Vælg datoen for dialogmødet");
  }

  @Test
  void aPlanNeedsTheNationalMinimumAndTopicsOnItsMeetings() {
    RulesOfProcedure rules = RulesOfProcedure.aalborg();
    List<PlannedMeeting> two =
        List.of(at(1, LocalDate.of(2027, 3, 11)), at(2, LocalDate.of(2027, 9, 16)));
    YearPlanDraft fine =
        new YearPlanDraft(
            YEAR,
            two,
            false,
            null,
            List.of(new StrategicTopic(1, "Demens", Topic.AELDRE_DEMENS, null, 2)));
    assertThat(YearPlanRules.check(fine, rules, BEFORE_THE_YEAR, Period.ofMonths(3))).isEmpty();
    YearPlanDraft lonely = new YearPlanDraft(YEAR, two.subList(0, 1), false, null, List.of());
    assertThat(YearPlanRules.check(lonely, rules, BEFORE_THE_YEAR, Period.ofMonths(3)))
        .singleElement()
        .asString()
        .contains("mindst 2 møder", "planlægger 4");
    YearPlanDraft lost =
        new YearPlanDraft(
            YEAR, two, false, null, List.of(new StrategicTopic(1, " ", Topic.ANDET, null, 3)));
    assertThat(YearPlanRules.check(lost, rules, BEFORE_THE_YEAR, Period.ofMonths(3)))
        .containsExactly(
            "Strategisk emne 1: skriv emnet.",
            "Strategisk emne 1: vælg hvilket af årets 2 møder det skal på.");
    YearPlanDraft past = new YearPlanDraft(2025, two, false, null, List.of());
    assertThat(YearPlanRules.check(past, rules, BEFORE_THE_YEAR, Period.ofMonths(3)))
        .singleElement()
        .asString()
        .contains("allerede gået");
  }
}
