package dk.klu.minutes;

import dk.klu.persistence.Table;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who attended a meeting: the basis of the minutes and, later, the GPs' fees. */
@Service
public class AttendanceService {

  private final Table<Attendee> attendance;

  public AttendanceService(JdbcClient jdbc) {
    this.attendance = Table.of(jdbc, "klu_attendance", Attendee.class, "name", "person_name");
  }

  /** Replaces the meeting's attendance with the registered list. */
  @Transactional
  public void register(long meetingId, List<Attendee> attendees) {
    attendance.delete("meeting_id = :meeting", "meeting", meetingId);
    for (Attendee a : attendees) {
      attendance
          .insert()
          .set("meeting_id", meetingId)
          .set("person_name", a.name())
          .set("user_id", a.userId())
          .set("role", a.role())
          .set("status", a.status())
          .set("replaced_by", a.replacedBy())
          .run();
    }
  }

  public List<Attendee> of(long meetingId) {
    return attendance.list("WHERE meeting_id = :meeting ORDER BY id", "meeting", meetingId);
  }
}
