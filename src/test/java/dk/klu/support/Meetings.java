package dk.klu.support;

import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import java.time.OffsetDateTime;

/** Meetings for tests that need only a meeting's id, title, place and time, not its deadlines. */
public final class Meetings {

  private Meetings() {}

  /** A planned meeting from {@code start} to {@code end} (ISO date-times with offset). */
  public static Meeting at(long id, String title, String location, String start, String end) {
    return new Meeting(
        id,
        title,
        location,
        OffsetDateTime.parse(start),
        OffsetDateTime.parse(end),
        "Aalborg",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        MeetingPhase.PLANNED,
        null);
  }
}
