package dk.klu.meeting.process;

import dk.klu.minutes.Attendee;
import dk.klu.minutes.Attendee.Role;
import dk.klu.minutes.Attendee.Status;
import dk.klu.process.RowSlots;
import dk.klu.process.RowSlots.Row;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The attendance list of the forms that register it (klu-attendance) and correct it for the fees
 * (klu-honorarium-correction): the people on the list as row slots merged back by position, and the
 * extra GPs, who are only names.
 */
public final class AttendanceForm {

  private AttendanceForm() {}

  /** The rows of the people on the list (the extra GPs left out). */
  public static JsonValue people(List<Attendee> attendance) {
    return RowSlots.slots(
        listed(attendance),
        (a, row) -> {
          row.put("name", a.name());
          row.put("userId", a.userId());
          row.put("roleLabel", a.role().danish());
          row.put("replaceable", a.role().ploGp());
          row.put("status", a.status().name());
          row.put("replacedBy", a.replacedBy() == null ? "" : a.replacedBy());
        });
  }

  /** The rows of the extra GPs. */
  public static JsonValue additionalGps(List<Attendee> attendance) {
    return RowSlots.slots(
        attendance.stream().filter(a -> a.role() == Role.ADDITIONAL_GP).toList(),
        (a, row) -> row.put("name", a.name()));
  }

  /**
   * Problems with a submitted list, in Danish; {@code given} is the list the form was filled with.
   */
  public static List<String> check(Object given, Object submitted) {
    List<Row> people = RowSlots.numbered(given, 0);
    int expected = people.size();
    List<Row> rows = RowSlots.numbered(submitted, expected);
    List<String> problems = new ArrayList<>();
    if (rows.size() != expected) {
      problems.add("Fremmødelisten skal have " + expected + " personer; genindlæs opgaven.");
    }
    for (Row row : rows) {
      Row person = row.number() <= expected ? people.get(row.number() - 1) : null;
      String who =
          person == null || person.blank("name") ? "Række " + row.number() : person.text("name");
      Object status = row.get("status");
      if (!List.of("PRESENT", "ABSENT", "REPLACED").contains(status)) {
        problems.add(who + ": vælg fremmøde.");
      } else if ("REPLACED".equals(status)
          && person != null
          && Boolean.FALSE.equals(person.get("replaceable"))) {
        problems.add(
            who
                + " ("
                + person.text("roleLabel")
                + "): kun en praktiserende læge udpeget af PLO kan erstattes af en anden læge;"
                + " vælg \"Til stede\" eller \"Afbud/fraværende\".");
      } else if ("REPLACED".equals(status) && row.blank("replacedBy")) {
        problems.add(who + ": skriv stedfortræderens navn.");
      }
    }
    return problems;
  }

  /**
   * The attendance as submitted: the people of {@code current} in their order with the submitted
   * status, then the named extra GPs (blank names left out); {@code mismatch} is the Danish message
   * when the list does not fit {@code current}.
   */
  public static List<Attendee> read(
      List<Attendee> current, Object people, Object additionalGps, String mismatch) {
    List<Attendee> attendance =
        new ArrayList<>(
            RowSlots.merge(
                listed(current),
                people,
                (expected, given) -> mismatch,
                (a, row) -> {
                  Status status = Status.valueOf(String.valueOf(row.get("status")));
                  String replacedBy = status == Status.REPLACED ? row.text("replacedBy") : null;
                  return new Attendee(a.name(), a.userId(), a.role(), status, replacedBy);
                }));
    for (Row extra : RowSlots.numbered(additionalGps, 0)) {
      if (!extra.blank("name")) {
        attendance.add(
            new Attendee(
                extra.text("name").strip(), null, Role.ADDITIONAL_GP, Status.PRESENT, null));
      }
    }
    return attendance;
  }

  private static List<Attendee> listed(List<Attendee> attendance) {
    return attendance.stream().filter(a -> a.role() != Role.ADDITIONAL_GP).toList();
  }
}
