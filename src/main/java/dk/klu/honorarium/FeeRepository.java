package dk.klu.honorarium;

import dk.klu.persistence.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fee lists in klu_fee_list and their lines in klu_fee_line. */
@Repository
public class FeeRepository {

  private final Table<FeeList> lists;
  private final Table<FeeLine> lines;

  public FeeRepository(JdbcClient jdbc) {
    this.lines = Table.of(jdbc, "klu_fee_line", FeeLine.class, "name", "person_name");
    this.lists = new Table<>(jdbc, "klu_fee_list", this::list);
  }

  /** The meeting's list with its lines. */
  public Optional<FeeList> ofMeeting(long meetingId) {
    return lists.one("WHERE meeting_id = :meeting", "meeting", meetingId);
  }

  /** Every approved list. */
  public List<FeeList> approved() {
    return lists.list(
        "WHERE status = :status ORDER BY meeting_id", "status", FeeListStatus.APPROVED);
  }

  public long insert(long meetingId, String processInstanceId, OffsetDateTime now) {
    return lists
        .insert()
        .set("meeting_id", meetingId)
        .set("status", FeeListStatus.AWAITING_APPROVAL)
        .set("computations", 0)
        .set("paid_seats", 0)
        .set("time_basis", FeeProperties.TimeBasis.MEETING_LENGTH)
        .set("hours", 0)
        .set("rate", 0)
        .set("total_amount", 0)
        .set("computed_at", now)
        .set("process_instance_id", processInstanceId)
        .set("created_at", now)
        .set("updated_at", now)
        .id();
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
    this.lines.delete("fee_list_id = :list", "list", listId);
    BigDecimal total = BigDecimal.ZERO;
    for (FeeLine line : lines) {
      this.lines
          .insert()
          .set("fee_list_id", listId)
          .set("line_no", line.lineNo())
          .set("person_name", line.name())
          .set("user_id", line.userId())
          .set("role_text", line.roleText())
          .set("participation", line.participation())
          .set("replaces_name", line.replacesName())
          .set("seat_number", line.seatNumber())
          .set("paid", line.paid())
          .set("reason", line.reason())
          .set("hours", line.hours())
          .set("amount", line.amount())
          .run();
      total = total.add(line.amount());
    }
    lists
        .update("id = :id", "id", listId, "pi", processInstanceId)
        .set("status", FeeListStatus.AWAITING_APPROVAL)
        .setSql("computations = computations + 1")
        .set("paid_seats", paidSeats)
        .set("time_basis", basis)
        .set("hours", hours)
        .set("rate", rate)
        .set("total_amount", total)
        .set("computed_at", now)
        .setSql("process_instance_id = COALESCE(:pi, process_instance_id)")
        .set("updated_at", now)
        .run();
  }

  public void sentBack(long listId, String reason, OffsetDateTime now) {
    lists
        .update("id = :id", "id", listId)
        .set("status", FeeListStatus.SENT_BACK)
        .set("correction_reason", reason)
        .set("updated_at", now)
        .run();
  }

  /** Approves the list unless it is approved already; returns whether this call approved it. */
  public boolean approve(long listId, String by, OffsetDateTime now) {
    return lists
            .update(
                "id = :id AND status = :awaiting",
                "id",
                listId,
                "awaiting",
                FeeListStatus.AWAITING_APPROVAL)
            .set("status", FeeListStatus.APPROVED)
            .set("approved_by", by)
            .set("approved_at", now)
            .set("updated_at", now)
            .run()
        == 1;
  }

  public void reminded(long listId, OffsetDateTime now) {
    lists
        .update("id = :id", "id", listId)
        .setSql("reminders = reminders + 1")
        .set("updated_at", now)
        .run();
  }

  /** A list with its lines. */
  private FeeList list(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new FeeList(
        id,
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
        lines.list("WHERE fee_list_id = :list ORDER BY line_no", "list", id));
  }
}
