package dk.klu.rules;

import static dk.klu.rules.DanishHolidays.isNonWorkingDay;
import static dk.klu.rules.DanishHolidays.workingDaysAfter;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every day of a year as a meeting day, for both rule sets: no user task of the meeting cycle is
 * due at or before the moment it is created when the cycle keeps its dates (each task created when
 * the step before it falls due), and each of the secretariat's and chairs' steps before the agenda
 * gets its promised working days whenever the weeks between item deadline and agenda have them.
 */
class TaskDueDatesTest {

  static final int YEAR = 2027;

  /** A user task as the cycle creates it: when, due when, and the working days promised. */
  record Step(String task, ZonedDateTime created, ZonedDateTime due, int promised) {}

  static Stream<RulesOfProcedure> ruleSets() {
    return Stream.of(RulesOfProcedure.aalborg(), RulesOfProcedure.nationalGuidance());
  }

  static List<Step> steps(MeetingSchedule s, RulesOfProcedure r) {
    return List.of(
        new Step("Visitér punkt", s.itemDeadline(), s.triageDue(), days(r.triagePeriod())),
        new Step(
            "Gennemgå dagsorden", s.triageDue(), s.chairReviewDue(), days(r.chairReviewPeriod())),
        new Step(
            "Skriv sagsfremstilling",
            s.chairReviewDue(),
            s.casePresentationDue(),
            days(r.casePresentationPeriod())),
        new Step("Registrér fremmøde", s.meetingEnd(), s.minutesDraftDue(), 1),
        new Step("Skriv referat", s.meetingEnd(), s.minutesDraftDue(), 1),
        new Step("Godkend referat", s.minutesDraftDue(), s.minutesApprovalDue(), 1));
  }

  @ParameterizedTest
  @MethodSource("ruleSets")
  void noTaskIsBornOverdue_andEachStepGetsItsWorkingDaysWhenTheWeeksHaveThem(
      RulesOfProcedure rules) {
    int promisedBeforeAgenda =
        days(rules.triagePeriod())
            + days(rules.chairReviewPeriod())
            + days(rules.casePresentationPeriod());
    List<LocalDate> shortened = new ArrayList<>();
    List<LocalDate> refused = new ArrayList<>();
    for (LocalDate day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
      if (isNonWorkingDay(day)) {
        continue;
      }
      MeetingSchedule s = MeetingSchedulePropertyTest.plannedOrRefused(day, rules, refused);
      if (s == null) {
        continue;
      }
      int available =
          workingDaysAfter(s.itemDeadline().toLocalDate(), s.agendaSendDate().toLocalDate()).size();
      assertThat(available).as("meeting %s", day).isGreaterThanOrEqualTo(3);
      boolean room = available >= promisedBeforeAgenda;
      if (!room) {
        shortened.add(day);
      }
      List<Step> steps = steps(s, rules);
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        assertThat(step.due()).as("%s, meeting %s", step, day).isAfter(step.created());
        int given = workingDaysAfter(step.created().toLocalDate(), step.due().toLocalDate()).size();
        if (i < 3 && room) {
          assertThat(given).as("%s, meeting %s", step, day).isEqualTo(step.promised());
        } else {
          assertThat(given).as("%s, meeting %s", step, day).isPositive();
        }
      }
      assertThat(s.casePresentationDue())
          .as("meeting %s", day)
          .isBeforeOrEqualTo(s.agendaSendDate());
    }
    System.out.println(
        rules.name() + " " + YEAR + ": forkortet " + shortened + ", afvist " + refused);
    if (rules.equals(RulesOfProcedure.aalborg())) {
      // Only weeks with a holiday between item deadline and agenda are shortened or refused, and
      // a meeting is refused only when fewer than three working days lie between them.
      assertThat(shortened).allSatisfy(day -> holidayBetweenDeadlineAndAgenda(day, rules));
      assertThat(refused).allSatisfy(day -> holidayBetweenDeadlineAndAgenda(day, rules));
      assertThat(refused)
          .allSatisfy(
              day ->
                  assertThat(workingDaysAfter(deadline(day, rules), agenda(day, rules)))
                      .hasSizeLessThan(3));
    } else {
      assertThat(shortened).isEmpty();
      assertThat(refused).isEmpty();
    }
  }

  private static LocalDate deadline(LocalDate meeting, RulesOfProcedure r) {
    return DanishHolidays.workingDayOnOrBefore(
        meeting.minus(r.callLeadTime()).plus(r.intakePeriod()));
  }

  private static LocalDate agenda(LocalDate meeting, RulesOfProcedure r) {
    return DanishHolidays.workingDayOnOrBefore(meeting.minus(r.agendaLeadTime()));
  }

  private static void holidayBetweenDeadlineAndAgenda(LocalDate meeting, RulesOfProcedure r) {
    assertThat(
            deadline(meeting, r)
                .datesUntil(meeting.minus(r.agendaLeadTime()).plusDays(1))
                .filter(d -> DanishHolidays.holiday(d).isPresent()))
        .as("helligdag mellem frist og dagsorden for møde %s", meeting)
        .isNotEmpty();
  }

  private static int days(java.time.Period period) {
    return period.getDays();
  }
}
