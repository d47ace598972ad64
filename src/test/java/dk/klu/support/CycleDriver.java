package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.meeting.Meeting;
import dk.klu.process.RowSlots;
import dk.klu.support.RestClient.Answer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives meeting cycles as their people do: every start and task completion goes over the REST API
 * as the user with the forms' variables, the clock is moved and due jobs are run as the job
 * executor would (through {@link ProcessTestKit}). The driver's own look-ups (which task is open, a
 * variable) go through the engine API inside the harness given to it, so a benchmark can leave them
 * out of what it counts.
 *
 * <p>Used by {@code MeetingCycleTest} (one scripted cycle with every branch), by the tests that
 * need a meeting at a given point of its cycle ({@link #planMeeting}, {@link #toMinutesApproval}),
 * by the browser tests (the dated meeting of 11 March 2027) and by the benchmark ({@link
 * #runCycle}: a plain cycle with a given number of items, every task completed).
 */
public final class CycleDriver {

  public static final ObjectMapper JSON = new ObjectMapper();

  /*
   * One meeting on Thursday 11 March 2027 (the dates of the rules of procedure: call on 11
   * February, item deadline 25 February, agenda sent 4 March).
   */

  /** The meeting's start as the start form writes it. */
  public static final String MEETING_START = "2027-03-11T14:00";

  public static final String PLANNING_TIME = "2027-01-04T10:00:00+01:00";
  public static final String AFTER_CALL = "2027-02-11T09:30:00+01:00";
  public static final String AFTER_DEADLINE = "2027-02-25T12:30:00+01:00";
  public static final String AFTER_AGENDA_DATE = "2027-03-04T09:05:00+01:00";
  public static final String AFTER_MEETING = "2027-03-11T17:00:00+01:00";

  private final RestClient rest;
  private final ProcessEngine engine;
  private final ProcessTestKit kit;
  private final Backstage backstage;

  /** On an engine in this JVM. */
  public CycleDriver(RestClient rest, ProcessEngine engine) {
    this(rest, engine, () -> () -> {});
  }

  /**
   * On an engine in this JVM; {@code harness} is opened around the driver's own look-ups, where a
   * benchmark pauses its counters.
   */
  public CycleDriver(RestClient rest, ProcessEngine engine, Supplier<AutoCloseable> harness) {
    this.rest = rest;
    this.engine = engine;
    this.kit = new ProcessTestKit(engine, harness);
    this.backstage = new Backstage.InProcess(kit);
  }

  /**
   * On an application in another process, reached through {@code backstage}: only {@link #runCycle}
   * and the REST actions are available.
   */
  public CycleDriver(RestClient rest, Backstage backstage) {
    this.rest = rest;
    this.engine = null;
    this.kit = null;
    this.backstage = backstage;
  }

  public Backstage backstage() {
    return backstage;
  }

  public RestClient rest() {
    return rest;
  }

  /** The engine-level helpers on this driver's engine (in this JVM only). */
  public ProcessTestKit kit() {
    return kit;
  }

  // --- time and jobs -------------------------------------------------------------------------

  /** Sets the engine's (and so the domain's) clock. */
  public static void clock(String time) {
    ProcessTestKit.clock(time);
  }

  public static void clock(OffsetDateTime time) {
    ProcessTestKit.clock(time);
  }

  /** Runs every job that is due now, as the job executor would, until none is left. */
  public void runDueJobs() {
    backstage.runDueJobs();
  }

  /**
   * Moves the clock to the earliest timer that is not yet due (a minute past it) and runs what is
   * due then. False when no timer is waiting.
   */
  public boolean advanceToNextTimer() {
    return backstage.advanceToNextTimer();
  }

  /** Moves the clock to {@code time} and runs what is then due. */
  public void at(String time) {
    clock(time);
    runDueJobs();
  }

  /** Moves the clock to {@code time} and runs what is then due in one process instance. */
  public void at(OffsetDateTime time, String processInstanceId) {
    clock(time);
    kit.runDueJobs(processInstanceId);
  }

  // --- what people do over REST --------------------------------------------------------------

  /** The secretariat plans a meeting (local date and time, e.g. {@code 2027-03-11T14:00}). */
  public Answer startMeeting(String start) {
    return rest.post(
        "/engine-rest/process-definition/key/klu-meeting/submit-form",
        "sekretaer",
        body(meetingValues(start)));
  }

  /** The secretariat plans a meeting; its process instance id. */
  public String plan(String start) {
    Answer started = startMeeting(start);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return read(started.body(), "id");
  }

  /** Plans the meeting of 11 March 2027 on 4 January; returns its process instance id. */
  public String planMeeting() {
    clock(PLANNING_TIME);
    return plan(MEETING_START);
  }

  /** The meeting start form's values. */
  public static Map<String, Object> meetingValues(String start) {
    return Map.of("meetingStart", start, "meetingLocation", "Rådhuset, mødelokale 2");
  }

  /** The item start form's values, with 15 expected minutes. */
  public static Map<String, Object> itemValues(String title, String topic, String kind) {
    return itemValues(title, topic, kind, 15);
  }

  public static Map<String, Object> itemValues(
      String title, String topic, String kind, int minutes) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("itemTitle", title);
    values.put("itemTopic", topic);
    values.put("itemDescription", "Beskrivelse af emnet, så udvalget kan forstå det.");
    values.put("itemDiscussionPoints", "Hvad gør vi?");
    values.put("itemApproach", "Kort oplæg og drøftelse");
    values.put("itemJustification", "Det angår både kommunen og almen praksis.");
    values.put("itemRequestedKind", kind);
    values.put("itemExpectedMinutes", minutes);
    return values;
  }

  /** A member submits an agenda item; the item's process instance id. */
  public String submitItem(String user, String title, String topic, String kind) {
    return submitItem(user, title, topic, kind, 15);
  }

  public String submitItem(String user, String title, String topic, String kind, int minutes) {
    return submitItem(user, itemValues(title, topic, kind, minutes));
  }

  /** A member submits an agenda item with the given start form values; its process instance. */
  public String submitItem(String user, Map<String, Object> values) {
    Answer answer =
        rest.post(
            "/engine-rest/process-definition/key/klu-agenda-item/submit-form", user, body(values));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return read(answer.body(), "id");
  }

  public Answer submit(String user, String taskId, Map<String, Object> values) {
    return rest.submitForm(user, taskId, body(values));
  }

  public void complete(String user, String taskId, Map<String, Object> values) {
    Answer answer = submit(user, taskId, values);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  // --- steps of the dated meeting (in this JVM) ----------------------------------------------

  /** Every triage task: the item goes on the agenda. */
  public void triageAllOnAgenda() {
    for (Task triage : tasks("UserTask_TriageItem")) {
      complete("sekretaer", triage.getId(), Map.of("triageOutcome", "ON_AGENDA"));
    }
  }

  /**
   * The secretariat refers an item at its triage (or its assessment between intakes): without
   * saying where to, the form is refused (the field is required); then it is completed with {@code
   * referral}, the text the submitter is sent.
   */
  public void refer(String taskId, String referral) {
    Answer noReferral = submit("sekretaer", taskId, Map.of("triageOutcome", "REFERRED"));
    assertThat(noReferral.status()).isEqualTo(400);
    assertThat(noReferral.body())
        .contains("Feltet \\\"Henvist til (sendes til indsender)\\\" skal udfyldes");
    complete("sekretaer", taskId, Map.of("triageOutcome", "REFERRED", "triageReferral", referral));
  }

  /** Both chairs approve the meeting's agenda as proposed. */
  public void approveAgenda(String meetingPi) {
    bothChairsApprove(
        meetingPi,
        "UserTask_ReviewAgenda",
        "agendaItems",
        submitted(agendaRows(meetingPi)),
        "chairDecision",
        "gpChairDecision");
  }

  /** Both chairs approve the meeting's minutes as written. */
  public void approveMinutes(String meetingPi, List<Map<String, Object>> minutes) {
    bothChairsApprove(
        meetingPi,
        "UserTask_ApproveMinutes",
        "minutesItems",
        minutes,
        "minutesChairDecision",
        "minutesGpChairDecision");
  }

  /**
   * The chair approves in the meeting's task {@code task + "Chair"}, then the GP chair in {@code
   * task + "GpChair"}, each sending back the {@code rows} and their own decision.
   */
  private void bothChairsApprove(
      String meetingPi,
      String task,
      String rowsVariable,
      List<Map<String, Object>> rows,
      String chairDecision,
      String gpChairDecision) {
    complete(
        "formand",
        single(meetingPi, task + "Chair").getId(),
        Map.of(rowsVariable, rows, chairDecision, "APPROVE"));
    complete(
        "plo-formand",
        single(meetingPi, task + "GpChair").getId(),
        Map.of(rowsVariable, rows, gpChairDecision, "APPROVE"));
  }

  /** After the meeting the secretariat registers everybody present and writes the minutes. */
  private void registerAttendanceAndWriteMinutes(
      String meetingPi, List<Map<String, Object>> minutes) {
    registerAttendance(meetingPi);
    writeMinutes(meetingPi, minutes);
  }

  private void registerAttendance(String meetingPi) {
    complete(
        "sekretaer",
        single(meetingPi, "UserTask_RegisterAttendance").getId(),
        Map.of("attendance", allPresent(meetingPi)));
  }

  private void writeMinutes(String meetingPi, List<Map<String, Object>> minutes) {
    complete(
        "sekretaer",
        single(meetingPi, "UserTask_WriteMinutes").getId(),
        Map.of("minutesItems", minutes, "followUpActions", List.of()));
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
    approveMinutes(meetingPi, holdMeetingAndWriteMinutes(meetingPi));
    runDueJobs();
  }

  /**
   * After the meeting: everybody present, minutes for every agenda row; the chairs' approvals wait.
   * Returns the rows written.
   */
  public List<Map<String, Object>> holdMeetingAndWriteMinutes(String meetingPi) {
    at(AFTER_MEETING);
    registerAttendance(meetingPi);
    List<Map<String, Object>> minutes = new ArrayList<>();
    String write = single(meetingPi, "UserTask_WriteMinutes").getId();
    for (int i = 0; i < taskRows(write, "minutesItems").size(); i++) {
      minutes.add(minutesRow(false));
    }
    writeMinutes(meetingPi, minutes);
    return minutes;
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

  /**
   * A meeting without submitted items (the four standing topics) from its start to the chairs'
   * approval of the minutes, only its own jobs run: call, deadline, both chairs approve the agenda,
   * case presentations, agenda sent, meeting held, attendance and minutes written (the first row
   * marked as a draft agreement when asked). Returns the minutes rows submitted.
   */
  public List<Map<String, Object>> toMinutesApproval(
      Meeting meeting, String meetingPi, boolean draftAgreement) {
    at(meeting.callDate().plusMinutes(30), meetingPi);
    at(meeting.itemDeadline().plusMinutes(30), meetingPi);

    List<Map<String, Object>> rows = agendaRows(meetingPi);
    approveAgenda(meetingPi);
    for (Task task : tasks(meetingPi, "UserTask_WriteCasePresentation")) {
      complete("sekretaer", task.getId(), Map.of("casePresentation", "Baggrund og indstilling."));
    }
    at(meeting.agendaSendAt().plusMinutes(5), meetingPi);
    at(meeting.endsAt().plusHours(1), meetingPi);

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
    registerAttendanceAndWriteMinutes(meetingPi, minutes);
    return minutes;
  }

  /** Every person of the meeting's attendance list present. */
  private List<Map<String, Object>> allPresent(String meetingPi) {
    List<Map<String, Object>> registered = new ArrayList<>();
    int people =
        quietly(
            () ->
                RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "attendance"))
                    .size());
    for (int i = 0; i < people; i++) {
      registered.add(row("status", "PRESENT", "replacedBy", ""));
    }
    return registered;
  }

  // --- look-ups (harness) --------------------------------------------------------------------

  public Object variable(String processInstanceId, String name) {
    return kit.variable(processInstanceId, name);
  }

  public long itemId(String itemPi) {
    return ((Number) variable(itemPi, "itemId")).longValue();
  }

  public long meetingId(String meetingPi) {
    return ((Number) variable(meetingPi, "meetingId")).longValue();
  }

  public boolean ended(String processInstanceId) {
    return kit.ended(processInstanceId);
  }

  public List<Task> tasks(String key) {
    return kit.tasks(key);
  }

  public List<Task> tasks(String processInstanceId, String key) {
    return kit.tasks(processInstanceId, key);
  }

  public Task single(String key) {
    return kit.single(key);
  }

  /** The one open task with the key in the process instance (asserted to be the only one). */
  public Task single(String processInstanceId, String key) {
    List<Task> found = tasks(processInstanceId, key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  public String task(String processInstanceId, String key) {
    return kit.task(processInstanceId, key);
  }

  public String triageTask(String itemPi) {
    long itemId = itemId(itemPi);
    return quietly(
        () ->
            tasks("UserTask_TriageItem").stream()
                .filter(
                    t ->
                        ((Number) engine.getTaskService().getVariable(t.getId(), "itemId"))
                                .longValue()
                            == itemId)
                .findFirst()
                .orElseThrow()
                .getId());
  }

  /**
   * The agenda's rows while the chairs review it (in the agenda preparation the meeting called).
   */
  public List<Map<String, Object>> agendaRows(String meetingPi) {
    return quietly(
        () ->
            kit.instanceTree(meetingPi).stream()
                .map(pi -> engine.getRuntimeService().getVariable(pi, "agendaItems"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(RowSlots::rows)
                .orElse(List.of()));
  }

  private List<Map<String, Object>> taskRows(String taskId, String name) {
    return backstage.rows(taskId, name);
  }

  private <T> T quietly(Supplier<T> lookUp) {
    return kit.quietly(lookUp);
  }

  // --- a whole plain cycle -------------------------------------------------------------------

  /** What one cycle did. */
  public record Cycle(
      String start, String meetingProcessInstanceId, List<String> itemProcessInstanceIds) {
    public List<String> processInstanceIds() {
      List<String> all = new ArrayList<>(itemProcessInstanceIds);
      all.add(0, meetingProcessInstanceId);
      return all;
    }
  }

  /**
   * The next meeting date the secretariat would choose: six weeks after the engine's clock, on a
   * working day, at 14:00.
   */
  /**
   * The first meeting start from six weeks ahead that the application's rules accept (around Easter
   * and Christmas the holidays can leave no room for a whole cycle), e.g. {@code s ->
   * meetingService.checkStart(s).isEmpty()}.
   */
  public static String nextMeetingStart(java.util.function.Predicate<String> plannable) {
    String start = nextMeetingStart();
    for (int i = 0; i < 60 && !plannable.test(start); i++) {
      java.time.LocalDate day = java.time.LocalDate.parse(start.substring(0, 10)).plusDays(1);
      while (dk.klu.rules.DanishHolidays.isNonWorkingDay(day)) {
        day = day.plusDays(1);
      }
      start = day + "T14:00";
    }
    return start;
  }

  public static String nextMeetingStart() {
    java.time.LocalDate day =
        ClockUtil.getCurrentTime()
            .toInstant()
            .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
            .toLocalDate()
            .plusWeeks(6);
    while (dk.klu.rules.DanishHolidays.isNonWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day + "T14:00";
  }

  /**
   * One whole meeting cycle with {@code items} agenda items: planned by the secretariat ({@code
   * start} is the meeting's local date and time, which must be a working day), the call on its
   * date, the items submitted by two GPs, every item put on the agenda, both chairs approve, one
   * case presentation per agenda row, the agenda sent, attendance (and the GPs' fee list it starts,
   * approved), minutes with one follow-up action, both chairs approve the minutes, the action
   * followed up. Every task is completed over REST as its user; when nothing is to be done the
   * clock moves to the next timer. The clock must be before the call date.
   */
  public Cycle runCycle(String start, int items) throws Exception {
    Cycle cycle = startCycle(start, items);
    finishCycle(cycle);
    return cycle;
  }

  /** Plans the meeting, waits for the call and submits the items; the intake is then open. */
  public Cycle startCycle(String start, int items) throws Exception {
    String meetingPi = plan(start);
    // Nothing to do until the call goes out.
    assertThat(advanceToNextTimer()).as("the call's timer").isTrue();
    List<String> itemPis = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      itemPis.add(
          submitItem(
              i % 2 == 0 ? "laege" : "laege2",
              "Punkt " + (i + 1) + " om samarbejdet",
              "KOMMUNIKATION",
              i % 3 == 0 ? "INFORMATION" : "DECISION",
              5));
    }
    return new Cycle(start, meetingPi, itemPis);
  }

  /** Moves time on until someone has a task (the triage after the intake deadline). */
  public List<Backstage.OpenTask> advanceUntilTasks() {
    for (int step = 0; step < 50; step++) {
      backstage.runDueJobs();
      List<Backstage.OpenTask> open = backstage.openTasks();
      if (!open.isEmpty() || !advanceToNextTimer()) {
        return open;
      }
    }
    throw new IllegalStateException("no task appeared");
  }

  /** What a test does with an open task. */
  public enum Reply {
    /** The test completed it itself. */
    ANSWERED,
    /** Left open for now (the test completes it later). */
    WAIT,
    /** Completed as in the plain cycle. */
    PLAIN
  }

  /** A test's answer to an open task. */
  @FunctionalInterface
  public interface Replier {
    Reply reply(Backstage.OpenTask task) throws Exception;
  }

  /**
   * Completes open tasks as their users until {@code done} holds: {@code replier} answers the tasks
   * a test scripts (or keeps them waiting), the plain cycle's answers the others; when nobody did
   * anything, time moves to the next timer. Returns {@code done} at the end: false when no timer
   * was left or after {@code maxSteps} rounds.
   */
  public boolean drive(String actionDue, Replier replier, BooleanSupplier done, int maxSteps)
      throws Exception {
    for (int step = 0; step < maxSteps; step++) {
      backstage.runDueJobs();
      if (done.getAsBoolean()) {
        return true;
      }
      boolean acted = false;
      for (Backstage.OpenTask task : backstage.openTasks()) {
        Reply reply = replier.reply(task);
        if (reply == Reply.PLAIN) {
          completeAsItsUser(task, actionDue);
        }
        acted |= reply != Reply.WAIT;
      }
      if (done.getAsBoolean()) {
        return true; // before time moves on
      }
      if (!acted && !advanceToNextTimer()) {
        break;
      }
    }
    return done.getAsBoolean();
  }

  /** Completes every task as its user, moving time on when nobody has anything to do. */
  public void finishCycle(Cycle cycle) throws Exception {
    drive(actionDue(cycle), task -> Reply.PLAIN, () -> false, steps(cycle));
    assertThat(backstage.ended(cycle.meetingProcessInstanceId()))
        .as("the meeting process ended")
        .isTrue();
    for (String itemPi : cycle.itemProcessInstanceIds()) {
      assertThat(backstage.ended(itemPi)).as("item process %s ended", itemPi).isTrue();
    }
    assertThat(backstage.incidents()).as("incidents").isZero();
  }

  /**
   * Completes the cycle's tasks as their users, moving time on when nobody has anything to do,
   * until a task with the key is open in one of the cycle's processes; that task's id (left open).
   */
  public String driveUntil(Cycle cycle, String taskKey) throws Exception {
    String[] found = {null};
    drive(
        actionDue(cycle),
        task -> {
          // once the task is open, nothing else is completed (not even in the same round)
          backstage.openTasks().stream()
              .filter(open -> open.key().equals(taskKey))
              .filter(open -> inCycle(cycle).contains(open.processInstanceId()))
              .findFirst()
              .ifPresent(open -> found[0] = open.id());
          return found[0] != null ? Reply.WAIT : Reply.PLAIN;
        },
        () -> found[0] != null,
        steps(cycle));
    if (found[0] == null) {
      throw new IllegalStateException("no task " + taskKey + " appeared");
    }
    return found[0];
  }

  /** The cycle's process instances and the steps they called (triage, agenda, follow-up). */
  private List<String> inCycle(Cycle cycle) {
    return quietly(
        () ->
            cycle.processInstanceIds().stream()
                .flatMap(pi -> kit.instanceTree(pi).stream())
                .toList());
  }

  private static String actionDue(Cycle cycle) {
    return java.time.LocalDateTime.parse(cycle.start())
        .plusWeeks(5)
        .toLocalDate()
        .format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  private static int steps(Cycle cycle) {
    return 10 * cycle.itemProcessInstanceIds().size() + 200;
  }

  private void completeAsItsUser(Backstage.OpenTask task, String actionDue) throws Exception {
    String id = task.id();
    switch (task.key()) {
      case "UserTask_TriageItem" -> complete("sekretaer", id, Map.of("triageOutcome", "ON_AGENDA"));
      // an item submitted between intakes is kept for the next agenda
      case "UserTask_AssessQueuedItem" ->
          complete("sekretaer", id, Map.of("triageOutcome", "NEXT_AGENDA"));
      // an item that arrived after the deadline waits for the next meeting
      case "UserTask_DecideLateItem" ->
          complete("sekretaer", id, Map.of("lateDecision", "NEXT_MEETING"));
      case "UserTask_ReviewAgendaChair" ->
          complete(
              "formand",
              id,
              Map.of(
                  "agendaItems",
                  submitted(taskRows(id, "agendaItems")),
                  "chairDecision",
                  "APPROVE"));
      case "UserTask_ReviewAgendaGpChair" ->
          complete(
              "plo-formand",
              id,
              Map.of(
                  "agendaItems",
                  submitted(taskRows(id, "agendaItems")),
                  "gpChairDecision",
                  "APPROVE"));
      case "UserTask_WriteCasePresentation" ->
          complete(
              "sekretaer",
              id,
              Map.of("casePresentation", "Baggrund, ønske og indstilling til udvalget."));
      case "UserTask_RegisterAttendance" -> {
        List<Map<String, Object>> present = new ArrayList<>();
        for (int i = 0; i < taskRows(id, "attendance").size(); i++) {
          present.add(row("status", "PRESENT", "replacedBy", ""));
        }
        complete("sekretaer", id, Map.of("attendance", present));
      }
      case "UserTask_WriteMinutes" -> {
        List<Map<String, Object>> minutes = new ArrayList<>();
        for (int i = 0; i < taskRows(id, "minutesItems").size(); i++) {
          minutes.add(minutesRow(false));
        }
        complete(
            "sekretaer",
            id,
            Map.of(
                "minutesItems",
                minutes,
                "followUpActions",
                List.of(
                    followUpAction(
                        minutesNumber(id, 1), "Undersøg sagen og meld tilbage", actionDue))));
      }
      case "UserTask_ApproveMinutesChair" ->
          complete(
              "formand",
              id,
              Map.of(
                  "minutesItems",
                  minuteRows(taskRows(id, "minutesItems")),
                  "minutesChairDecision",
                  "APPROVE"));
      case "UserTask_ApproveMinutesGpChair" ->
          complete(
              "plo-formand",
              id,
              Map.of(
                  "minutesItems",
                  minuteRows(taskRows(id, "minutesItems")),
                  "minutesGpChairDecision",
                  "APPROVE"));
      case "UserTask_ApproveFeeList" -> complete("sekretaer", id, Map.of("feeDecision", "APPROVE"));
      case "UserTask_FollowUpAction" ->
          complete("sekretaer", id, Map.of("followUpNote", "Sagen er undersøgt og meldt tilbage."));
      default ->
          throw new IllegalStateException("The plain cycle has no answer for task " + task.key());
    }
  }

  /**
   * A follow-up action of the minutes for the secretariat, under the agenda item with the number
   * (2.1, 3.1, … as on the agenda).
   */
  public static Map<String, Object> followUpAction(
      String itemNumber, String description, String due) {
    return row(
        "itemNumber", itemNumber, "description", description, "owner", "sekretaer", "dueDate", due);
  }

  /** The agenda number (2.1, 3.1, …) of the minutes form's row at the position (from 1). */
  public String minutesNumber(String taskId, int position) {
    return String.valueOf(taskRows(taskId, "minutesItems").get(position - 1).get("number"));
  }

  /** One item's row of the plain minutes, with or without a draft agreement. */
  public static Map<String, Object> minutesRow(boolean draftAgreement) {
    return row(
        "discussion",
        "Udvalget drøftede punktet.",
        "decision",
        "Taget til efterretning.",
        "draftAgreement",
        draftAgreement);
  }

  /** What the chairs submit of the minutes list: the text fields of each row as they are. */
  private static List<Map<String, Object>> minuteRows(List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      out.add(
          row(
              "discussion",
              r.getOrDefault("discussion", ""),
              "decision",
              r.getOrDefault("decision", ""),
              "draftAgreement",
              Boolean.TRUE.equals(r.get("draftAgreement"))));
    }
    return out;
  }

  // --- request bodies ------------------------------------------------------------------------

  /** What Tasklist submits of the agenda list: only the edited fields of each row. */
  public static List<Map<String, Object>> submitted(List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> edited = new LinkedHashMap<>();
      for (String field : List.of("include", "position", "kind", "minutes")) {
        edited.put(field, r.get(field));
      }
      out.add(edited);
    }
    return out;
  }

  public static int indexOfStanding(List<Map<String, Object>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (Boolean.TRUE.equals(rows.get(i).get("standing"))) {
        return i;
      }
    }
    throw new IllegalStateException("no standing topic");
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
   * {"r1": {...}, ...} (from a list of rows, or given as a map of slots).
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
        } else if (entry.getValue() instanceof Map<?, ?> slots) {
          variables.put(
              entry.getKey(), Map.of("type", "Json", "value", JSON.writeValueAsString(slots)));
        } else {
          variables.put(entry.getKey(), Map.of("value", entry.getValue()));
        }
      }
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String json, String field) {
    try {
      return JSON.readTree(json).get(field).asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(json, e);
    }
  }
}
