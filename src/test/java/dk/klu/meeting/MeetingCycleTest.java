package dk.klu.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemService;
import dk.klu.agenda.ItemStatus;
import dk.klu.followup.FollowUpAction;
import dk.klu.followup.FollowUpService;
import dk.klu.minutes.AttendanceService;
import dk.klu.minutes.Attendee;
import dk.klu.notification.Message;
import dk.klu.notification.Outbox;
import dk.klu.process.JsonVariables;
import dk.klu.support.RestClient;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A whole meeting cycle as its people do it over the REST API with the forms' variables: the
 * secretariat, both chairs and two GPs, with only the forms and the passing of time. Includes a
 * queued item, a late item, a rejected item, an item sent back for more information, a returned
 * agenda, a refused agenda edit and a returned set of minutes. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "spring.profiles.active=demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class MeetingCycleTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired MeetingService meetings;
  @Autowired AgendaItemService items;
  @Autowired FollowUpService followUps;
  @Autowired AttendanceService attendance;
  @Autowired Outbox outbox;
  RestClient rest;

  @BeforeEach
  void setUp() {
    rest = new RestClient("http://localhost:" + port);
    clock("2027-01-04T10:00:00+01:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void wholeCycleFromCallToClosedFollowUp() throws Exception {
    // An item submitted before any call waits for the next one.
    String queued = submitItem("laege", "Ventetid på genoptræning", "GENOPTRAENING", "DECISION");
    assertThat(variable(queued, "itemPlacement")).isEqualTo("QUEUED");

    // The secretariat plans the meeting; a Saturday is refused with a Danish message.
    Answer saturday = startMeeting("2027-03-13T14:00");
    assertThat(saturday.status()).isEqualTo(400);
    assertThat(saturday.body()).contains("lørdag");
    Answer started = startMeeting("2027-03-11T14:00");
    assertThat(started.status()).isEqualTo(200);
    String meetingPi = JSON.readTree(started.body()).get("id").asText();
    long meetingId = ((Number) variable(meetingPi, "meetingId")).longValue();
    assertThat(variable(meetingPi, "callDate")).isEqualTo("2027-02-11T09:00:00+01:00");
    assertThat(variable(meetingPi, "itemDeadline")).isEqualTo("2027-02-25T12:00:00+01:00");
    assertThat(variable(meetingPi, "agendaSendDate")).isEqualTo("2027-03-04T09:00:00+01:00");

    // The call goes out on its date; the waiting item joins.
    clock("2027-02-11T09:30:00+01:00");
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.INTAKE_OPEN);
    assertThat(kinds()).contains("CALL_FOR_ITEMS");
    assertThat(items.get(itemId(queued)).status()).isEqualTo(ItemStatus.SUBMITTED);

    String rejected = submitItem("laege2", "Nyt journalsystem", "KOMMUNIKATION", "INFORMATION");
    String needsInfo = submitItem("laege", "Demensudredning", "AELDRE_DEMENS", "DECISION");
    assertThat(variable(needsInfo, "itemPlacement")).isEqualTo("OPEN");

    // Reminder before the deadline, then the deadline.
    clock("2027-02-22T10:00:00+01:00");
    runDueJobs();
    assertThat(kinds()).contains("INTAKE_REMINDER");
    clock("2027-02-25T12:30:00+01:00");
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.INTAKE_CLOSED);
    assertThat(tasks("UserTask_TriageItem")).hasSize(3);
    assertThat(tasks("UserTask_TriageItem").get(0).getDueDate())
        .isEqualTo(Date.from(meetings.get(meetingId).triageDue().toInstant()));

    // A late item is not lost: the secretariat admits it.
    String late = submitItem("laege2", "Lægedækning i yderområder", "LAEGEDAEKNING", "DECISION");
    assertThat(variable(late, "itemPlacement")).isEqualTo("LATE");
    complete("sekretaer", task(late, "UserTask_DecideLateItem"), Map.of("lateDecision", "ADMIT"));

    // Triage: one on the agenda, one rejected (reason required), one back for information.
    complete("sekretaer", triageTask(queued), Map.of("triageOutcome", "ON_AGENDA"));
    Answer noReason =
        submit("sekretaer", triageTask(rejected), Map.of("triageOutcome", "REJECTED"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("Begrundelse");
    complete(
        "sekretaer",
        triageTask(rejected),
        Map.of("triageOutcome", "REJECTED", "triageRejectionReason", "Hører under regionen."));
    assertThat(ended(rejected)).isTrue();
    complete(
        "sekretaer",
        triageTask(needsInfo),
        Map.of(
            "triageOutcome",
            "NEEDS_INFORMATION",
            "triageInformationRequest",
            "Hvilke borgere drejer det sig om?"));
    Task answer = engine.getTaskService().createTaskQuery().taskAssignee("laege").singleResult();
    assertThat(answer.getTaskDefinitionKey()).isEqualTo("UserTask_ProvideInformation");
    complete("laege", answer.getId(), Map.of("informationAnswer", "Borgere over 65 med mistanke."));
    complete("sekretaer", triageTask(needsInfo), Map.of("triageOutcome", "ON_AGENDA"));

    // The agenda: four standing topics + three items; the chair returns it once.
    Task chair = single("UserTask_ReviewAgendaChair");
    assertThat(chair.getAssignee()).isEqualTo("formand");
    List<Map<String, Object>> rows = agendaRows(meetingPi);
    assertThat(rows).hasSize(7);
    assertThat(rows.stream().filter(r -> Boolean.TRUE.equals(r.get("standing")))).hasSize(4);
    complete(
        "formand",
        chair.getId(),
        Map.of("agendaItems", submitted(rows), "chairDecision", "RETURN", "chairComment", "Kort."));
    Task revision = single("UserTask_ReviseAgenda");
    List<Map<String, Object>> dropStanding = submitted(rows);
    dropStanding.get(indexOfStanding(rows)).put("include", false);
    Answer refused = submit("sekretaer", revision.getId(), Map.of("agendaItems", dropStanding));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("fast punkt");
    complete("sekretaer", revision.getId(), Map.of("agendaItems", submitted(rows)));
    complete(
        "formand",
        single("UserTask_ReviewAgendaChair").getId(),
        Map.of("agendaItems", submitted(rows), "chairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single("UserTask_ReviewAgendaGpChair").getId(),
        Map.of("agendaItems", submitted(rows), "gpChairDecision", "APPROVE"));
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.AGENDA_APPROVED);

    // Case presentations, one per item on the agenda.
    List<Task> cases = tasks("UserTask_WriteCasePresentation");
    assertThat(cases).hasSize(7);
    for (Task task : cases) {
      complete(
          "sekretaer",
          task.getId(),
          Map.of("casePresentation", "Baggrund, ønske og indstilling til udvalget."));
    }

    // The agenda goes out on its date.
    clock("2027-03-04T09:05:00+01:00");
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.AGENDA_SENT);
    assertThat(kinds()).contains("AGENDA").doesNotContain("AGENDA_LATE");

    // After the meeting: attendance (a GP replaced, one extra GP) and minutes.
    clock("2027-03-11T17:00:00+01:00");
    runDueJobs();
    Task attendanceTask = single("UserTask_RegisterAttendance");
    List<Map<String, Object>> people =
        JsonVariables.rows(engine.getRuntimeService().getVariable(meetingPi, "attendance"));
    List<Map<String, Object>> registered = new ArrayList<>();
    for (Map<String, Object> person : people) {
      boolean replaced = "laege2".equals(person.get("userId"));
      registered.add(
          row(
              "status",
              replaced ? "REPLACED" : "PRESENT",
              "replacedBy",
              replaced ? "Jens Hansen" : ""));
    }
    complete(
        "sekretaer",
        attendanceTask.getId(),
        Map.of("attendance", registered, "additionalGps", List.of(row("name", "Mette Mortensen"))));
    assertThat(attendance.of(meetingId))
        .anyMatch(
            a -> a.status() == Attendee.Status.REPLACED && "Jens Hansen".equals(a.replacedBy()))
        .anyMatch(a -> a.role() == Attendee.Role.ADDITIONAL_GP);

    List<Map<String, Object>> minutes = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      minutes.add(
          row(
              "discussion",
              "Udvalget drøftede punktet.",
              "decision",
              "Taget til efterretning.",
              "draftAgreement",
              i == 0));
    }
    List<Map<String, Object>> actions =
        List.of(
            row(
                "itemPosition",
                1,
                "description",
                "Undersøg ventetider",
                "owner",
                "sekretaer",
                "dueDate",
                "2027-04-15"));
    complete(
        "sekretaer",
        single("UserTask_WriteMinutes").getId(),
        Map.of("minutesItems", minutes, "followUpActions", actions));

    // The chair returns the minutes; the secretariat revises; both approve; published.
    complete(
        "formand",
        single("UserTask_ApproveMinutesChair").getId(),
        Map.of(
            "minutesItems",
            minutes,
            "minutesChairDecision",
            "RETURN",
            "minutesChairComment",
            "Præcisér punkt 1."));
    complete(
        "plo-formand",
        single("UserTask_ApproveMinutesGpChair").getId(),
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    minutes.get(0).put("decision", "Sekretariatet undersøger ventetiderne.");
    complete(
        "sekretaer",
        single("UserTask_ReviseMinutes").getId(),
        Map.of("minutesItems", minutes, "followUpActions", actions));
    complete(
        "formand",
        single("UserTask_ApproveMinutesChair").getId(),
        Map.of("minutesItems", minutes, "minutesChairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single("UserTask_ApproveMinutesGpChair").getId(),
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    runDueJobs();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.MINUTES_PUBLISHED);
    assertThat(ended(queued)).isTrue();
    assertThat(ended(needsInfo)).isTrue();
    assertThat(ended(late)).isTrue();
    AgendaItem first = items.onAgenda(meetingId).get(0);
    assertThat(first.minutesDecision()).isEqualTo("Sekretariatet undersøger ventetiderne.");
    // The committee agreed a draft under item 1: publishing the minutes started its agreement.
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("klu-agreement")
                .processInstanceBusinessKey("agreement-item-" + first.id())
                .count())
        .isEqualTo(1);

    // Follow-up: one action, reminded and then closed; the meeting closes.
    List<FollowUpAction> open = followUps.ofMeeting(meetingId);
    assertThat(open).hasSize(1);
    clock("2027-04-13T10:00:00+02:00");
    runDueJobs();
    assertThat(kinds()).contains("ACTION_REMINDER").doesNotContain("ACTION_OVERDUE");
    complete(
        "sekretaer",
        single("UserTask_FollowUpAction").getId(),
        Map.of("followUpNote", "Ventetiderne er undersøgt og rapporteret."));
    assertThat(ended(meetingPi)).isTrue();
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.CLOSED);
    assertThat(items.get(open.get(0).itemId()).status()).isEqualTo(ItemStatus.FOLLOW_UP_DONE);
    assertThat(items.get(itemId(rejected)).status()).isEqualTo(ItemStatus.REJECTED);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();

    // A submitter follows their own items, and only those.
    Answer mine = rest.get("/api/items/mine", "laege2");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.body())
        .contains("Nyt journalsystem", "Afvist", "Lægedækning i yderområder", "Behandlet på mødet")
        .doesNotContain("Demensudredning");
    assertThat(rest.get("/api/items/mine", null).status()).isEqualTo(401);

    // Submitters were told of every change that concerns them.
    assertThat(outbox.all())
        .filteredOn(m -> m.recipients().contains("laege2"))
        .extracting(Message::kind)
        .contains("ITEM_RECEIVED", "ITEM_TRIAGED", "LATE_ITEM_DECIDED", "ITEM_ON_AGENDA");
  }

  // --- helpers -----------------------------------------------------------------------------

  void clock(String time) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
  }

  /** Runs every job that is due now, as the job executor would, until none is left. */
  void runDueJobs() {
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

  List<String> kinds() {
    return outbox.all().stream().map(Message::kind).toList();
  }

  Answer startMeeting(String start) throws Exception {
    return rest.post(
        "/engine-rest/process-definition/key/klu-meeting/submit-form",
        "sekretaer",
        body(Map.of("meetingStart", start, "meetingLocation", "Rådhuset, mødelokale 2")));
  }

  String submitItem(String user, String title, String topic, String kind) throws Exception {
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
    return JSON.readTree(answer.body()).get("id").asText();
  }

  Object variable(String processInstanceId, String name) {
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

  long itemId(String itemPi) {
    return ((Number) variable(itemPi, "itemId")).longValue();
  }

  boolean ended(String processInstanceId) {
    return engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .count()
        == 0;
  }

  List<Task> tasks(String key) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list();
  }

  Task single(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  String task(String processInstanceId, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(key)
        .singleResult()
        .getId();
  }

  String triageTask(String itemPi) {
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

  List<Map<String, Object>> agendaRows(String meetingPi) {
    return JsonVariables.rows(engine.getRuntimeService().getVariable(meetingPi, "agendaItems"));
  }

  /** What Tasklist submits of the agenda list: only the edited fields of each row. */
  static List<Map<String, Object>> submitted(List<Map<String, Object>> rows) {
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

  static int indexOfStanding(List<Map<String, Object>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (Boolean.TRUE.equals(rows.get(i).get("standing"))) {
        return i;
      }
    }
    throw new IllegalStateException("no standing topic");
  }

  static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  Answer submit(String user, String taskId, Map<String, Object> values) throws Exception {
    return rest.post("/engine-rest/task/" + taskId + "/submit-form", user, body(values));
  }

  void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    Answer answer = submit(user, taskId, values);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  /**
   * The request body Tasklist sends: primitives as values, the forms' row slots as a Json object
   * {"r1": {...}, ...}.
   */
  static String body(Map<String, Object> values) throws Exception {
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
  }
}
