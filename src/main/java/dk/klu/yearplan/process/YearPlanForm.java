package dk.klu.yearplan.process;

import static dk.klu.yearplan.process.YearPlanVariables.*;

import dk.klu.agenda.Topic;
import dk.klu.process.RowSlots;
import dk.klu.yearplan.PlannedMeeting;
import dk.klu.yearplan.StrategicTopic;
import dk.klu.yearplan.YearPlanDraft;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.camunda.spin.plugin.variable.value.JsonValue;

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
    List<PlannedMeeting> meetings =
        RowSlots.read(
            values.apply(key(prefix, MEETINGS)),
            row ->
                new PlannedMeeting(
                    row.number(),
                    date(row.text(ROW_DATE)),
                    time(row.text(ROW_START_TIME)),
                    time(row.text(ROW_END_TIME)),
                    row.blank(ROW_LOCATION) ? defaultLocation : row.text(ROW_LOCATION).strip()));
    List<StrategicTopic> topics =
        RowSlots.read(
            values.apply(key(prefix, STRATEGIC_TOPICS)),
            row ->
                new StrategicTopic(
                    row.number(),
                    row.text(ROW_TITLE),
                    topic(row.text(ROW_TOPIC)),
                    blankToNull(row.text(ROW_DESCRIPTION)),
                    number(row.get(ROW_MEETING_NUMBER))));
    return new YearPlanDraft(
        year instanceof Number n ? n.intValue() : 0,
        meetings,
        Boolean.TRUE.equals(values.apply(key(prefix, DIALOGUE_PLANNED))),
        date(text(values.apply(key(prefix, DIALOGUE_DATE)))),
        topics,
        Boolean.TRUE.equals(values.apply(key(prefix, FEWER_MEETINGS_CONFIRMED))));
  }

  /** The form's meeting slots. */
  public static JsonValue meetingSlots(List<PlannedMeeting> meetings) {
    return RowSlots.slots(
        meetings,
        (m, row) -> {
          row.put(ROW_DATE, m.date().toString());
          row.put(ROW_START_TIME, m.start().toString());
          row.put(ROW_END_TIME, m.end().toString());
          row.put(ROW_LOCATION, m.location());
        });
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
