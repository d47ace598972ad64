package dk.klu.yearplan;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.CycleDriver.row;
import static dk.klu.support.CycleDriver.submitted;
import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.agenda.AgendaItem;
import dk.klu.agenda.AgendaItemRepository;
import dk.klu.agenda.ItemSource;
import dk.klu.agenda.ItemStatus;
import dk.klu.agenda.Topic;
import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.forms.FormRule;
import dk.klu.forms.FormSubmission;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingPhase;
import dk.klu.meeting.MeetingService;
import dk.klu.notification.Outbox;
import dk.klu.process.RowSlots;
import dk.klu.support.ApplicationTest;
import dk.klu.support.Mails;
import dk.klu.support.RestClient.Answer;
import dk.klu.tasklist.TaskNames;
import dk.klu.yearplan.process.YearPlanProcess;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole year over the REST API as its people do it, with the clock moved from November before the
 * year to December in it: the secretariat plans 2027 with four meetings, a dialogue meeting and two
 * strategic topics (bad plans are refused in Danish and change nothing, a second plan for the year
 * too); four meetings start with their deadlines and the topics land on their meetings; a meeting
 * is moved before its call and its timers move with it; every meeting runs its cycle (tasks done as
 * their people through their forms); the dialogue meeting is announced three months ahead, planned,
 * held and summarised; the annual evaluation is called after the last minutes (a stand-in {@code
 * klu-evaluation}); and after the last meeting the committee's decision under "Årshjul for næste
 * år" prepares 2028's plan. Runs on H2 and PostgreSQL.
 */
abstract class YearPlanFlowTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String START = "/engine-rest/process-definition/key/klu-year-plan/submit-form";

  @Autowired YearPlanService plans;
  @Autowired MeetingService meetings;
  @Autowired List<FormRule> formRules;
  @Autowired AgendaItemRepository itemRepository;
  @Autowired Outbox outbox;

  @BeforeEach
  void setUp() {
    kit.withRounds(30);
    clock("2026-11-16T10:00:00+01:00");
    engine
        .getRepositoryService()
        .createDeployment()
        .name("klu-evaluation-standin")
        .addClasspathResource("bpmn-test/klu-evaluation-standin.bpmn")
        .deploy();
  }

  @Test
  void aYearWithFourMeetingsTheDialogueMeetingAndTheEvaluation() throws Exception {
    // Bad plans: 400 in Danish, nothing stored, no meeting started.
    assertRefused(plan(List.of(meeting("2027-03-13")), true, List.of()), "lørdag");
    assertRefused(plan(List.of(meeting("2027-03-11")), false, List.of()), "mindst 2 møder");
    assertRefused(
        plan(List.of(meeting("2027-03-11"), meeting("2027-04-15")), false, List.of()),
        "for tæt på møde 1");
    assertRefused(
        plan(List.of(meeting("2027-03-11"), meeting("2027-12-24")), false, List.of()), "Juleaften");
    assertRefused(
        plan(List.of(meeting("2026-03-12"), meeting("2027-06-10")), false, List.of()),
        "ligger ikke i 2027");
    Map<String, Object> early = values(List.of(meeting("2027-03-11"), meeting("2027-06-10")));
    early.put("dialoguePlanned", true);
    early.put("dialogueDate", "2027-02-10");
    assertRefused(body(early), "annonceres mindst 3 måneder før");
    assertThat(plans.ofYear(2027)).isEmpty();
    assertThat(meetingInstances()).isZero();
    // members and chairs do not plan the year
    assertThat(rest.post(START, "formand", validPlan()).status()).isEqualTo(403);

    // The secretariat plans 2027.
    Answer started = startPlan(validPlanValues());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String planPi = JSON.readTree(started.body()).get("id").asText();
    assertRefused(validPlan(), "allerede et årshjul for 2027");
    kit.runDueJobs();

    YearPlan plan = plans.ofYear(2027).orElseThrow();
    assertThat(plan.createdBy()).isEqualTo("sekretaer");
    List<YearPlanMeeting> planned = plans.meetings(plan.id());
    assertThat(planned).hasSize(4).allMatch(m -> m.meetingId() != null);
    assertThat(meetingInstances()).isEqualTo(4);
    for (YearPlanMeeting m : planned) {
      Meeting meeting = meetings.get(m.meetingId());
      assertThat(meeting.phase()).isEqualTo(MeetingPhase.PLANNED);
      assertThat(meeting.startsAt()).isEqualTo(m.startsAt());
      assertThat(meeting.endsAt()).isEqualTo(m.endsAt());
      assertThat(processOf(meeting).getBusinessKey())
          .as("Cockpit names the meeting")
          .isEqualTo("KLU-møde " + TaskNames.DATE.format(meeting.startsAt()));
    }
    Meeting first = meetings.get(planned.get(0).meetingId());
    assertThat(first.callDate()).isEqualTo(OffsetDateTime.parse("2027-02-11T09:00:00+01:00"));
    assertThat(first.endsAt()).isEqualTo(OffsetDateTime.parse("2027-03-11T16:30:00+01:00"));
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("year-plan-2027")
                .count())
        .isEqualTo(1);

    // The strategic topics on their meetings, "Årshjul for næste år" on the last.
    assertThat(yearPlanItems(planned.get(1)))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.title()).isEqualTo("Tidlig opsporing af demens");
              assertThat(i.topic()).isEqualTo(Topic.AELDRE_DEMENS);
            });
    assertThat(yearPlanItems(planned.get(2)))
        .extracting(AgendaItem::title)
        .containsExactly("Fælles forløb for KOL");
    assertThat(yearPlanItems(planned.get(3)))
        .extracting(AgendaItem::title)
        .containsExactly(YearPlanService.YEAR_WHEEL_TITLE);
    assertThat(yearPlanItems(planned.get(0))).isEmpty();
    JsonNode view = JSON.readTree(rest.get("/api/year-plans/2027", "procesejer").body());
    assertThat(view.get("meetings")).hasSize(4);
    assertThat(view.get("topics").get(0).get("meetingNumber").asInt()).isEqualTo(2);
    assertThat(rest.get("/api/year-plans/2027", "laege").status()).isEqualTo(403);

    // Meeting 3 moves a week; its deadlines and its waiting call timer move with it.
    Meeting third = meetings.get(planned.get(2).meetingId());
    assertThat(callTimer(third).getDuedate()).isEqualTo(date("2027-08-19T09:00:00+02:00"));
    String move = "/api/year-plans/2027/meetings/3";
    assertThat(rest.post(move, "laege", moveTo("2027-09-23")).status()).isEqualTo(403);
    Answer saturday = rest.post(move, "sekretaer", moveTo("2027-09-25"));
    assertThat(saturday.status()).isEqualTo(400);
    assertThat(saturday.body()).contains("lørdag");
    Answer tooClose = rest.post(move, "sekretaer", moveTo("2027-07-01"));
    assertThat(tooClose.status()).isEqualTo(400);
    assertThat(tooClose.body()).contains("for tæt på møde 2");
    assertThat(meetings.get(third.id()).startsAt()).isEqualTo(third.startsAt());
    Answer moved = rest.post(move, "sekretaer", moveTo("2027-09-23"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    Meeting movedMeeting = meetings.get(third.id());
    assertThat(movedMeeting.startsAt()).isEqualTo(OffsetDateTime.parse("2027-09-23T14:00+02:00"));
    assertThat(movedMeeting.callDate()).isEqualTo(OffsetDateTime.parse("2027-08-26T09:00+02:00"));
    assertThat(movedMeeting.agendaSendAt())
        .isEqualTo(OffsetDateTime.parse("2027-09-16T09:00+02:00"));
    assertThat(callTimer(third).getDuedate()).isEqualTo(date("2027-08-26T09:00:00+02:00"));
    assertThat(variable(third.processInstanceId(), "callDate"))
        .isEqualTo("2027-08-26T09:00:00+02:00");
    assertThat(variable(third.processInstanceId(), "agendaSendDate"))
        .isEqualTo("2027-09-16T09:00:00+02:00");
    assertThat(plans.meetings(plan.id()).get(2).startsAt()).isEqualTo(movedMeeting.startsAt());
    assertThat(variable(third.processInstanceId(), "meeting"))
        .as("the meeting's name in its task names moves too")
        .isEqualTo("KLU-møde 23.09.2027");
    assertThat(processOf(movedMeeting).getBusinessKey()).isEqualTo("KLU-møde 23.09.2027");

    // The dialogue meeting: announced three months ahead (3 February), planned, held, summarised.
    kit.at("2027-02-02T12:00:00+01:00");
    assertThat(Mails.ofKind(outbox, "DIALOGUE_ANNOUNCED")).isEmpty();
    kit.at("2027-02-03T09:05:00+01:00");
    assertThat(Mails.ofKind(outbox, "DIALOGUE_ANNOUNCED"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipients())
                  .contains(
                      "praktiserende-laeger@kommune.example",
                      "laegepraksis@kommune.example",
                      "sundhed-og-kultur@kommune.example");
              assertThat(m.subject()).contains("3. maj 2027");
            });
    // The year runs. Meeting 1; once its call went out, it can no longer be moved.
    runMeeting(meetings.get(planned.get(0).meetingId()), Map.of());
    Answer late = rest.post("/api/year-plans/2027/meetings/1", "sekretaer", moveTo("2027-03-18"));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body()).contains("kan ikke længere flyttes", "indkaldelsen");

    // The dialogue meeting is planned (after a reminder), held and summarised.
    kit.at("2027-03-26T09:05:00+01:00");
    assertThat(Mails.ofKind(outbox, "DIALOGUE_PLAN_REMINDER")).hasSize(1);
    String planTask = kit.task(planPi, YearPlanProcess.Element.UserTask_PlanDialogue.id());
    refused("sekretaer", planTask, Map.of("dialoguePlace", "Rådhuset"), "Program");
    complete(
        "sekretaer",
        planTask,
        Map.of(
            "dialoguePlace",
            "Aalborg Kongres & Kultur Center",
            "dialogueProgramme",
            "17.00 Velkomst. 17.15 Tidlig opsporing af demens. 18.00 Dialog."));
    assertThat(Mails.ofKind(outbox, "DIALOGUE_PROGRAMME")).hasSize(1);
    kit.at("2027-05-03T18:05:00+02:00");
    String summaryTask =
        kit.task(planPi, YearPlanProcess.Element.UserTask_WriteDialogueSummary.id());
    complete(
        "sekretaer",
        summaryTask,
        Map.of(
            "dialogueSummary",
            "45 deltagere drøftede opsporing af demens; praksis ønsker et fælles skema.",
            "dialogueParticipants",
            45));
    DialogueMeeting dialogue = plans.dialogue(plan.id()).orElseThrow();
    assertThat(dialogue.announcedAt()).isNotNull();
    assertThat(dialogue.place()).isEqualTo("Aalborg Kongres & Kultur Center");
    assertThat(dialogue.summary()).contains("fælles skema");
    assertThat(dialogue.participants()).isEqualTo(45);
    assertThat(dialogue.archivedAt()).isNotNull();
    assertThat(dialogue.summaryBy()).isEqualTo("sekretaer");

    // Meetings 2 and 3 (3 on its new date).
    runMeeting(meetings.get(planned.get(1).meetingId()), Map.of());
    runMeeting(meetings.get(third.id()), Map.of());
    assertThat(meetings.get(third.id()).phase())
        .isIn(MeetingPhase.MINUTES_PUBLISHED, MeetingPhase.CLOSED);

    // The last meeting; the annual evaluation waits for its minutes, whatever the date.
    Meeting last = meetings.get(planned.get(3).meetingId());
    runMeetingUntilMinutes(last);
    kit.at("2027-12-02T12:00:00+01:00");
    assertThat(evaluations()).isEmpty();
    // Meanwhile the secretariat cannot start the same evaluation by hand as well.
    // (the evaluation here is a stand-in without a form: its start form's rule is asked directly)
    FormRule evaluationStart =
        formRules.stream()
            .filter(r -> r.formId().equals(EvaluationProcess.Form.EVALUATION_START.id()))
            .findFirst()
            .orElseThrow();
    assertThat(
            evaluationStart.validate(
                new FormSubmission(
                    EvaluationProcess.Form.EVALUATION_START.id(),
                    Map.of("year", 2027),
                    null,
                    null,
                    null,
                    EvaluationProcess.KEY,
                    name -> null)))
        .singleElement()
        .asString()
        .contains("startes af årets årshjul");

    // The committee decides next year's topics under "Årshjul for næste år".
    String decision =
        "Strategiske emner 2028: forebyggelse hos børn (møde 1) og lægedækning i yderområder"
            + " (møde 2).";
    writeMinutes(last, Map.of(YearPlanService.YEAR_WHEEL_TITLE, decision));
    assertThat(meetings.get(last.id()).phase())
        .isIn(MeetingPhase.MINUTES_PUBLISHED, MeetingPhase.CLOSED);

    // The last minutes published: the annual evaluation of the whole year starts.
    kit.runDueJobs();
    ProcessInstance evaluation =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("klu-evaluation")
            .singleResult();
    assertThat(evaluation.getBusinessKey()).isEqualTo("evaluation-2027");
    assertThat(engine.getRuntimeService().getVariable(evaluation.getId(), "year")).isEqualTo(2027);

    // The secretariat prepares 2028 from the decision; next year's plan starts from it.
    String prepare = kit.task(planPi, YearPlanProcess.Element.UserTask_PrepareNextYear.id());
    assertThat((String) engine.getTaskService().getVariable(prepare, "yearWheelDecision"))
        .contains("forebyggelse hos børn");
    List<Map<String, Object>> proposal =
        RowSlots.rows(engine.getTaskService().getVariable(prepare, "nextMeetings"));
    assertThat(proposal).hasSize(4);
    assertThat(proposal.get(0))
        .containsEntry("date", "2028-03-09")
        .containsEntry("startTime", "14:00");
    Map<String, Object> next = new LinkedHashMap<>();
    next.put("nextPlanYear", 2028);
    next.put("nextMeetings", proposal);
    next.put("nextDialoguePlanned", false);
    next.put(
        "nextStrategicTopics",
        List.of(
            row("title", "Forebyggelse hos børn", "topic", "BOERN_UNGE", "meetingNumber", "1"),
            row(
                "title",
                "Lægedækning i yderområder",
                "topic",
                "LAEGEDAEKNING",
                "meetingNumber",
                "6")));
    refused("sekretaer", prepare, next, "Strategisk emne 2");
    assertThat(plans.ofYear(2028)).isEmpty();
    ((List<Map<String, Object>>) next.get("nextStrategicTopics")).get(1).put("meetingNumber", "2");
    complete("sekretaer", prepare, next);
    YearPlan plan2028 = plans.ofYear(2028).orElseThrow();
    assertThat(plan2028.createdBy()).isEqualTo("sekretaer");
    assertThat(plans.topics(plan2028.id()))
        .extracting(YearPlanTopic::title)
        .containsExactly("Forebyggelse hos børn", "Lægedækning i yderområder");
    assertThat(plans.ofYear(2027).orElseThrow().nextYearStartedAt()).isNotNull();
    kit.runDueJobs();
    assertThat(plans.meetings(plan2028.id())).allMatch(m -> m.meetingId() != null);

    // The evaluation is done: the year plan ends.
    completeEvaluation(evaluation);
    assertThat(kit.ended(planPi)).isTrue();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  // --- the meeting cycle, as its people do it ------------------------------------------------

  /** One meeting from its call to published minutes; decisions by item title. */
  void runMeeting(Meeting meeting, Map<String, String> decisions) throws Exception {
    runMeetingUntilMinutes(meeting);
    writeMinutes(meeting, decisions);
  }

  void runMeetingUntilMinutes(Meeting meeting) throws Exception {
    String pi = meeting.processInstanceId();
    Meeting m = meetings.get(meeting.id());
    kit.at(m.callDate().plusMinutes(5));
    assertThat(meetings.get(m.id()).phase()).isEqualTo(MeetingPhase.INTAKE_OPEN);
    kit.at(m.itemDeadline().plusMinutes(5));
    List<Map<String, Object>> rows =
        RowSlots.rows(engine.getRuntimeService().getVariable(pi, "agendaItems"));
    complete(
        "formand",
        kit.task(pi, "UserTask_ReviewAgendaChair"),
        Map.of("agendaItems", submitted(rows), "chairDecision", "APPROVE"));
    complete(
        "plo-formand",
        kit.task(pi, "UserTask_ReviewAgendaGpChair"),
        Map.of("agendaItems", submitted(rows), "gpChairDecision", "APPROVE"));
    for (Task task :
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceIdIn(kit.instanceTree(pi).toArray(String[]::new))
            .taskDefinitionKey("UserTask_WriteCasePresentation")
            .list()) {
      complete("sekretaer", task.getId(), Map.of("casePresentation", "Baggrund og indstilling."));
    }
    kit.at(m.agendaSendAt().plusMinutes(5));
    assertThat(meetings.get(m.id()).phase()).isEqualTo(MeetingPhase.AGENDA_SENT);
    kit.at(m.endsAt().plusMinutes(5));
    List<Map<String, Object>> people =
        RowSlots.rows(engine.getRuntimeService().getVariable(pi, "attendance"));
    List<Map<String, Object>> present = new ArrayList<>();
    people.forEach(p -> present.add(row("status", "PRESENT", "replacedBy", "")));
    complete(
        "sekretaer",
        kit.task(pi, "UserTask_RegisterAttendance"),
        Map.of("attendance", present, "additionalGps", List.of()));
  }

  void writeMinutes(Meeting meeting, Map<String, String> decisions) throws Exception {
    String pi = meeting.processInstanceId();
    String write = kit.task(pi, "UserTask_WriteMinutes");
    List<Map<String, Object>> shown =
        RowSlots.rows(engine.getTaskService().getVariable(write, "minutesItems"));
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (Map<String, Object> item : shown) {
      String decision =
          decisions.getOrDefault((String) item.get("title"), "Taget til efterretning.");
      minutes.add(
          row(
              "discussion",
              "Udvalget drøftede punktet.",
              "decision",
              decision,
              "draftAgreement",
              false));
    }
    complete("sekretaer", write, Map.of("minutesItems", minutes, "followUpActions", List.of()));
    complete(
        "formand",
        kit.task(pi, "UserTask_ApproveMinutesChair"),
        Map.of("minutesItems", minutes, "minutesChairDecision", "APPROVE"));
    complete(
        "plo-formand",
        kit.task(pi, "UserTask_ApproveMinutesGpChair"),
        Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    kit.runDueJobs();
  }

  // --- helpers -----------------------------------------------------------------------------

  static Map<String, Object> meeting(String date) {
    return row("date", date, "startTime", "14:00", "endTime", "16:30", "location", "");
  }

  static Map<String, Object> values(List<Map<String, Object>> meetings) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("planYear", 2027);
    values.put("meetings", meetings);
    values.put("dialoguePlanned", false);
    return values;
  }

  static String plan(List<Map<String, Object>> meetings, boolean dialogue, List<Object> topics)
      throws Exception {
    Map<String, Object> values = values(meetings);
    values.put("dialoguePlanned", dialogue);
    if (dialogue) {
      values.put("dialogueDate", "2027-05-03");
    }
    return body(values);
  }

  static String validPlan() throws Exception {
    return body(validPlanValues());
  }

  /** Starts klu-year-plan as the secretariat does in Tasklist, from its start form. */
  Answer startPlan(Map<String, Object> values) throws Exception {
    return rest.post(START, "sekretaer", body(values));
  }

  static Map<String, Object> validPlanValues() {
    Map<String, Object> values =
        values(
            List.of(
                meeting("2027-03-11"),
                meeting("2027-06-10"),
                meeting("2027-09-16"),
                meeting("2027-11-25")));
    values.put("dialoguePlanned", true);
    values.put("dialogueDate", "2027-05-03");
    values.put(
        "strategicTopics",
        List.of(
            row(
                "title",
                "Tidlig opsporing af demens",
                "topic",
                "AELDRE_DEMENS",
                "meetingNumber",
                "2",
                "description",
                "Aftalt på mødet i november 2026."),
            row(
                "title",
                "Fælles forløb for KOL",
                "topic",
                "KRONISK_SYGDOM",
                "meetingNumber",
                "3")));
    return values;
  }

  static String moveTo(String date) throws Exception {
    return JSON.writeValueAsString(Map.of("date", date, "startTime", "14:00", "endTime", "16:00"));
  }

  void assertRefused(String body, String expected) {
    Answer answer = rest.post(START, "sekretaer", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains(expected);
  }

  long meetingInstances() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("klu-meeting")
        .count();
  }

  ProcessInstance processOf(Meeting meeting) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(meeting.processInstanceId())
        .singleResult();
  }

  List<AgendaItem> yearPlanItems(YearPlanMeeting m) {
    return itemRepository.ofMeeting(m.meetingId(), List.of(ItemStatus.ON_AGENDA)).stream()
        .filter(i -> i.source() == ItemSource.YEAR_PLAN)
        .toList();
  }

  Job callTimer(Meeting meeting) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(meeting.processInstanceId())
        .activityId("TimerEvent_CallDate")
        .singleResult();
  }

  List<ProcessInstance> evaluations() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("klu-evaluation")
        .list();
  }

  void completeEvaluation(ProcessInstance evaluation) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(evaluation.getId())
            .singleResult();
    engine.getTaskService().complete(task.getId());
  }

  Object variable(String pi, String name) {
    return engine.getRuntimeService().getVariable(pi, name);
  }

  static Date date(String iso) {
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }
}
