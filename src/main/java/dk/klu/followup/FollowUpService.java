package dk.klu.followup;

import dk.klu.rules.KluClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up actions from the minutes until they are done. */
@Service
public class FollowUpService {

  private final JdbcClient jdbc;
  private final KluClock clock;

  public FollowUpService(JdbcClient jdbc, KluClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Replaces the meeting's actions with the ones in the (revised) minutes. */
  @Transactional
  public void replaceActions(long meetingId, List<NewAction> actions) {
    jdbc.sql("DELETE FROM klu_follow_up_action WHERE meeting_id = :meeting AND status = 'OPEN'")
        .param("meeting", meetingId)
        .update();
    for (NewAction action : actions) {
      jdbc.sql(
              "INSERT INTO klu_follow_up_action (meeting_id, item_id, description, owner,"
                  + " due_date, status, created_at) VALUES (:meeting, :item, :description,"
                  + " :owner, :due, 'OPEN', :now)")
          .param("meeting", meetingId)
          .param("item", action.itemId())
          .param("description", action.description().strip())
          .param("owner", action.owner().strip())
          .param("due", action.dueDate())
          .param("now", clock.now())
          .update();
    }
  }

  public List<FollowUpAction> ofMeeting(long meetingId) {
    return jdbc.sql("SELECT * FROM klu_follow_up_action WHERE meeting_id = :meeting ORDER BY id")
        .param("meeting", meetingId)
        .query(FollowUpService::map)
        .list();
  }

  /** Open action ids of a meeting (the follow-up multi-instance collection). */
  public List<Long> openActionIds(long meetingId) {
    return ofMeeting(meetingId).stream()
        .filter(a -> a.status() == FollowUpAction.Status.OPEN)
        .map(FollowUpAction::id)
        .toList();
  }

  /** Actions from earlier meetings that are still open: carried onto the next agenda. */
  public List<FollowUpAction> openBefore(long meetingId) {
    return jdbc.sql(
            "SELECT a.* FROM klu_follow_up_action a WHERE a.status = 'OPEN' AND a.meeting_id <>"
                + " :meeting AND NOT EXISTS (SELECT 1 FROM klu_agenda_item i WHERE"
                + " i.carried_action_id = a.id AND i.meeting_id = :meeting) ORDER BY a.id")
        .param("meeting", meetingId)
        .query(FollowUpService::map)
        .list();
  }

  public FollowUpAction get(long id) {
    return jdbc.sql("SELECT * FROM klu_follow_up_action WHERE id = :id")
        .param("id", id)
        .query(FollowUpService::map)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("Handlingen " + id + " findes ikke."));
  }

  /** Records what was done; returns true if this closed the last open action of its item. */
  @Transactional
  public boolean complete(long actionId, String note) {
    jdbc.sql(
            "UPDATE klu_follow_up_action SET status = 'DONE', done_note = :note, done_at = :now"
                + " WHERE id = :id")
        .param("note", note.strip())
        .param("now", clock.now())
        .param("id", actionId)
        .update();
    FollowUpAction action = get(actionId);
    return jdbc.sql(
                "SELECT COUNT(*) FROM klu_follow_up_action WHERE item_id = :item AND status ="
                    + " 'OPEN'")
            .param("item", action.itemId())
            .query(Long.class)
            .single()
        == 0;
  }

  static FollowUpAction map(ResultSet rs, int row) throws SQLException {
    return new FollowUpAction(
        rs.getLong("id"),
        rs.getLong("meeting_id"),
        rs.getLong("item_id"),
        rs.getString("description"),
        rs.getString("owner"),
        rs.getObject("due_date", LocalDate.class),
        FollowUpAction.Status.valueOf(rs.getString("status")),
        rs.getString("done_note"));
  }
}
