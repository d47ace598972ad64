package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.process.RowSlots;
import dk.klu.support.RestClient.Answer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a meeting cycle as its people do, over the REST API with the forms' variables, and moves
 * the engine's clock; the job executor is off in these tests, so due jobs run when the test says.
 * The steps follow one meeting on Thursday 11 March 2027 (the dates of the rules of procedure: call
 * on 11 February, item deadline 25 February, agenda sent 4 March).
 */
public final class MeetingDriver {

  static final ObjectMapper JSON = new ObjectMapper();

  /** The meeting's start as the start form writes it. */
  public static final String MEETING_START = "2027-03-11T14:00";

  public static final String PLANNING_TIME = "2027-01-04T10:00:00+01:00";
  public static final String AFTER_CALL = "2027-02-11T09:30:00+01:00";
  public static final String AFTER_DEADLINE = "2027-02-25T12:30:00+01:00";
  public static final String AFTER_AGENDA_DATE = "2027-03-04T09:05:00+01:00";
  public static final String AFTER_MEETING = "2027-03-11T17:00:00+01:00";

  private final ProcessEngine engine;
  private final RestClient rest;

  public MeetingDriver(ProcessEngine engine, RestClient rest) {
    this.engine = engine;
    this.rest = rest;
  }

  // --- time and jobs -------------------------------------------------------------------------

  /** Sets the engine's (and so the domain's) clock. */
  public static void clock(String time) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
  }

  /** Runs every job that is due now, as the job executor would, until none is left. */
  public void runDueJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> due =
          engine.getManagementService().createJobQuery().executable().list().stream()
              .filter(
                  j -> j.getDuedate() == null || !j.getDuedate().after(ClockUtil.getCurrentTime()))
              .toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  /** Moves the clock to {@code time} and runs what is then due. */
  public void at(String time) {
    clock(time);
    runDueJobs();
  }

  // --- the people's steps over REST ----------------------------------------------------------

  /** The secretariat's start form for a meeting. */
  public Answer startMeeting(String start) {
    return rest.post(
        "/engine-rest/process-definition/key/klu-meeting/submit-form",
        "sekretaer",
        body(Map.of("meetingStart", start, "meetingLocation", "Rådhuset, mødelokale 2")));
  }

  /** Plans the meeting of 11 March 2027 on 4 January; returns its process instance id. */
  public String planMeeting() {
    clock(PLANNING_TIME);
    Answer started = startMeeting(MEETING_START);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return read(started.body(), "id");
  }

  /** A member's start form for an agenda item; returns the item's process instance id. */
  public String submitItem(String user, String title, String topic, String kind) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("itemTitle", title);
    values.put("itemTopic", topic);
    values.put("itemDescription", "Beskrivelse af emnet, så udvalget kan forstå det.");
    values.put("itemDiscussionPoints", "Hvad gør vi?");
    values.put("itemApproach", "Kort oplæg og drøftelse");
    values.put("itemJustification", "Det angår både kommunen og almen praksis.");
    values.put("itemRequestedKind", kind);
    values.put("itemExpectedMinutes", 15);
    Answer answer =
        rest.post(
            "/engine-rest/process-definition/key/klu-agenda-item/submit-form", user, body(values));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return read(answer.body(), "id");
  }

  /** Every triage task: the item goes on the agenda. */
  public void triageAllOnAgenda() {
    for (Task triage : tasks("UserTask_TriageItem")) {
      complete("sekretaer", triage.getId(), Map.of("triageOutcome", "ON_AGENDA"));
    }
  }

  /** Both chairs approve the agenda as proposed. */
  public void approveAgenda(String meetingPi) {
    List<Map<String, Object>> rows = submitted(agendaRows(meetingPi));
    complete(
        "formand",
        single("UserTask_ReviewAgendaChair").getId(),
        Map.of("agendaItems", rows, "chairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single("UserTask_ReviewAgendaGpChair").getId(),
        Map.of("agendaItems", rows, "gpChairDecision", "APPROVE"));
  }

  /** The secretariat writes every case presentation. */
  public void writeCasePresentations() {
    for (Task task : tasks("UserTask_WriteCasePresentation")) {
      complete(
          "sekretaer",
          task.getId(),
          Map.of("casePresentation", "Baggrund, ønske og indstilling til udvalget."));
    }
  }

  /**
   * After the meeting: everybody present, minutes for every agenda row, both chairs approve, the
   * minutes are published.
   */
  public void holdMeetingAndPublishMinutes(String meetingPi) {
    at(AFTER_MEETING);
    List<Map<String, Object>> registered = new ArrayList<>();
    for (int i = 0;
        i < RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "attendance")).size();
        i++) {
      registered.add(row("status", "PRESENT", "replacedBy", ""));
    }
    complete(
        "sekretaer",
        single("UserTask_RegisterAttendance").getId(),
        Map.of("attendance", registered));
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (int i = 0; i < agendaRows(meetingPi).size(); i++) {
      minutes.add(
          row(
              "discussion",
              "Udvalget drøftede punktet.",
              "decision",
              "Taget til efterretning.",
              "draftAgreement",
              false));
    }
    complete(
        "sekretaer",
        single("UserTask_WriteMinutes").getId(),
        Map.of("minutesItems", minutes, "followUpActions", List.of()));
    complete(
        "formand",
        single("UserTask_ApproveMinutesChair").getId(),
        Map.of("minutesItems", minutes, "minutesChairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single("UserTask_ApproveMinutesGpChair").getId(),
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    runDueJobs();
  }

  /**
   * The whole way from planning to published minutes with the given items (each submitted by {@code
   * laege}, put on the agenda, approved, presented); returns the meeting's process instance.
   */
  public String runToPublishedMinutes(String... itemTitles) {
    String meetingPi = planMeeting();
    at(AFTER_CALL);
    for (String title : itemTitles) {
      submitItem("laege", title, "GENOPTRAENING", "DECISION");
    }
    at(AFTER_DEADLINE);
    triageAllOnAgenda();
    approveAgenda(meetingPi);
    writeCasePresentations();
    at(AFTER_AGENDA_DATE);
    holdMeetingAndPublishMinutes(meetingPi);
    return meetingPi;
  }

  // --- reading the engine --------------------------------------------------------------------

  public Object variable(String processInstanceId, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableName(name)
        .list()
        .stream()
        .findFirst()
        .map(v -> v.getValue())
        .orElse(null);
  }

  public long itemId(String itemPi) {
    return ((Number) variable(itemPi, "itemId")).longValue();
  }

  public long meetingId(String meetingPi) {
    return ((Number) variable(meetingPi, "meetingId")).longValue();
  }

  public boolean ended(String processInstanceId) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        == 0;
  }

  public List<Task> tasks(String key) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list();
  }

  public Task single(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  /** The triage task of one item. */
  public String triageTask(String itemPi) {
    long itemId = itemId(itemPi);
    return tasks("UserTask_TriageItem").stream()
        .filter(
            t ->
                ((Number) engine.getTaskService().getVariable(t.getId(), "itemId")).longValue()
                    == itemId)
        .findFirst()
        .orElseThrow()
        .getId();
  }

  public List<Map<String, Object>> agendaRows(String meetingPi) {
    return RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "agendaItems"));
  }

  // --- forms over REST -----------------------------------------------------------------------

  public Answer submit(String user, String taskId, Map<String, Object> values) {
    return rest.post("/engine-rest/task/" + taskId + "/submit-form", user, body(values));
  }

  public void complete(String user, String taskId, Map<String, Object> values) {
    Answer answer = submit(user, taskId, values);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  /** What Tasklist submits of the agenda list: only the edited fields of each row. */
  public static List<Map<String, Object>> submitted(List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      out.add(
          row(
              "include",
              r.get("include"),
              "position",
              r.get("position"),
              "kind",
              r.get("kind"),
              "minutes",
              r.get("minutes")));
    }
    return out;
  }

  public static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  /**
   * The request body Tasklist sends: primitives as values, the forms' row slots as a Json object
   * {"r1": {...}, ...}.
   */
  public static String body(Map<String, Object> values) {
    try {
      Map<String, Object> variables = new LinkedHashMap<>();
      for (var entry : values.entrySet()) {
        if (entry.getValue() instanceof List<?> list) {
          Map<String, Object> slots = new LinkedHashMap<>();
          for (int i = 0; i < list.size(); i++) {
            slots.put("r" + (i + 1), list.get(i));
          }
          variables.put(
              entry.getKey(), Map.of("type", "Json", "value", JSON.writeValueAsString(slots)));
        } else {
          variables.put(entry.getKey(), Map.of("value", entry.getValue()));
        }
      }
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String json, String field) {
    try {
      return JSON.readTree(json).get(field).asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(json, e);
    }
  }
}
