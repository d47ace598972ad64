package dk.klu.yearplan;

import dk.klu.agenda.Topic;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Year plans, their meetings and topics, and the dialogue meeting (klu_year_plan*). */
@Repository
public class YearPlanRepository {

  private final JdbcClient jdbc;

  public YearPlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertPlan(
      int year, LocalDate dialogueDate, String createdBy, String pi, OffsetDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO klu_year_plan (plan_year, dialogue_date, process_instance_id, created_by,"
                + " created_at) VALUES (:year, :dialogue, :pi, :by, :now)")
        .param("year", year)
        .param("dialogue", dialogueDate)
        .param("pi", pi)
        .param("by", createdBy)
        .param("now", now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void insertMeeting(long planId, PlannedMeeting m) {
    jdbc.sql(
            "INSERT INTO klu_year_plan_meeting (plan_id, number, starts_at, ends_at, location)"
                + " VALUES (:plan, :number, :startsAt, :endsAt, :location)")
        .param("plan", planId)
        .param("number", m.number())
        .param("startsAt", m.startsAt().toOffsetDateTime())
        .param("endsAt", m.endsAt().toOffsetDateTime())
        .param("location", m.location().strip())
        .update();
  }

  public void insertTopic(long planId, StrategicTopic t) {
    jdbc.sql(
            "INSERT INTO klu_year_plan_topic (plan_id, number, title, topic, description,"
                + " meeting_number) VALUES (:plan, :number, :title, :topic, :description,"
                + " :meeting)")
        .param("plan", planId)
        .param("number", t.number())
        .param("title", t.title().strip())
        .param("topic", t.topic().name())
        .param("description", t.description())
        .param("meeting", t.meetingNumber())
        .update();
  }

  public void insertDialogue(long planId, LocalDate heldOn) {
    jdbc.sql("INSERT INTO klu_dialogue_meeting (plan_id, held_on) VALUES (:plan, :heldOn)")
        .param("plan", planId)
        .param("heldOn", heldOn)
        .update();
  }

  public Optional<YearPlan> find(long id) {
    return jdbc.sql("SELECT * FROM klu_year_plan WHERE id = :id")
        .param("id", id)
        .query(YearPlanRepository::plan)
        .optional();
  }

  public Optional<YearPlan> ofYear(int year) {
    return jdbc.sql("SELECT * FROM klu_year_plan WHERE plan_year = :year")
        .param("year", year)
        .query(YearPlanRepository::plan)
        .optional();
  }

  public List<YearPlan> all() {
    return jdbc.sql("SELECT * FROM klu_year_plan ORDER BY plan_year")
        .query(YearPlanRepository::plan)
        .list();
  }

  public List<YearPlanMeeting> meetings(long planId) {
    return jdbc.sql("SELECT * FROM klu_year_plan_meeting WHERE plan_id = :plan ORDER BY number")
        .param("plan", planId)
        .query(YearPlanRepository::meeting)
        .list();
  }

  /** The plan meeting a klu_meeting belongs to, if a plan started it. */
  public Optional<YearPlanMeeting> byMeeting(long meetingId) {
    return jdbc.sql("SELECT * FROM klu_year_plan_meeting WHERE meeting_id = :meeting")
        .param("meeting", meetingId)
        .query(YearPlanRepository::meeting)
        .optional();
  }

  public List<YearPlanTopic> topics(long planId) {
    return jdbc.sql("SELECT * FROM klu_year_plan_topic WHERE plan_id = :plan ORDER BY number")
        .param("plan", planId)
        .query(YearPlanRepository::topic)
        .list();
  }

  public Optional<DialogueMeeting> dialogue(long planId) {
    return jdbc.sql("SELECT * FROM klu_dialogue_meeting WHERE plan_id = :plan")
        .param("plan", planId)
        .query(YearPlanRepository::dialogue)
        .optional();
  }

  public void setMeeting(long planMeetingId, long meetingId) {
    jdbc.sql("UPDATE klu_year_plan_meeting SET meeting_id = :meeting WHERE id = :id")
        .param("meeting", meetingId)
        .param("id", planMeetingId)
        .update();
  }

  public void moveMeeting(long planMeetingId, PlannedMeeting m, String by, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_year_plan_meeting SET starts_at = :startsAt, ends_at = :endsAt,"
                + " rescheduled_at = :now, rescheduled_by = :by WHERE id = :id")
        .param("startsAt", m.startsAt().toOffsetDateTime())
        .param("endsAt", m.endsAt().toOffsetDateTime())
        .param("now", now)
        .param("by", by)
        .param("id", planMeetingId)
        .update();
  }

  public void setTopicItem(long topicId, long itemId) {
    jdbc.sql("UPDATE klu_year_plan_topic SET item_id = :item WHERE id = :id")
        .param("item", itemId)
        .param("id", topicId)
        .update();
  }

  public void setYearWheelItem(long planId, long itemId) {
    jdbc.sql("UPDATE klu_year_plan SET year_wheel_item_id = :item WHERE id = :id")
        .param("item", itemId)
        .param("id", planId)
        .update();
  }

  public void setNextYearStarted(long planId, OffsetDateTime now) {
    jdbc.sql("UPDATE klu_year_plan SET next_year_started_at = :now WHERE id = :id")
        .param("now", now)
        .param("id", planId)
        .update();
  }

  public void setAnnounced(long planId, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_dialogue_meeting SET announced_at = :now WHERE plan_id = :plan AND"
                + " announced_at IS NULL")
        .param("now", now)
        .param("plan", planId)
        .update();
  }

  public void setDialoguePlan(
      long planId, String place, String programme, String by, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_dialogue_meeting SET place = :place, programme = :programme, planned_by ="
                + " :by, planned_at = :now WHERE plan_id = :plan")
        .param("place", place)
        .param("programme", programme)
        .param("by", by)
        .param("now", now)
        .param("plan", planId)
        .update();
  }

  public void archiveSummary(
      long planId, String summary, Integer participants, String by, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE klu_dialogue_meeting SET summary = :summary, participants = :participants,"
                + " summary_by = :by, archived_at = :now WHERE plan_id = :plan AND archived_at IS"
                + " NULL")
        .param("summary", summary)
        .param("participants", participants)
        .param("by", by)
        .param("now", now)
        .param("plan", planId)
        .update();
  }

  static YearPlan plan(ResultSet rs, int row) throws SQLException {
    return new YearPlan(
        rs.getLong("id"),
        rs.getInt("plan_year"),
        rs.getObject("dialogue_date", LocalDate.class),
        (Long) rs.getObject("year_wheel_item_id", Long.class),
        rs.getObject("next_year_started_at", OffsetDateTime.class),
        rs.getString("process_instance_id"),
        rs.getString("created_by"));
  }

  static YearPlanMeeting meeting(ResultSet rs, int row) throws SQLException {
    return new YearPlanMeeting(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getInt("number"),
        rs.getObject("starts_at", OffsetDateTime.class),
        rs.getObject("ends_at", OffsetDateTime.class),
        rs.getString("location"),
        rs.getObject("meeting_id", Long.class),
        rs.getObject("rescheduled_at", OffsetDateTime.class));
  }

  static YearPlanTopic topic(ResultSet rs, int row) throws SQLException {
    return new YearPlanTopic(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getInt("number"),
        rs.getString("title"),
        Topic.valueOf(rs.getString("topic")),
        rs.getString("description"),
        rs.getInt("meeting_number"),
        rs.getObject("item_id", Long.class));
  }

  static DialogueMeeting dialogue(ResultSet rs, int row) throws SQLException {
    return new DialogueMeeting(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getObject("held_on", LocalDate.class),
        rs.getObject("announced_at", OffsetDateTime.class),
        rs.getString("place"),
        rs.getString("programme"),
        rs.getString("planned_by"),
        rs.getString("summary"),
        rs.getObject("participants", Integer.class),
        rs.getString("summary_by"),
        rs.getObject("archived_at", OffsetDateTime.class));
  }
}
