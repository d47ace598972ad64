package dk.klu.yearplan;

import dk.klu.rules.MeetingSchedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * One meeting of the year plan as the secretariat enters it.
 *
 * @param number the meeting's number in the year (1 = the first), as the form shows it
 * @param date the meeting day, or null when not given
 * @param start the local start time, or null
 * @param end the local end time, or null
 * @param location where the meeting is held
 */
public record PlannedMeeting(
    int number, LocalDate date, LocalTime start, LocalTime end, String location) {

  public ZonedDateTime startsAt() {
    return ZonedDateTime.of(date, start, MeetingSchedule.KLU_ZONE);
  }

  public ZonedDateTime endsAt() {
    return ZonedDateTime.of(date, end, MeetingSchedule.KLU_ZONE);
  }

  /** The same meeting on another day and time. */
  public PlannedMeeting movedTo(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
    return new PlannedMeeting(number, newDate, newStart, newEnd, location);
  }
}
