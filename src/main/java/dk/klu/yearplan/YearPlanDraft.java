package dk.klu.yearplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A year plan as the secretariat enters it, before it is checked and stored.
 *
 * @param year the calendar year
 * @param meetings the year's meetings in date order
 * @param dialoguePlanned whether a dialogue meeting is held this year
 * @param dialogueDate the dialogue meeting's day, or null
 * @param topics the strategic topics agreed last year
 */
public record YearPlanDraft(
    int year,
    List<PlannedMeeting> meetings,
    boolean dialoguePlanned,
    LocalDate dialogueDate,
    List<StrategicTopic> topics,
    boolean fewerMeetingsConfirmed) {

  public YearPlanDraft {
    meetings = List.copyOf(meetings);
    topics = List.copyOf(topics);
  }

  /** A draft not entered in a form (its number of meetings counts as intended). */
  public YearPlanDraft(
      int year,
      List<PlannedMeeting> meetings,
      boolean dialoguePlanned,
      LocalDate dialogueDate,
      List<StrategicTopic> topics) {
    this(year, meetings, dialoguePlanned, dialogueDate, topics, true);
  }
}
