package dk.klu.minutes;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who attended a meeting: the basis of the minutes and, later, the GPs' fees. */
@Service
public class AttendanceService {

  private final JdbcClient jdbc;

  public AttendanceService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the meeting's attendance with the registered list. */
  @Transactional
  public void register(long meetingId, List<Attendee> attendees) {
    jdbc.sql("DELETE FROM klu_attendance WHERE meeting_id = :meeting")
        .param("meeting", meetingId)
        .update();
    for (Attendee a : attendees) {
      jdbc.sql(
              "INSERT INTO klu_attendance (meeting_id, person_name, user_id, role, status,"
                  + " replaced_by) VALUES (:meeting, :name, :user, :role, :status, :replacedBy)")
          .param("meeting", meetingId)
          .param("name", a.name())
          .param("user", a.userId())
          .param("role", a.role().name())
          .param("status", a.status().name())
          .param("replacedBy", a.replacedBy())
          .update();
    }
  }

  public List<Attendee> of(long meetingId) {
    return jdbc.sql(
            "SELECT person_name, user_id, role, status, replaced_by FROM klu_attendance WHERE"
                + " meeting_id = :meeting ORDER BY id")
        .param("meeting", meetingId)
        .query(
            (rs, row) ->
                new Attendee(
                    rs.getString("person_name"),
                    rs.getString("user_id"),
                    Attendee.Role.valueOf(rs.getString("role")),
                    Attendee.Status.valueOf(rs.getString("status")),
                    rs.getString("replaced_by")))
        .list();
  }
}
