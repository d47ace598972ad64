package dk.klu.meeting;

import dk.klu.rules.MeetingSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Meetings in klu_meeting. */
@Repository
public class MeetingRepository {

  private final JdbcClient jdbc;

  public MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      String title,
      String location,
      String rulesName,
      MeetingSchedule s,
      String createdBy,
      String processInstanceId,
      OffsetDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    times(
            jdbc.sql(
                "INSERT INTO klu_meeting (title, location, starts_at, ends_at, rules_name,"
                    + " call_date, intake_reminder_at, item_deadline, triage_due, chair_review_due,"
                    + " case_presentation_due, agenda_send_at, minutes_draft_due,"
                    + " minutes_approval_due, phase, process_instance_id, created_by, created_at,"
                    + " modified_at) VALUES (:title, :location, :startsAt, :endsAt, :rulesName,"
                    + " :callDate, :reminder, :deadline, :triage, :chair, :cases, :agenda, :draft,"
                    + " :approval, :phase, :pi, :createdBy, :now, :now)"),
            s)
        .param("title", title)
        .param("location", location)
        .param("rulesName", rulesName)
        .param("phase", MeetingPhase.PLANNED.name())
        .param("pi", processInstanceId)
        .param("createdBy", createdBy)
        .param("now", now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Meeting> find(long id) {
    return jdbc.sql("SELECT * FROM klu_meeting WHERE id = :id")
        .param("id", id)
        .query(MeetingRepository::map)
        .optional();
  }

  /**
   * The meeting as it is now, locked for update until the transaction ends: a concurrent phase
   * change waits for the caller, or the caller waits for it and reads its result.
   */
  public Optional<Meeting> lock(long id) {
    return jdbc.sql("SELECT * FROM klu_meeting WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(MeetingRepository::map)
        .optional();
  }

  /** Meetings in the given phases, earliest first. */
  public List<Meeting> inPhases(List<MeetingPhase> phases) {
    return jdbc.sql("SELECT * FROM klu_meeting WHERE phase IN (:phases) ORDER BY starts_at, id")
        .param("phases", phases.stream().map(Enum::name).toList())
        .query(MeetingRepository::map)
        .list();
  }

  public List<Meeting> all() {
    return jdbc.sql("SELECT * FROM klu_meeting ORDER BY starts_at, id")
        .query(MeetingRepository::map)
        .list();
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
    times(
            jdbc.sql(
                "UPDATE klu_meeting SET starts_at = :startsAt, ends_at = :endsAt, call_date ="
                    + " :callDate, intake_reminder_at = :reminder, item_deadline = :deadline,"
                    + " triage_due = :triage, chair_review_due = :chair, case_presentation_due ="
                    + " :cases, agenda_send_at = :agenda, minutes_draft_due = :draft,"
                    + " minutes_approval_due = :approval, modified_at = :now WHERE id = :id"),
            s)
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** When a meeting was created and when its public facts (title, place, time) last changed. */
  public record Stamps(OffsetDateTime created, OffsetDateTime modified) {}

  public java.util.Map<Long, Stamps> stamps() {
    java.util.Map<Long, Stamps> stamps = new java.util.HashMap<>();
    jdbc.sql("SELECT id, created_at, modified_at FROM klu_meeting")
        .query(
            (rs, row) ->
                stamps.put(
                    rs.getLong("id"), new Stamps(ts(rs, "created_at"), ts(rs, "modified_at"))))
        .list();
    return stamps;
  }

  /** Binds the meeting's times from the schedule, as insert and reschedule name them. */
  private static StatementSpec times(StatementSpec sql, MeetingSchedule s) {
    return sql.param("startsAt", s.meetingStart().toOffsetDateTime())
        .param("endsAt", s.meetingEnd().toOffsetDateTime())
        .param("callDate", s.callDate().toOffsetDateTime())
        .param("reminder", s.intakeReminder().toOffsetDateTime())
        .param("deadline", s.itemDeadline().toOffsetDateTime())
        .param("triage", s.triageDue().toOffsetDateTime())
        .param("chair", s.chairReviewDue().toOffsetDateTime())
        .param("cases", s.casePresentationDue().toOffsetDateTime())
        .param("agenda", s.agendaSendDate().toOffsetDateTime())
        .param("draft", s.minutesDraftDue().toOffsetDateTime())
        .param("approval", s.minutesApprovalDue().toOffsetDateTime());
  }

  static Meeting map(ResultSet rs, int row) throws SQLException {
    return new Meeting(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("location"),
        ts(rs, "starts_at"),
        ts(rs, "ends_at"),
        rs.getString("rules_name"),
        ts(rs, "call_date"),
        ts(rs, "intake_reminder_at"),
        ts(rs, "item_deadline"),
        ts(rs, "triage_due"),
        ts(rs, "chair_review_due"),
        ts(rs, "case_presentation_due"),
        ts(rs, "agenda_send_at"),
        ts(rs, "minutes_draft_due"),
        ts(rs, "minutes_approval_due"),
        MeetingPhase.valueOf(rs.getString("phase")),
        rs.getString("process_instance_id"));
  }

  static OffsetDateTime ts(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
