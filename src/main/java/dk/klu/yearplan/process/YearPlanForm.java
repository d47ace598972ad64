package dk.klu.yearplan.process;

import static dk.klu.yearplan.process.YearPlanProcess.*;

import dk.klu.agenda.Topic;
import dk.klu.process.RowSlots;
import dk.klu.process.contract.Variable;
import dk.klu.yearplan.PlannedMeeting;
import dk.klu.yearplan.StrategicTopic;
import dk.klu.yearplan.YearPlanDraft;
import dk.klu.yearplan.process.YearPlanProcess.PlanFields;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reads a year plan from the values of its form (the start form, or next year's in the task
 * "Forbered årshjul for næste år", whose keys carry the prefix {@code next}: {@link
 * YearPlanProcess#THIS_YEAR} and {@link YearPlanProcess#NEXT_YEAR}). Meetings and topics are row
 * slots (docs/adr/0003); values the schema check let through but that cannot be read become nulls,
 * which the rules report in Danish.
 */
public final class YearPlanForm {

  private YearPlanForm() {}

  /** The plan in the values; {@code values} gives a variable by name. */
  public static YearPlanDraft read(
      Function<String, Object> values, PlanFields fields, String defaultLocation) {
    Integer year = value(values, fields.year());
    List<PlannedMeeting> meetings =
        RowSlots.read(
            values.apply(fields.meetings().name()),
            row ->
                new PlannedMeeting(
                    row.number(),
                    date(row.text(ROW_DATE)),
                    time(row.text(ROW_START_TIME)),
                    time(row.text(ROW_END_TIME)),
                    row.blank(ROW_LOCATION) ? defaultLocation : row.text(ROW_LOCATION).strip()));
    List<StrategicTopic> topics =
        RowSlots.read(
            values.apply(fields.strategicTopics().name()),
            row ->
                new StrategicTopic(
                    row.number(),
                    row.text(ROW_TITLE),
                    topic(row.text(ROW_TOPIC)),
                    blankToNull(row.text(ROW_DESCRIPTION)),
                    number(row.get(ROW_MEETING_NUMBER))));
    return new YearPlanDraft(
        year == null ? 0 : year,
        meetings,
        Boolean.TRUE.equals(value(values, fields.dialoguePlanned())),
        value(values, fields.dialogueDate()),
        topics,
        Boolean.TRUE.equals(value(values, fields.fewerMeetingsConfirmed())));
  }

  /** The variable's value, or null when it cannot be read (the rules then say what is wrong). */
  private static <T> T value(Function<String, Object> values, Variable<T> variable) {
    try {
      return variable.convert(values.apply(variable.name()));
    } catch (RuntimeException e) {
      return null;
    }
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static LocalDate date(String text) {
    return parsed(text, 10, LocalDate::parse);
  }

  static LocalTime time(String text) {
    return parsed(text, 5, LocalTime::parse);
  }

  /** The text's first {@code length} characters parsed; null when blank or unreadable. */
  private static <T> T parsed(String text, int length, Function<String, T> parse) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return parse.apply(text.length() > length ? text.substring(0, length) : text);
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
