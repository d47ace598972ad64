package dk.klu.meeting;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.CycleDriver.meetingValues;
import static dk.klu.support.CycleDriver.row;
import static dk.klu.support.CycleDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.process.RowSlots;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one meeting without submitted items (the four standing topics) over REST as its people,
 * with the engine's clock moved: used by the reliability tests that need a meeting at a given point
 * of its cycle.
 */
final class MeetingDriver {

  static final ObjectMapper JSON = new ObjectMapper();

  final RestClient rest;
  final ProcessEngine engine;
  final MeetingService meetings;

  MeetingDriver(RestClient rest, ProcessEngine engine, MeetingService meetings) {
    this.rest = rest;
    this.engine = engine;
    this.meetings = meetings;
  }

  /** Starts a meeting as the secretariat; the meeting's process instance id. */
  String startMeeting(String start) throws Exception {
    Answer answer =
        rest.post(
            "/engine-rest/process-definition/key/klu-meeting/submit-form",
            "sekretaer",
            body(meetingValues(start)));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("id").asText();
  }

  long meetingId(String meetingPi) {
    return ((Number) variable(meetingPi, "meetingId")).longValue();
  }

  /**
   * From the start to the chairs' approval of the minutes: call, deadline, both chairs approve the
   * agenda, case presentations, agenda sent, meeting held, attendance and minutes written (the
   * first row marked as a draft agreement when asked). Returns the minutes rows submitted.
   */
  List<Map<String, Object>> toMinutesApproval(String meetingPi, boolean draftAgreement)
      throws Exception {
    Meeting meeting = meetings.get(meetingId(meetingPi));
    clock(meeting.callDate().plusMinutes(30));
    runDueJobs(meetingPi);
    clock(meeting.itemDeadline().plusMinutes(30));
    runDueJobs(meetingPi);

    List<Map<String, Object>> rows = agendaRows(meetingPi);
    complete(
        "formand",
        single(meetingPi, "UserTask_ReviewAgendaChair"),
        Map.of("agendaItems", submitted(rows), "chairDecision", "APPROVE"));
    complete(
        "plo-formand",
        single(meetingPi, "UserTask_ReviewAgendaGpChair"),
        Map.of("agendaItems", submitted(rows), "gpChairDecision", "APPROVE"));
    for (Task task : tasks(meetingPi, "UserTask_WriteCasePresentation")) {
      complete("sekretaer", task.getId(), Map.of("casePresentation", "Baggrund og indstilling."));
    }
    clock(meeting.agendaSendAt().plusMinutes(5));
    runDueJobs(meetingPi);
    clock(meeting.endsAt().plusHours(1));
    runDueJobs(meetingPi);

    List<Map<String, Object>> registered = new ArrayList<>();
    for (Map<String, Object> ignored :
        RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "attendance"))) {
      registered.add(row("status", "PRESENT", "replacedBy", ""));
    }
    complete(
        "sekretaer",
        single(meetingPi, "UserTask_RegisterAttendance"),
        Map.of("attendance", registered));
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      minutes.add(
          row(
              "discussion",
              "Drøftet.",
              "decision",
              "Taget til efterretning.",
              "draftAgreement",
              draftAgreement && i == 0));
    }
    complete(
        "sekretaer",
        single(meetingPi, "UserTask_WriteMinutes"),
        Map.of("minutesItems", minutes, "followUpActions", List.of()));
    return minutes;
  }

  void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    Answer answer = rest.post("/engine-rest/task/" + taskId + "/submit-form", user, body(values));
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  List<Map<String, Object>> agendaRows(String meetingPi) {
    return RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "agendaItems"));
  }

  List<Task> tasks(String pi, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(pi)
        .taskDefinitionKey(key)
        .list();
  }

  String single(String pi, String key) {
    List<Task> found = tasks(pi, key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0).getId();
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

  static void clock(String time) {
    clock(OffsetDateTime.parse(time));
  }

  static void clock(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** Runs the due jobs of one process instance until none is left (null: of every instance). */
  void runDueJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      var query = engine.getManagementService().createJobQuery().executable();
      if (processInstanceId != null) {
        query.processInstanceId(processInstanceId);
      }
      List<Job> due =
          query.list().stream()
              .filter(
                  j -> j.getDuedate() == null || !j.getDuedate().after(ClockUtil.getCurrentTime()))
              .filter(j -> j.getProcessInstanceId() != null)
              .toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }
}
