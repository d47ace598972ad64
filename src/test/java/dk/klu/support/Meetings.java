package dk.klu.support;

import dk.klu.agenda.AgendaItemService;
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

  /** The number the agenda and minutes give an item of a meeting ("2.1", "3.2"). */
  public static String itemNumber(AgendaItemService items, long meetingId, long itemId) {
    return items.byNumber(meetingId).entrySet().stream()
        .filter(e -> e.getValue().id() == itemId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("item " + itemId + " not on the agenda"))
        .getKey();
  }
}
