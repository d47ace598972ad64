package dk.klu.rules;

import static dk.klu.rules.DanishHolidays.isNonWorkingDay;
import static dk.klu.rules.MeetingSchedule.KLU_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every day of 2025-2030 as a meeting date, for both rule sets. */
class MeetingSchedulePropertyTest {

  static Stream<RulesOfProcedure> ruleSets() {
    return Stream.of(RulesOfProcedure.aalborg(), RulesOfProcedure.nationalGuidance());
  }

  @ParameterizedTest
  @MethodSource("ruleSets")
  void everyMeetingDayYieldsOrderedWorkingDayDeadlines(RulesOfProcedure rules) {
    List<LocalDate> impossible = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2025, 1, 1);
        day.isBefore(LocalDate.of(2031, 1, 1));
        day = day.plusDays(1)) {
      ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(14, 0), KLU_ZONE);
      if (isNonWorkingDay(day)) {
        assertThatThrownBy(() -> MeetingSchedule.compute(start, rules))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("Mødedatoen " + day);
        continue;
      }
      MeetingSchedule s = plannedOrRefused(day, rules, impossible);
      if (s == null) {
        continue;
      }
      assertOrderedOnWorkingDays(s);
    }
    System.out.println(rules.name() + ": umulige mødedatoer " + impossible);
    if (rules.equals(RulesOfProcedure.aalborg())) {
      assertThat(impossible).allSatisfy(MeetingSchedulePropertyTest::holidayHeavy);
    } else {
      assertThat(impossible).isEmpty();
    }
  }

  /**
   * The schedule of a meeting at 14:00 on the working day {@code day}; null when the rules refuse
   * it ("kan ikke planlægges", asserted), and the day is then added to {@code refused}.
   */
  static MeetingSchedule plannedOrRefused(
      LocalDate day, RulesOfProcedure rules, List<LocalDate> refused) {
    try {
      return MeetingSchedule.compute(ZonedDateTime.of(day, LocalTime.of(14, 0), KLU_ZONE), rules);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("kan ikke planlægges");
      refused.add(day);
      return null;
    }
  }

  private static void holidayHeavy(LocalDate meeting) {
    // Some non-weekend holiday lies between the item deadline and the agenda send date.
    RulesOfProcedure r = RulesOfProcedure.aalborg();
    LocalDate from = meeting.minus(r.callLeadTime()).plus(r.intakePeriod()).minusDays(3);
    LocalDate to = meeting.minus(r.agendaLeadTime());
    assertThat(from.datesUntil(to.plusDays(1)).filter(d -> DanishHolidays.holiday(d).isPresent()))
        .as("helligdag mellem %s og %s for møde %s", from, to, meeting)
        .isNotEmpty();
  }

  private static void assertOrderedOnWorkingDays(MeetingSchedule s) {
    DateRulesPropertiesTest.deadlines(s)
        .forEach(
            t -> {
              assertThat(isNonWorkingDay(t.toLocalDate())).as("%s in %s", t, s).isFalse();
              assertThat(t.toLocalTime()).isIn(MeetingSchedule.SEND_TIME, MeetingSchedule.DUE_TIME);
            });
    assertThat(s.callDate()).isBefore(s.intakeReminder());
    assertThat(s.intakeReminder()).isBefore(s.itemDeadline());
    assertThat(s.itemDeadline()).isBefore(s.triageDue());
    assertThat(s.triageDue()).isBefore(s.chairReviewDue());
    assertThat(s.chairReviewDue()).isBefore(s.casePresentationDue());
    assertThat(s.casePresentationDue()).isBeforeOrEqualTo(s.agendaSendDate());
    assertThat(s.agendaSendDate()).isBefore(s.meetingStart());
    assertThat(s.meetingStart()).isBefore(s.meetingEnd());
    assertThat(s.meetingStart()).isBefore(s.minutesDraftDue());
    assertThat(s.minutesDraftDue()).isBefore(s.minutesApprovalDue());
  }
}
