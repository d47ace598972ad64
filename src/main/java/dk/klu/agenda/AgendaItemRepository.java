package dk.klu.agenda;

import dk.klu.persistence.ColumnValue;
import dk.klu.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda items in klu_agenda_item. */
@Repository
public class AgendaItemRepository {

  private final JdbcClient jdbc;
  private final Table<AgendaItem> items;

  public AgendaItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.items = Table.of(jdbc, "klu_agenda_item", AgendaItem.class);
  }

  public long insert(
      Long meetingId,
      ItemSource source,
      NewItem item,
      String submittedBy,
      ItemStatus status,
      boolean late,
      Long carriedActionId,
      boolean confidential,
      String processInstanceId,
      OffsetDateTime now) {
    return items
        .insert()
        .set("meeting_id", meetingId)
        .set("source", source)
        .set("title", item.title())
        .set("topic", item.topic())
        .set("description", item.description())
        .set("discussion_points", item.discussionPoints())
        .set("approach", item.approach())
        .set("justification", item.justification())
        .set("requested_kind", item.requestedKind())
        .set("expected_minutes", item.expectedMinutes())
        .set("submitted_by", submittedBy)
        .set("submitted_at", now)
        .set("status", status)
        .set("late", late)
        .set("carried_action_id", carriedActionId)
        .set("confidential", confidential)
        .set("process_instance_id", processInstanceId)
        .set("updated_at", now)
        .id();
  }

  public Optional<AgendaItem> find(long id) {
    return items.one("WHERE id = :id", "id", id);
  }

  /** The item, if it is on the meeting {@code meetingId} and that meeting runs in the instance. */
  public Optional<AgendaItem> findOnMeetingOf(long id, long meetingId, String processInstanceId) {
    return items.one(
        "WHERE id = :id AND meeting_id = (SELECT m.id FROM klu_meeting m WHERE m.id = :meeting"
            + " AND m.process_instance_id = :instance)",
        "id",
        id,
        "meeting",
        meetingId,
        "instance",
        processInstanceId);
  }

  /** Whether the follow-up action was agreed under a confidential item (false if none). */
  public boolean actionOfConfidentialItem(long actionId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM klu_follow_up_action a JOIN klu_agenda_item i ON i.id ="
                    + " a.item_id WHERE a.id = :action AND i.confidential = TRUE")
            .param("action", actionId)
            .query(Long.class)
            .single()
        > 0;
  }

  public List<AgendaItem> ofMeeting(long meetingId, List<ItemStatus> statuses) {
    return items.list(
        "WHERE meeting_id = :meeting AND status IN (:statuses) ORDER BY id",
        "meeting",
        meetingId,
        "statuses",
        statuses);
  }

  /**
   * The items submitted for a meeting: those in it (whatever became of them) and those moved from
   * it to the next meeting.
   */
  public List<AgendaItem> receivedFor(long meetingId) {
    return items.list(
        "WHERE source = 'SUBMITTED' AND (meeting_id = :meeting OR moved_from_meeting_id ="
            + " :meeting) ORDER BY id",
        "meeting",
        meetingId);
  }

  /** The highest agenda position in the meeting's draft, 0 if none. */
  public int lastAgendaPosition(long meetingId) {
    return jdbc.sql(
            "SELECT COALESCE(MAX(agenda_position), 0) FROM klu_agenda_item WHERE meeting_id ="
                + " :meeting AND included = TRUE")
        .param("meeting", meetingId)
        .query(Integer.class)
        .single();
  }

  /** Items on the agenda in agenda order: decisions first, then information, by position. */
  public List<AgendaItem> onAgenda(long meetingId) {
    return items.list(
        "WHERE meeting_id = :meeting AND included = TRUE ORDER BY CASE agenda_kind WHEN"
            + " 'DECISION' THEN 0 ELSE 1 END, agenda_position, id",
        "meeting",
        meetingId);
  }

  public List<AgendaItem> submittedBy(String userId) {
    return items.list(
        "WHERE submitted_by = :user ORDER BY submitted_at DESC, id DESC", "user", userId);
  }

  /**
   * Attaches every waiting item to the meeting, and the items the secretariat settled between
   * intakes (solved or referred, still without a meeting) as what they are; returns the ids of the
   * waiting ones.
   */
  public List<Long> attachWaiting(long meetingId, OffsetDateTime now) {
    List<Long> ids =
        jdbc.sql("SELECT id FROM klu_agenda_item WHERE status = 'WAITING' ORDER BY id")
            .query(Long.class)
            .list();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "UPDATE klu_agenda_item SET meeting_id = :meeting, status = 'SUBMITTED', late ="
                  + " FALSE, updated_at = :now WHERE id IN (:ids)")
          .param("meeting", meetingId)
          .param("now", now)
          .param("ids", ids)
          .update();
    }
    // settled by the secretariat between intakes: shown to this meeting's chairs with the outcome
    jdbc.sql(
            "UPDATE klu_agenda_item SET meeting_id = :meeting, updated_at = :now WHERE meeting_id"
                + " IS NULL AND source = 'SUBMITTED' AND status IN ('SOLVED', 'REFERRED')")
        .param("meeting", meetingId)
        .param("now", now)
        .update();
    return ids;
  }

  /** The columns the services change on an item. */
  public enum Column {
    STATUS,
    TRIAGE_OUTCOME,
    TRIAGE_NOTE,
    INFORMATION_REQUEST,
    INFORMATION_ANSWER,
    CONFIDENTIAL,
    PROCESS_INSTANCE_ID,
    MEETING_ID,
    MOVED_FROM_MEETING_ID,
    INCLUDED,
    AGENDA_POSITION,
    AGENDA_KIND,
    AGENDA_MINUTES,
    CASE_PRESENTATION,
    CASE_PRESENTATION_PUBLIC,
    MINUTES_DISCUSSION,
    MINUTES_DECISION,
    DRAFT_AGREEMENT
  }

  public void update(long id, OffsetDateTime now, List<ColumnValue<Column>> values) {
    items.update("id = :id", "id", id).set("updated_at", now).set(values).run();
  }

  /** The same values for several items, in one statement. */
  public void update(List<Long> ids, OffsetDateTime now, List<ColumnValue<Column>> values) {
    if (!ids.isEmpty()) {
      items.update("id IN (:ids)", "ids", ids).set("updated_at", now).set(values).run();
    }
  }

  /** Takes the item off its meeting to wait for the next one, with the secretariat's note. */
  public void moveToNextMeeting(long id, String note, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_agenda_item SET status = 'WAITING', moved_from_meeting_id = meeting_id,"
                + " meeting_id = NULL, included = FALSE, agenda_position = NULL, triage_note ="
                + " :note, updated_at = :now WHERE id = :id")
        .param("id", id)
        .param("note", note)
        .param("now", now)
        .update();
  }
}
