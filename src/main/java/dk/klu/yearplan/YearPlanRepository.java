package dk.klu.yearplan;

import dk.klu.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Year plans, their meetings and topics, and the dialogue meeting (klu_year_plan*). */
@Repository
public class YearPlanRepository {

  private final Table<YearPlan> plans;
  private final Table<YearPlanMeeting> meetings;
  private final Table<YearPlanTopic> topics;
  private final Table<DialogueMeeting> dialogues;

  public YearPlanRepository(JdbcClient jdbc) {
    this.plans = Table.of(jdbc, "klu_year_plan", YearPlan.class, "year", "plan_year");
    this.meetings = Table.of(jdbc, "klu_year_plan_meeting", YearPlanMeeting.class);
    this.topics = Table.of(jdbc, "klu_year_plan_topic", YearPlanTopic.class);
    this.dialogues = Table.of(jdbc, "klu_dialogue_meeting", DialogueMeeting.class);
  }

  public long insertPlan(
      int year, LocalDate dialogueDate, String createdBy, String pi, OffsetDateTime now) {
    return plans
        .insert()
        .set("plan_year", year)
        .set("dialogue_date", dialogueDate)
        .set("process_instance_id", pi)
        .set("created_by", createdBy)
        .set("created_at", now)
        .id();
  }

  public void insertMeeting(long planId, PlannedMeeting m) {
    meetings
        .insert()
        .set("plan_id", planId)
        .set("number", m.number())
        .set("starts_at", m.startsAt().toOffsetDateTime())
        .set("ends_at", m.endsAt().toOffsetDateTime())
        .set("location", m.location().strip())
        .run();
  }

  public void insertTopic(long planId, StrategicTopic t) {
    topics
        .insert()
        .set("plan_id", planId)
        .set("number", t.number())
        .set("title", t.title().strip())
        .set("topic", t.topic())
        .set("description", t.description())
        .set("meeting_number", t.meetingNumber())
        .run();
  }

  public void insertDialogue(long planId, LocalDate heldOn) {
    dialogues.insert().set("plan_id", planId).set("held_on", heldOn).run();
  }

  public Optional<YearPlan> find(long id) {
    return plans.one("WHERE id = :id", "id", id);
  }

  public Optional<YearPlan> ofYear(int year) {
    return plans.one("WHERE plan_year = :year", "year", year);
  }

  public List<YearPlan> all() {
    return plans.list("ORDER BY plan_year");
  }

  public List<YearPlanMeeting> meetings(long planId) {
    return meetings.list("WHERE plan_id = :plan ORDER BY number", "plan", planId);
  }

  /** The plan meeting a klu_meeting belongs to, if a plan started it. */
  public Optional<YearPlanMeeting> byMeeting(long meetingId) {
    return meetings.one("WHERE meeting_id = :meeting", "meeting", meetingId);
  }

  public List<YearPlanTopic> topics(long planId) {
    return topics.list("WHERE plan_id = :plan ORDER BY number", "plan", planId);
  }

  public Optional<DialogueMeeting> dialogue(long planId) {
    return dialogues.one("WHERE plan_id = :plan", "plan", planId);
  }

  public void setMeeting(long planMeetingId, long meetingId) {
    meetings.update("id = :id", "id", planMeetingId).set("meeting_id", meetingId).run();
  }

  public void moveMeeting(long planMeetingId, PlannedMeeting m, String by, OffsetDateTime now) {
    meetings
        .update("id = :id", "id", planMeetingId)
        .set("starts_at", m.startsAt().toOffsetDateTime())
        .set("ends_at", m.endsAt().toOffsetDateTime())
        .set("rescheduled_at", now)
        .set("rescheduled_by", by)
        .run();
  }

  public void setTopicItem(long topicId, long itemId) {
    topics.update("id = :id", "id", topicId).set("item_id", itemId).run();
  }

  public void setYearWheelItem(long planId, long itemId) {
    plans.update("id = :id", "id", planId).set("year_wheel_item_id", itemId).run();
  }

  public void setNextYearStarted(long planId, OffsetDateTime now) {
    plans.update("id = :id", "id", planId).set("next_year_started_at", now).run();
  }

  public void setAnnounced(long planId, OffsetDateTime now) {
    dialogues
        .update("plan_id = :plan AND announced_at IS NULL", "plan", planId)
        .set("announced_at", now)
        .run();
  }

  public void setDialoguePlan(
      long planId, String place, String programme, String by, OffsetDateTime now) {
    dialogues
        .update("plan_id = :plan", "plan", planId)
        .set("place", place)
        .set("programme", programme)
        .set("planned_by", by)
        .set("planned_at", now)
        .run();
  }

  public void archiveSummary(
      long planId, String summary, Integer participants, String by, OffsetDateTime now) {
    dialogues
        .update("plan_id = :plan AND archived_at IS NULL", "plan", planId)
        .set("summary", summary)
        .set("participants", participants)
        .set("summary_by", by)
        .set("archived_at", now)
        .run();
  }
}
