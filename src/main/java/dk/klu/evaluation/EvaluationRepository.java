package dk.klu.evaluation;

import dk.klu.agenda.ItemSource;
import dk.klu.meeting.MeetingPhase;
import dk.klu.persistence.ColumnValue;
import dk.klu.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evaluations in klu_evaluation, and the committee's tables as the year's report reads them: {@code
 * klu_meeting} (deadlines and phases), {@code klu_agenda_item} (what was submitted and when, what
 * was on the agendas), {@code klu_document} (when agenda and minutes were first released), {@code
 * klu_notification} (when the call for items went out) and {@code klu_follow_up_action}.
 */
@Repository
public class EvaluationRepository {

  private static final Set<String> HELD =
      Set.of(
          MeetingPhase.HELD.name(),
          MeetingPhase.MINUTES_PUBLISHED.name(),
          MeetingPhase.CLOSED.name());

  private final JdbcClient jdbc;
  private final Table<Evaluation> evaluations;

  public EvaluationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.evaluations = new Table<>(jdbc, "klu_evaluation", EvaluationRepository::map);
  }

  /** The columns of klu_evaluation a service sets. */
  public enum Column {
    STATUS,
    REPORT_JSON,
    GENERATED_AT,
    ASSESSMENT,
    RECOMMENDATIONS,
    RETURN_NOTE,
    COMPLETED_BY,
    COMPLETED_AT,
    APPROVED_AT,
    RECIPIENT_ADDRESS,
    SENT_AT,
    ARCHIVED_AT
  }

  public Optional<Evaluation> find(int year) {
    return evaluations.one("WHERE evaluation_year = :year", "year", year);
  }

  public void insert(int year, String reportJson, OffsetDateTime now, String pi, String by) {
    evaluations
        .insert()
        .set("evaluation_year", year)
        .set("status", EvaluationStatus.DRAFTING)
        .set("report_json", reportJson)
        .set("generated_at", now)
        .set("process_instance_id", pi)
        .set("created_by", by)
        .set("created_at", now)
        .run();
  }

  /**
   * Sets the columns of the year's evaluation if it has the status {@code when} (whatever its
   * status when null): a step retried after the evaluation moved on changes nothing.
   */
  public void update(int year, EvaluationStatus when, List<ColumnValue<Column>> values) {
    update(year, when, "", values);
  }

  /** Back to drafting from awaiting approval, in the next review round, with the chair's note. */
  public void returned(int year, String note) {
    update(
        year,
        EvaluationStatus.AWAITING_APPROVAL,
        "review_round = review_round + 1",
        List.of(
            ColumnValue.set(Column.STATUS, EvaluationStatus.DRAFTING),
            ColumnValue.set(Column.RETURN_NOTE, note)));
  }

  private void update(
      int year, EvaluationStatus when, String set, List<ColumnValue<Column>> values) {
    Table<Evaluation>.Row row =
        when == null
            ? evaluations.update("evaluation_year = :year", "year", year)
            : evaluations.update(
                "evaluation_year = :year AND status = :when", "year", year, "when", when);
    if (!set.isEmpty()) {
      row.setSql(set);
    }
    row.set(values).run();
  }

  /** A meeting of the year with the times the report needs. */
  record MeetingTimes(
      long id,
      String title,
      OffsetDateTime startsAt,
      OffsetDateTime itemDeadline,
      OffsetDateTime agendaSendAt,
      OffsetDateTime minutesApprovalDue,
      String phase,
      OffsetDateTime callSent,
      OffsetDateTime agendaSent,
      OffsetDateTime minutesPublished) {

    boolean held() {
      return HELD.contains(phase);
    }
  }

  /** A follow-up action as the report counts it. */
  record Action(boolean done, LocalDate due, OffsetDateTime doneAt) {}

  /** The meetings starting from {@code from} until before {@code to}, earliest first. */
  List<MeetingTimes> meetings(OffsetDateTime from, OffsetDateTime to) {
    // the agenda and minutes went out when first released (klu_document, version 1 for the
    // committee); a meeting from before documents were stored has the time on the meeting
    return jdbc.sql(
            "SELECT m.id, m.title, m.starts_at, m.item_deadline, m.agenda_send_at,"
                + " m.minutes_approval_due, m.phase,"
                + " (SELECT MIN(n.created_at) FROM klu_notification n"
                + "   WHERE n.dedupe_key = CONCAT('call:', CAST(m.id AS VARCHAR(20)))) AS call_sent,"
                + " COALESCE((SELECT MIN(d.released_at) FROM klu_document d WHERE d.meeting_id ="
                + "   m.id AND d.kind = 'AGENDA' AND d.audience = 'COMMITTEE'), m.agenda_sent_at)"
                + "   AS agenda_sent,"
                + " COALESCE((SELECT MIN(d.released_at) FROM klu_document d WHERE d.meeting_id ="
                + "   m.id AND d.kind = 'MINUTES' AND d.audience = 'COMMITTEE'),"
                + "   m.minutes_published_at) AS minutes_published"
                + " FROM klu_meeting m WHERE m.starts_at >= :from AND m.starts_at < :to"
                + " ORDER BY m.starts_at, m.id")
        .param("from", from)
        .param("to", to)
        .query(Table.rowsOf(MeetingTimes.class))
        .list();
  }

  /** When each item submitted for the meeting arrived (not standing topics or carried actions). */
  List<OffsetDateTime> submittedAt(long meetingId) {
    return jdbc.sql(
            "SELECT submitted_at FROM klu_agenda_item WHERE meeting_id = :meeting AND source ="
                + " :source ORDER BY id")
        .param("meeting", meetingId)
        .param("source", ItemSource.SUBMITTED.name())
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
        .list();
  }

  /** Items on the final agendas: topic, effective kind, source. */
  List<String[]> onAgenda(List<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT topic, COALESCE(agenda_kind, requested_kind) AS kind, source FROM"
                + " klu_agenda_item WHERE included = TRUE AND meeting_id IN (:meetings) ORDER BY id")
        .param("meetings", meetingIds)
        .query(
            (rs, row) ->
                new String[] {rs.getString("topic"), rs.getString("kind"), rs.getString("source")})
        .list();
  }

  /** The follow-up actions of the meetings. */
  List<Action> actions(List<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT status, due_date, done_at FROM klu_follow_up_action WHERE meeting_id IN"
                + " (:meetings) ORDER BY id")
        .param("meetings", meetingIds)
        .query(
            (rs, row) ->
                new Action(
                    "DONE".equals(rs.getString("status")),
                    rs.getObject("due_date", LocalDate.class),
                    ts(rs, "done_at")))
        .list();
  }

  private static Evaluation map(ResultSet rs, int row) throws SQLException {
    return new Evaluation(
        rs.getLong("id"),
        rs.getInt("evaluation_year"),
        EvaluationStatus.valueOf(rs.getString("status")),
        EvaluationService.report(rs.getString("report_json")),
        rs.getString("assessment"),
        rs.getString("recommendations"),
        rs.getInt("review_round"),
        rs.getString("return_note"),
        rs.getString("completed_by"),
        ts(rs, "completed_at"),
        ts(rs, "approved_at"),
        rs.getString("recipient_address"),
        ts(rs, "sent_at"),
        ts(rs, "archived_at"),
        rs.getString("process_instance_id"),
        rs.getString("created_by"),
        ts(rs, "created_at"));
  }

  private static OffsetDateTime ts(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
