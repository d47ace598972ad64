package dk.klu.honorarium;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Fee lists in klu_fee_list and their lines in klu_fee_line. */
@Repository
public class FeeRepository {

  private final JdbcClient jdbc;

  public FeeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The meeting's list with its lines. */
  public Optional<FeeList> ofMeeting(long meetingId) {
    return jdbc.sql("SELECT * FROM klu_fee_list WHERE meeting_id = :meeting")
        .param("meeting", meetingId)
        .query((rs, row) -> list(rs))
        .optional()
        .map(this::withLines);
  }

  /** Every approved list. */
  public List<FeeList> approved() {
    return jdbc
        .sql("SELECT * FROM klu_fee_list WHERE status = :status ORDER BY meeting_id")
        .param("status", FeeListStatus.APPROVED.name())
        .query((rs, row) -> list(rs))
        .list()
        .stream()
        .map(this::withLines)
        .toList();
  }

  public long insert(long meetingId, String processInstanceId, OffsetDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO klu_fee_list (meeting_id, status, computations, paid_seats, time_basis,"
                + " hours, rate, total_amount, computed_at, process_instance_id, created_at,"
                + " updated_at) VALUES (:meeting, :status, 0, 0, :basis, 0, 0, 0, :now, :pi, :now,"
                + " :now)")
        .param("meeting", meetingId)
        .param("status", FeeListStatus.AWAITING_APPROVAL.name())
        .param("basis", FeeProperties.TimeBasis.MEETING_LENGTH.name())
        .param("pi", processInstanceId)
        .param("now", now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Replaces the list's lines and figures with a new computation. */
  public void replace(
      long listId,
      int paidSeats,
      FeeProperties.TimeBasis basis,
      BigDecimal hours,
      BigDecimal rate,
      List<FeeLine> lines,
      String processInstanceId,
      OffsetDateTime now) {
    jdbc.sql("DELETE FROM klu_fee_line WHERE fee_list_id = :list").param("list", listId).update();
    BigDecimal total = BigDecimal.ZERO;
    for (FeeLine line : lines) {
      jdbc.sql(
              "INSERT INTO klu_fee_line (fee_list_id, line_no, person_name, user_id, role_text,"
                  + " participation, replaces_name, seat_number, paid, reason, hours, amount)"
                  + " VALUES (:list, :no, :name, :user, :role, :participation, :replaces, :seat,"
                  + " :paid, :reason, :hours, :amount)")
          .param("list", listId)
          .param("no", line.lineNo())
          .param("name", line.name())
          .param("user", line.userId())
          .param("role", line.roleText())
          .param("participation", line.participation().name())
          .param("replaces", line.replacesName())
          .param("seat", line.seatNumber())
          .param("paid", line.paid())
          .param("reason", line.reason())
          .param("hours", line.hours())
          .param("amount", line.amount())
          .update();
      total = total.add(line.amount());
    }
    jdbc.sql(
            "UPDATE klu_fee_list SET status = :status, computations = computations + 1,"
                + " paid_seats = :seats, time_basis = :basis, hours = :hours, rate = :rate,"
                + " total_amount = :total, computed_at = :now, process_instance_id ="
                + " COALESCE(:pi, process_instance_id), updated_at = :now WHERE id = :id")
        .param("status", FeeListStatus.AWAITING_APPROVAL.name())
        .param("seats", paidSeats)
        .param("basis", basis.name())
        .param("hours", hours)
        .param("rate", rate)
        .param("total", total)
        .param("now", now)
        .param("pi", processInstanceId)
        .param("id", listId)
        .update();
  }

  public void sentBack(long listId, String reason, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_fee_list SET status = :status, correction_reason = :reason, updated_at ="
                + " :now WHERE id = :id")
        .param("status", FeeListStatus.SENT_BACK.name())
        .param("reason", reason)
        .param("now", now)
        .param("id", listId)
        .update();
  }

  /** Approves the list unless it is approved already; returns whether this call approved it. */
  public boolean approve(long listId, String by, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE klu_fee_list SET status = :status, approved_by = :by, approved_at = :now,"
                    + " updated_at = :now WHERE id = :id AND status = :awaiting")
            .param("status", FeeListStatus.APPROVED.name())
            .param("awaiting", FeeListStatus.AWAITING_APPROVAL.name())
            .param("by", by)
            .param("now", now)
            .param("id", listId)
            .update()
        == 1;
  }

  public void reminded(long listId, OffsetDateTime now) {
    jdbc.sql("UPDATE klu_fee_list SET reminders = reminders + 1, updated_at = :now WHERE id = :id")
        .param("now", now)
        .param("id", listId)
        .update();
  }

  private FeeList withLines(FeeList list) {
    List<FeeLine> lines =
        jdbc.sql("SELECT * FROM klu_fee_line WHERE fee_list_id = :list ORDER BY line_no")
            .param("list", list.id())
            .query(
                (rs, row) ->
                    new FeeLine(
                        rs.getInt("line_no"),
                        rs.getString("person_name"),
                        rs.getString("user_id"),
                        rs.getString("role_text"),
                        Participation.valueOf(rs.getString("participation")),
                        rs.getString("replaces_name"),
                        (Integer) rs.getObject("seat_number", Integer.class),
                        rs.getBoolean("paid"),
                        rs.getString("reason"),
                        rs.getBigDecimal("hours"),
                        rs.getBigDecimal("amount")))
            .list();
    return new FeeList(
        list.id(),
        list.meetingId(),
        list.status(),
        list.computations(),
        list.paidSeats(),
        list.timeBasis(),
        list.hours(),
        list.rate(),
        list.totalAmount(),
        list.correctionReason(),
        list.reminders(),
        list.computedAt(),
        list.approvedBy(),
        list.approvedAt(),
        list.processInstanceId(),
        lines);
  }

  private static FeeList list(ResultSet rs) throws SQLException {
    return new FeeList(
        rs.getLong("id"),
        rs.getLong("meeting_id"),
        FeeListStatus.valueOf(rs.getString("status")),
        rs.getInt("computations"),
        rs.getInt("paid_seats"),
        FeeProperties.TimeBasis.valueOf(rs.getString("time_basis")),
        rs.getBigDecimal("hours"),
        rs.getBigDecimal("rate"),
        rs.getBigDecimal("total_amount"),
        rs.getString("correction_reason"),
        rs.getInt("reminders"),
        rs.getObject("computed_at", OffsetDateTime.class),
        rs.getString("approved_by"),
        rs.getObject("approved_at", OffsetDateTime.class),
        rs.getString("process_instance_id"),
        List.of());
  }
}
