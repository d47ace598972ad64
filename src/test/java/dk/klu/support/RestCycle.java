package dk.klu.support;

import static dk.klu.support.CycleDriver.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.process.RowSlots;
import dk.klu.support.RestClient.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A meeting cycle driven over REST against a running application (the packaged jar in its own
 * process), as its people drive it: the open tasks by key, a task's rows as its form shows them, a
 * form submitted as a person, and the meeting's phase from its table. The one REST driver of the
 * jar tests ({@code CrashRestartJarIT}, {@code ClusterJarIT}); the in-JVM tests use {@link
 * CycleDriver}.
 */
public final class RestCycle {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<RestClient> reader;
  private final Sql db;

  /** {@code reader}: the node to look things up on (it may change, after a restart). */
  public RestCycle(Supplier<RestClient> reader, Sql db) {
    this.reader = reader;
    this.db = db;
  }

  /** The ids of the open tasks with the key, in every process (as the administrator sees them). */
  public List<String> tasks(String key) {
    try {
      Answer answer =
          reader.get().get("/engine-rest/task?maxResults=500&taskDefinitionKey=" + key, "demo");
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      List<String> ids = new ArrayList<>();
      JSON.readTree(answer.body()).forEach(t -> ids.add(t.get("id").asText()));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of a list variable as the task sees it (its own, its process's or, for the agenda, the
   * agenda preparation's the meeting called), in slot order.
   */
  public List<Map<String, Object>> rows(String taskId, String name) {
    try {
      Answer answer =
          reader
              .get()
              .get(
                  "/engine-rest/task/" + taskId + "/variables/" + name + "?deserializeValue=false",
                  "demo");
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode value = JSON.readTree(answer.body()).get("value");
      JsonNode slots = value.isTextual() ? JSON.readTree(value.asText()) : value;
      assertThat(slots.has("r1")).as("%s: %s", name, answer.body()).isTrue();
      return RowSlots.rows(slots.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Submits the task's form as {@code user} on the node {@code via}; asserts it was accepted. */
  public void complete(RestClient via, String user, String taskId, Map<String, Object> values) {
    Answer answer = via.post("/engine-rest/task/" + taskId + "/submit-form", user, body(values));
    assertThat(answer.status()).as("%s via %s: %s", user, via, answer.body()).isEqualTo(204);
  }

  /** Completes a task as the test chooses (on a node of its choice, with its own bookkeeping). */
  public interface Completer {
    void complete(String user, String taskId, Map<String, Object> values);
  }

  /**
   * After the meeting, as its people work: the secretariat registers everybody present and writes
   * minutes for every agenda item, then both chairs approve. Returns the minutes' rows.
   */
  public List<Map<String, Object>> attendanceMinutesAndApprovals(
      Completer completer, java.time.Duration wait) throws InterruptedException {
    String attendance = await("UserTask_RegisterAttendance", wait);
    List<Map<String, Object>> present = new ArrayList<>();
    for (int i = 0; i < rows(attendance, "attendance").size(); i++) {
      present.add(Map.of("status", "PRESENT", "replacedBy", ""));
    }
    completer.complete("sekretaer", attendance, Map.of("attendance", present));
    String write = await("UserTask_WriteMinutes", wait);
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (int i = 0; i < rows(write, "minutesItems").size(); i++) {
      minutes.add(
          Map.of("discussion", "Drøftet.", "decision", "Vedtaget.", "draftAgreement", false));
    }
    completer.complete(
        "sekretaer", write, Map.of("minutesItems", minutes, "followUpActions", List.of()));
    String chair = await("UserTask_ApproveMinutesChair", wait);
    String gpChair = await("UserTask_ApproveMinutesGpChair", wait);
    completer.complete(
        "formand", chair, Map.of("minutesItems", minutes, "minutesChairDecision", "APPROVE"));
    completer.complete(
        "plo-formand",
        gpChair,
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    return minutes;
  }

  /** The one open task with the key, once it is there. */
  private String await(String key, java.time.Duration wait) throws InterruptedException {
    Await.until("the task " + key, wait, () -> tasks(key).size() == 1);
    return tasks(key).get(0);
  }

  /**
   * Plans the meeting starting at {@code start} (local time) as the secretariat on {@code via},
   * then moves the clock a minute past its call with {@code clock} and waits until its intake is
   * open. Returns the meeting's process instance id.
   */
  public String planWithIntakeOpen(
      RestClient via, String start, java.util.function.Consumer<java.time.LocalDateTime> clock)
      throws InterruptedException {
    Answer started =
        via.post(
            "/engine-rest/process-definition/key/klu-meeting/submit-form",
            "sekretaer",
            body(CycleDriver.meetingValues(start)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String meetingPi;
    try {
      meetingPi = JSON.readTree(started.body()).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long meetingId = meetingId(meetingPi);
    clock.accept(timer(meetingPi, "TimerEvent_CallDate").plusMinutes(1));
    Await.until(
        "the intake of the meeting " + meetingId + " open",
        java.time.Duration.ofSeconds(90),
        () -> phase(meetingId).equals("INTAKE_OPEN"));
    return meetingPi;
  }

  /** The meeting's id, from its table. */
  public long meetingId(String meetingPi) {
    return db.queryLong("SELECT id FROM klu_meeting WHERE process_instance_id = ?", meetingPi);
  }

  /** A timer's due date in the meeting's process, in the engine's local time (PostgreSQL). */
  public java.time.LocalDateTime timer(String pi, String activityId) {
    String due =
        db.queryString(
            "SELECT to_char(j.duedate_, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM act_ru_job j"
                + " JOIN act_ru_jobdef d ON j.job_def_id_ = d.id_"
                + " WHERE j.process_instance_id_ = ? AND d.act_id_ = ?",
            pi,
            activityId);
    assertThat(due).as("timer %s", activityId).isNotBlank();
    return java.time.LocalDateTime.parse(due);
  }

  /** The meeting's phase, as its table holds it. */
  public String phase(long meetingId) {
    return db.queryString("SELECT phase FROM klu_meeting WHERE id = ?", meetingId);
  }
}
