package dk.klu.meeting;

import static dk.klu.rules.MeetingSchedule.local;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One KLU meeting with the deadlines computed for it. */
public record Meeting(
    long id,
    String title,
    String location,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String rulesName,
    OffsetDateTime callDate,
    OffsetDateTime intakeReminderAt,
    OffsetDateTime itemDeadline,
    OffsetDateTime triageDue,
    OffsetDateTime chairReviewDue,
    OffsetDateTime casePresentationDue,
    OffsetDateTime agendaSendAt,
    OffsetDateTime minutesDraftDue,
    OffsetDateTime minutesApprovalDue,
    MeetingPhase phase,
    String processInstanceId) {

  static final DateTimeFormatter DANISH_DATE_TIME =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"));
  static final DateTimeFormatter DANISH_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

  /**
   * The meeting as people name it: "KLU-møde 12. marts 2027 kl. 14.00, Rådhuset"; a title of its
   * own keeps its date apart: "KLU-møde marts 2027 (12. marts 2027 kl. 14.00), Rådhuset".
   */
  public String label() {
    return withDate(DANISH_DATE_TIME.format(local(startsAt))) + ", " + location;
  }

  /** The title with the meeting's date: "KLU-møde 12. marts 2027", "Dialogmøde (3. maj 2027)". */
  public String titleWithDate() {
    return withDate(DANISH_DATE.format(local(startsAt)));
  }

  private String withDate(String date) {
    return title.endsWith("-møde") ? title + " " + date : title + " (" + date + ")";
  }

  /** A date and time in the committee's zone, in Danish. */
  public static String danish(OffsetDateTime time) {
    return time == null ? "" : DANISH_DATE_TIME.format(local(time));
  }

  /** A date in Danish. */
  public static String danishDate(java.time.LocalDate date) {
    return date == null ? "" : DANISH_DATE.format(date);
  }

  /** Planned minutes for items: the meeting's length less the fixed points and a break. */
  public int minutesForItems(int fixedPointsMinutes, int breakMinutes) {
    long total = java.time.Duration.between(startsAt, endsAt).toMinutes();
    return (int) Math.max(0, total - fixedPointsMinutes - breakMinutes);
  }
}
