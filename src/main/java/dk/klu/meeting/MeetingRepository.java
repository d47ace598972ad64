package dk.klu.meeting;

import dk.klu.persistence.Table;
import dk.klu.rules.MeetingSchedule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings in klu_meeting. */
@Repository
public class MeetingRepository {

  private final JdbcClient jdbc;
  private final Table<Meeting> meetings;

  public MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.meetings = Table.of(jdbc, "klu_meeting", Meeting.class);
  }

  public long insert(
      String title,
      String location,
      String rulesName,
      MeetingSchedule s,
      String createdBy,
      String processInstanceId,
      OffsetDateTime now) {
    return times(meetings.insert(), s)
        .set("title", title)
        .set("location", location)
        .set("rules_name", rulesName)
        .set("phase", MeetingPhase.PLANNED)
        .set("process_instance_id", processInstanceId)
        .set("created_by", createdBy)
        .set("created_at", now)
        .set("modified_at", now)
        .id();
  }

  public Optional<Meeting> find(long id) {
    return meetings.one("WHERE id = :id", "id", id);
  }

  /**
   * The meeting as it is now, locked for update until the transaction ends: a concurrent phase
   * change waits for the caller, or the caller waits for it and reads its result.
   */
  public Optional<Meeting> lock(long id) {
    return meetings.one("WHERE id = :id FOR UPDATE", "id", id);
  }

  /** Meetings in the given phases, earliest first. */
  public List<Meeting> inPhases(List<MeetingPhase> phases) {
    return meetings.list("WHERE phase IN (:phases) ORDER BY starts_at, id", "phases", phases);
  }

  public List<Meeting> all() {
    return meetings.list("ORDER BY starts_at, id");
  }

  /** Moves the meeting to the phase, noting when it reached a phase that has its own time. */
  public void setPhase(long id, MeetingPhase phase, OffsetDateTime at) {
    String stamped =
        switch (phase) {
          case AGENDA_APPROVED -> ", agenda_approved_at = :at";
          case AGENDA_SENT -> ", agenda_sent_at = :at";
          case MINUTES_PUBLISHED -> ", minutes_published_at = :at";
          case CLOSED -> ", closed_at = :at";
          default -> "";
        };
    jdbc.sql("UPDATE klu_meeting SET phase = :phase" + stamped + " WHERE id = :id")
        .param("phase", phase.name())
        .param("at", at)
        .param("id", id)
        .update();
  }

  /** New start, end and deadlines for a meeting that has not started its cycle. */
  public void reschedule(long id, MeetingSchedule s, OffsetDateTime now) {
    times(meetings.update("id = :id", "id", id), s).set("modified_at", now).run();
  }

  /** When a meeting was created and when its public facts (title, place, time) last changed. */
  public record Stamps(OffsetDateTime created, OffsetDateTime modified) {}

  public java.util.Map<Long, Stamps> stamps() {
    java.util.Map<Long, Stamps> stamps = new java.util.HashMap<>();
    jdbc.sql("SELECT id, created_at, modified_at FROM klu_meeting")
        .query(
            (rs, row) ->
                stamps.put(
                    rs.getLong("id"),
                    new Stamps(
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("modified_at", OffsetDateTime.class))))
        .list();
    return stamps;
  }

  /** Sets the meeting's times from the schedule, as insert and reschedule store them. */
  private static Table<Meeting>.Row times(Table<Meeting>.Row row, MeetingSchedule s) {
    return row.set("starts_at", s.meetingStart().toOffsetDateTime())
        .set("ends_at", s.meetingEnd().toOffsetDateTime())
        .set("call_date", s.callDate().toOffsetDateTime())
        .set("intake_reminder_at", s.intakeReminder().toOffsetDateTime())
        .set("item_deadline", s.itemDeadline().toOffsetDateTime())
        .set("triage_due", s.triageDue().toOffsetDateTime())
        .set("chair_review_due", s.chairReviewDue().toOffsetDateTime())
        .set("case_presentation_due", s.casePresentationDue().toOffsetDateTime())
        .set("agenda_send_at", s.agendaSendDate().toOffsetDateTime())
        .set("minutes_draft_due", s.minutesDraftDue().toOffsetDateTime())
        .set("minutes_approval_due", s.minutesApprovalDue().toOffsetDateTime());
  }
}
