package dk.klu.followup;

import dk.klu.persistence.Table;
import dk.klu.rules.KluClock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up actions from the minutes until they are done. */
@Service
public class FollowUpService {

  private final Table<FollowUpAction> actions;
  private final KluClock clock;

  public FollowUpService(JdbcClient jdbc, KluClock clock) {
    this.actions = Table.of(jdbc, "klu_follow_up_action", FollowUpAction.class);
    this.clock = clock;
  }

  /** Replaces the meeting's actions with the ones in the (revised) minutes. */
  @Transactional
  public void replaceActions(long meetingId, List<NewAction> actions) {
    this.actions.delete("meeting_id = :meeting AND status = 'OPEN'", "meeting", meetingId);
    for (NewAction action : actions) {
      this.actions
          .insert()
          .set("meeting_id", meetingId)
          .set("item_id", action.itemId())
          .set("description", action.description().strip())
          .set("owner", action.owner().strip())
          .set("due_date", action.dueDate())
          .set("status", FollowUpAction.Status.OPEN)
          .set("created_at", clock.now())
          .run();
    }
  }

  public List<FollowUpAction> ofMeeting(long meetingId) {
    return actions.list("WHERE meeting_id = :meeting ORDER BY id", "meeting", meetingId);
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
    return actions.list(
        "a WHERE a.status = 'OPEN' AND a.meeting_id <> :meeting AND NOT EXISTS (SELECT 1 FROM"
            + " klu_agenda_item i WHERE i.carried_action_id = a.id AND i.meeting_id = :meeting)"
            + " ORDER BY a.id",
        "meeting",
        meetingId);
  }

  public FollowUpAction get(long id) {
    return actions
        .one("WHERE id = :id", "id", id)
        .orElseThrow(() -> new IllegalArgumentException("Handlingen " + id + " findes ikke."));
  }

  /** Records what was done; returns true if this closed the last open action of its item. */
  @Transactional
  public boolean complete(long actionId, String note) {
    actions
        .update("id = :id", "id", actionId)
        .set("status", FollowUpAction.Status.DONE)
        .set("done_note", note.strip())
        .set("done_at", clock.now())
        .run();
    long itemId = get(actionId).itemId();
    return actions.list("WHERE item_id = :item AND status = 'OPEN'", "item", itemId).isEmpty();
  }
}
