package dk.klu.tasklist;

import dk.klu.rules.MeetingSchedule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The subjects that task names carry, so that Tasklist's list tells tasks apart and its search
 * (the task name, case-insensitively) finds them: "Skriv sagsfremstilling: Diabetesforløb",
 * "Gennemgå dagsorden (formand): KLU-møde 11.02.2027".
 *
 * <p>The models name their tasks with an expression such as {@code Visitér punkt: ${item}};
 * the engine evaluates it once and never evaluates the value, so a title containing {@code ${} or
 * {@code #{} is shown as typed. Task names are at most 255 characters in the engine's table, so
 * subjects are shortened to {@link #SUBJECT_LENGTH}.
 */
public final class TaskNames {

  /** Longest subject in a task name: two lines in Tasklist's list, and searchable there. */
  public static final int SUBJECT_LENGTH = 80;

  /** Dates in task names and business keys: "11.02.2027". */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(MeetingSchedule.KLU_ZONE);

  private TaskNames() {}

  /**
   * A user's text as a task's subject: on one line, at most {@link #SUBJECT_LENGTH} characters, cut
   * after a whole word and marked with "…" when shortened.
   */
  public static String subject(String text) {
    if (text == null || text.isBlank()) {
      return "(uden titel)";
    }
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= SUBJECT_LENGTH) {
      return line;
    }
    String cut = line.substring(0, SUBJECT_LENGTH - 1);
    int space = cut.lastIndexOf(' ');
    if (space >= SUBJECT_LENGTH / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }

  /** A meeting as tasks name it: "KLU-møde 11.02.2027" (the committee's name, the local date). */
  public static String meeting(String committeeName, OffsetDateTime start) {
    return committeeName
        + "-møde "
        + DATE.format(start.atZoneSameInstant(MeetingSchedule.KLU_ZONE));
  }
}
