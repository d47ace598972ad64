package dk.klu.rules;

import static dk.klu.rules.MeetingSchedule.KLU_ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class MeetingScheduleTest {

  private static final RulesOfProcedure AALBORG = RulesOfProcedure.aalborg();

  private static ZonedDateTime meeting(int year, int month, int day) {
    return ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(14, 0), KLU_ZONE);
  }

  private static ZonedDateTime at(String date, int hour) {
    return ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(hour, 0), KLU_ZONE);
  }

  @Test
  void aalborgScheduleForAnOrdinaryThursday() {
    MeetingSchedule s = MeetingSchedule.compute(meeting(2026, 9, 17), AALBORG);

    assertThat(s.meetingStart()).isEqualTo(at("2026-09-17", 14));
    assertThat(s.meetingEnd()).isEqualTo(at("2026-09-17", 16));
    assertThat(s.callDate()).isEqualTo(at("2026-08-20", 9));
    assertThat(ChronoUnit.DAYS.between(s.callDate().toLocalDate(), s.meetingStart().toLocalDate()))
        .isEqualTo(28);
    assertThat(s.itemDeadline()).isEqualTo(at("2026-09-03", 12));
    assertThat(s.itemDeadline().toLocalDate()).isEqualTo(s.callDate().toLocalDate().plusDays(14));
    assertThat(s.intakeReminder()).isEqualTo(at("2026-08-31", 9));
    assertThat(s.agendaSendDate()).isEqualTo(at("2026-09-10", 9));
    // working days from the deadline: 1 for triage (Friday), 2 for the chairs (Monday, Tuesday),
    // 2 for the case presentations (Wednesday and the agenda's Thursday until it is sent)
    assertThat(s.triageDue()).isEqualTo(at("2026-09-04", 12));
    assertThat(s.chairReviewDue()).isEqualTo(at("2026-09-08", 12));
    assertThat(s.casePresentationDue()).isEqualTo(at("2026-09-10", 9));
    assertThat(s.casePresentationDue()).isEqualTo(s.agendaSendDate());
    assertThat(s.minutesDraftDue()).isEqualTo(at("2026-09-24", 12));
    assertThat(s.minutesApprovalDue()).isEqualTo(at("2026-09-29", 12));
  }

  @Test
  void callOnAHolidayMovesToTheWorkingDayBefore() {
    // 28 days before Thursday 2026-07-02 is Grundlovsdag (Friday 2026-06-05).
    MeetingSchedule s = MeetingSchedule.compute(meeting(2026, 7, 2), AALBORG);
    assertThat(s.callDate()).isEqualTo(at("2026-06-04", 9));
    // The item deadline still counts from the unadjusted call date.
    assertThat(s.itemDeadline()).isEqualTo(at("2026-06-18", 12));
  }

  @Test
  void localTimesSurviveDaylightSavingSwitches() {
    // Spring: call before 29 March 2026 (+01:00), everything else after (+02:00).
    MeetingSchedule spring = MeetingSchedule.compute(meeting(2026, 4, 23), AALBORG);
    assertThat(spring.callDate().toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(spring.itemDeadline().toOffsetDateTime().getOffset())
        .isEqualTo(ZoneOffset.ofHours(2));
    assertThat(spring.asIso())
        .containsEntry("callDate", "2026-03-26T09:00:00+01:00")
        .containsEntry("itemDeadline", "2026-04-09T12:00:00+02:00")
        .containsEntry("intakeReminderDate", "2026-04-01T09:00:00+02:00") // Easter skipped
        .containsEntry("agendaSendDate", "2026-04-16T09:00:00+02:00")
        .containsEntry("meetingStart", "2026-04-23T14:00:00+02:00")
        .containsEntry("meetingEnd", "2026-04-23T16:00:00+02:00");

    // Autumn: call before 25 October 2026 (+02:00), deadline after (+01:00).
    MeetingSchedule autumn = MeetingSchedule.compute(meeting(2026, 11, 12), AALBORG);
    assertThat(autumn.asIso())
        .containsEntry("callDate", "2026-10-15T09:00:00+02:00")
        .containsEntry("itemDeadline", "2026-10-29T12:00:00+01:00");
    assertThat(autumn.itemDeadline().toLocalTime()).isEqualTo(MeetingSchedule.DUE_TIME);
    assertThat(autumn.callDate().toLocalTime()).isEqualTo(MeetingSchedule.SEND_TIME);
  }

  @Test
  void asIsoHasAllProcessVariableKeys() {
    assertThat(MeetingSchedule.compute(meeting(2026, 9, 17), AALBORG).asIso())
        .containsOnlyKeys(
            "callDate",
            "intakeReminderDate",
            "itemDeadline",
            "triageDue",
            "chairReviewDue",
            "casePresentationDue",
            "agendaSendDate",
            "meetingStart",
            "meetingEnd",
            "minutesDraftDue",
            "minutesApprovalDue");
  }

  @Test
  void meetingStartInAnotherZoneIsConvertedToCopenhagen() {
    ZonedDateTime utc = ZonedDateTime.of(2026, 9, 17, 12, 0, 0, 0, ZoneOffset.UTC);
    MeetingSchedule s = MeetingSchedule.compute(utc, AALBORG);
    assertThat(s.meetingStart()).isEqualTo(at("2026-09-17", 14));
    assertThat(s.meetingStart().getZone()).isEqualTo(KLU_ZONE);
  }

  @Test
  void meetingOnNonWorkingDaysIsRejected() {
    assertThatThrownBy(() -> MeetingSchedule.compute(meeting(2026, 4, 4), AALBORG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mødedatoen 2026-04-04 er en lørdag; vælg en hverdag");
    assertThatThrownBy(() -> MeetingSchedule.compute(meeting(2027, 3, 28), AALBORG))
        .hasMessageContaining("Mødedatoen 2027-03-28 er en søndag og en helligdag (Påskedag)");
    assertThatThrownBy(() -> MeetingSchedule.compute(meeting(2026, 4, 6), AALBORG))
        .hasMessageContaining("Mødedatoen 2026-04-06 er en helligdag (2. påskedag)");
    assertThatThrownBy(() -> MeetingSchedule.compute(meeting(2026, 6, 5), AALBORG))
        .hasMessageContaining("Mødedatoen 2026-06-05 er en fridag (Grundlovsdag)");
  }

  @Test
  void holidaysBetweenDeadlineAndAgendaShortenTheLaterStepsNeverBelowOneWorkingDay() {
    // Deadline Wednesday 1 April 2026, agenda Thursday 9 April: Easter leaves 7, 8 and 9 April.
    MeetingSchedule s = MeetingSchedule.compute(meeting(2026, 4, 16), AALBORG);
    assertThat(s.itemDeadline()).isEqualTo(at("2026-04-01", 12));
    assertThat(s.triageDue()).isEqualTo(at("2026-04-07", 12));
    assertThat(s.chairReviewDue()).isEqualTo(at("2026-04-08", 12));
    assertThat(s.casePresentationDue()).isEqualTo(at("2026-04-09", 9));
  }

  @Test
  void meetingWithFewerThanThreeWorkingDaysBeforeTheAgendaIsRejected() {
    // Items due 11 days before the meeting, agenda 7 days before, one working day per step.
    RulesOfProcedure tight =
        new RulesOfProcedure(
            "Stram",
            java.time.Period.ofDays(28),
            java.time.Period.ofDays(17),
            java.time.Period.ofDays(3),
            java.time.Period.ofDays(1),
            java.time.Period.ofDays(1),
            java.time.Period.ofDays(1),
            java.time.Period.ofDays(7),
            java.time.Duration.ofHours(2),
            4,
            java.time.Period.ofDays(7),
            java.time.Period.ofDays(5),
            java.time.Period.ofDays(2),
            java.time.Period.ofDays(3));
    // Tuesday 29 December 2026: deadline Friday 18 December, agenda Tuesday 22 December; only
    // Monday 21 and Tuesday 22 lie between.
    assertThatThrownBy(() -> MeetingSchedule.compute(meeting(2026, 12, 29), tight))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Mødet 2026-12-29 kan ikke planlægges")
        .hasMessageContaining("2 arbejdsdage");
  }
}
