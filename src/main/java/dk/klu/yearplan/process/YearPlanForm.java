package dk.klu.yearplan.process;

import static dk.klu.yearplan.process.YearPlanVariables.*;

import dk.klu.agenda.Topic;
import dk.klu.process.JsonVariables;
import dk.klu.yearplan.PlannedMeeting;
import dk.klu.yearplan.StrategicTopic;
import dk.klu.yearplan.YearPlanDraft;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a year plan from the values of its form (the start form, or next year's in the task
 * "Forbered årshjul for næste år", whose keys carry the prefix {@code next}). Meetings and topics
 * are row slots (docs/adr/0003); values the schema check let through but that cannot be read become
 * nulls, which the rules report in Danish.
 */
public final class YearPlanForm {

  private YearPlanForm() {}

  /** The plan in the values; {@code values} gives a variable by name. */
  public static YearPlanDraft read(
      Function<String, Object> values, String prefix, String defaultLocation) {
    Object year = values.apply(key(prefix, PLAN_YEAR));
    List<PlannedMeeting> meetings = new ArrayList<>();
    List<Map<String, Object>> meetingRows = JsonVariables.rows(values.apply(key(prefix, MEETINGS)));
    for (int i = 0; i < meetingRows.size(); i++) {
      Map<String, Object> row = meetingRows.get(i);
      String location = JsonVariables.text(row, ROW_LOCATION);
      meetings.add(
          new PlannedMeeting(
              i + 1,
              date(JsonVariables.text(row, ROW_DATE)),
              time(JsonVariables.text(row, ROW_START_TIME)),
              time(JsonVariables.text(row, ROW_END_TIME)),
              location == null || location.isBlank() ? defaultLocation : location.strip()));
    }
    List<StrategicTopic> topics = new ArrayList<>();
    List<Map<String, Object>> topicRows =
        JsonVariables.rows(values.apply(key(prefix, STRATEGIC_TOPICS)));
    for (int i = 0; i < topicRows.size(); i++) {
      Map<String, Object> row = topicRows.get(i);
      topics.add(
          new StrategicTopic(
              i + 1,
              JsonVariables.text(row, ROW_TITLE),
              topic(JsonVariables.text(row, ROW_TOPIC)),
              blankToNull(JsonVariables.text(row, ROW_DESCRIPTION)),
              number(row.get(ROW_MEETING_NUMBER))));
    }
    return new YearPlanDraft(
        year instanceof Number n ? n.intValue() : 0,
        meetings,
        Boolean.TRUE.equals(values.apply(key(prefix, DIALOGUE_PLANNED))),
        date(text(values.apply(key(prefix, DIALOGUE_DATE)))),
        topics);
  }

  /** Rows for the form's meeting slots. */
  public static List<Map<String, Object>> meetingRows(List<PlannedMeeting> meetings) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlannedMeeting m : meetings) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put(ROW_DATE, m.date().toString());
      row.put(ROW_START_TIME, m.start().toString());
      row.put(ROW_END_TIME, m.end().toString());
      row.put(ROW_LOCATION, m.location());
      rows.add(row);
    }
    return rows;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Topic topic(String text) {
    if (text == null || text.isBlank()) {
      return Topic.ANDET;
    }
    try {
      return Topic.valueOf(text);
    } catch (IllegalArgumentException e) {
      return Topic.ANDET;
    }
  }

  static int number(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }
}
