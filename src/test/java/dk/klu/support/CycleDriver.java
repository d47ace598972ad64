package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.process.RowSlots;
import dk.klu.support.RestClient.Answer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
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
 * executor would. The driver's own look-ups (which task is open, a variable) go through the engine
 * API inside {@link #harness}, so a benchmark can leave them out of what it counts.
 *
 * <p>Used by {@code MeetingCycleTest} (one scripted cycle with every branch) and by the benchmark
 * ({@link #runCycle}: a plain cycle with a given number of items, every task completed).
 */
public final class CycleDriver {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient rest;
  private final ProcessEngine engine;
  private final Backstage backstage;

  /** Opened around the driver's own look-ups; a benchmark pauses its counters there. */
  private final Supplier<AutoCloseable> harness;

  /** On an engine in this JVM. */
  public CycleDriver(RestClient rest, ProcessEngine engine) {
    this(rest, engine, () -> () -> {});
  }

  /** On an engine in this JVM; {@code harness} is opened around the driver's own look-ups. */
  public CycleDriver(RestClient rest, ProcessEngine engine, Supplier<AutoCloseable> harness) {
    this.rest = rest;
    this.engine = engine;
    this.harness = harness;
    this.backstage = new Backstage.InProcess(engine, harness);
  }

  /**
   * On an application in another process, reached through {@code backstage}: only {@link #runCycle}
   * and the REST actions are available.
   */
  public CycleDriver(RestClient rest, Backstage backstage) {
    this.rest = rest;
    this.engine = null;
    this.harness = () -> () -> {};
    this.backstage = backstage;
  }

  public Backstage backstage() {
    return backstage;
  }

  public RestClient rest() {
    return rest;
  }

  // --- time and jobs -------------------------------------------------------------------------

  public void clock(String time) {
    clock(OffsetDateTime.parse(time));
  }

  public void clock(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
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

  // --- what people do over REST --------------------------------------------------------------

  /** The secretariat plans a meeting (local date and time, e.g. {@code 2027-03-11T14:00}). */
  public Answer startMeeting(String start) throws Exception {
    return rest.post(
        "/engine-rest/process-definition/key/klu-meeting/submit-form",
        "sekretaer",
        body(meetingValues(start)));
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
  public String submitItem(String user, String title, String topic, String kind) throws Exception {
    return submitItem(user, title, topic, kind, 15);
  }

  public String submitItem(String user, String title, String topic, String kind, int minutes)
      throws Exception {
    return submitItem(user, itemValues(title, topic, kind, minutes));
  }

  /** A member submits an agenda item with the given start form values; its process instance. */
  public String submitItem(String user, Map<String, Object> values) throws Exception {
    Answer answer =
        rest.post(
            "/engine-rest/process-definition/key/klu-agenda-item/submit-form", user, body(values));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("id").asText();
  }

  public Answer submit(String user, String taskId, Map<String, Object> values) throws Exception {
    return rest.post("/engine-rest/task/" + taskId + "/submit-form", user, body(values));
  }

  public void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    Answer answer = submit(user, taskId, values);
    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
  }

  // --- look-ups (harness) --------------------------------------------------------------------

  public Object variable(String processInstanceId, String name) {
    return quietly(
        () ->
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(name)
                .list()
                .stream()
                .findFirst()
                .map(v -> v.getValue())
                .orElse(null));
  }

  public long itemId(String itemPi) {
    return ((Number) variable(itemPi, "itemId")).longValue();
  }

  public boolean ended(String processInstanceId) {
    return quietly(
        () ->
            engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .count()
                == 0);
  }

  public List<Task> tasks(String key) {
    return quietly(() -> engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list());
  }

  public Task single(String key) {
    List<Task> found = tasks(key);
    assertThat(found).as(key).hasSize(1);
    return found.get(0);
  }

  public String task(String processInstanceId, String key) {
    return quietly(
        () ->
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult()
                .getId());
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

  public List<Map<String, Object>> agendaRows(String meetingPi) {
    return quietly(
        () -> RowSlots.rows(engine.getRuntimeService().getVariable(meetingPi, "agendaItems")));
  }

  private List<Map<String, Object>> taskRows(String taskId, String name) {
    return backstage.rows(taskId, name);
  }

  private <T> T quietly(Supplier<T> lookUp) {
    try (AutoCloseable quiet = harness.get()) {
      return lookUp.get();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
    Answer started = startMeeting(start);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String meetingPi = JSON.readTree(started.body()).get("id").asText();
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
              .filter(open -> cycle.processInstanceIds().contains(open.processInstanceId()))
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
                    row(
                        "itemPosition",
                        1,
                        "description",
                        "Undersøg sagen og meld tilbage",
                        "owner",
                        "sekretaer",
                        "dueDate",
                        actionDue))));
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
   * {"r1": {...}, ...}.
   */
  public static String body(Map<String, Object> values) throws Exception {
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
