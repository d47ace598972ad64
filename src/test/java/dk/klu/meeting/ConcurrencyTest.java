package dk.klu.meeting;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.CycleDriver.itemValues;
import static dk.klu.support.ProcessTestKit.clock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.RestClient.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reliability, concurrency: many people at once, over REST as the demo people, while the engine's
 * own jobs run. Runs on H2 and PostgreSQL.
 *
 * <ul>
 *   <li>Fault injected: 200 agenda items submitted in parallel (16 client threads, members {@code
 *       laege} and {@code laege2}) while the item deadline's timer job is executed in another
 *       thread in the middle of them. Asserts: every submission answered 200; every item stored
 *       exactly once; each either in this meeting with exactly one triage task, or explicitly late
 *       (status LATE, a decision task for the secretariat); no item without a place; no incident.
 *   <li>Fault injected: both chairs approve the minutes at the same moment (their two completions
 *       released together by a barrier), and the chair's approval is submitted twice at once (a
 *       double click). Asserts: both chairs get 204, a duplicate gets a 4xx with a Danish message
 *       and never a 500 for an optimistic-locking conflict; the minutes are published once; no
 *       incident.
 * </ul>
 */
abstract class ConcurrencyTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int ITEMS = 200;

  @Autowired MeetingService meetings;
  @Autowired JdbcTemplate jdbc;
  CycleDriver cycle;

  @BeforeEach
  void setUp() {
    cycle = new CycleDriver(rest, engine);
  }

  @Test
  void twoHundredItemsWhileTheDeadlineFires() throws Exception {
    clock("2027-01-04T10:00:00+01:00");
    String meetingPi = cycle.plan("2027-03-11T14:00");
    long meetingId = ((Number) kit.variable(meetingPi, "meetingId")).longValue();
    clock("2027-02-11T09:30:00+01:00");
    kit.runDueJobs(meetingPi);
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.INTAKE_OPEN);
    Job deadline =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(meetingPi)
            .activityId("TimerEvent_ItemDeadline")
            .singleResult();
    assertThat(deadline).isNotNull();
    clock("2027-02-25T12:00:00+01:00");

    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch halfway = new CountDownLatch(ITEMS / 3);
    AtomicInteger failures = new AtomicInteger();
    List<Future<Answer>> answers = new ArrayList<>();
    try {
      Future<?> timer =
          pool.submit(
              () -> {
                halfway.await();
                engine.getManagementService().executeJob(deadline.getId());
                return null;
              });
      for (int i = 1; i <= ITEMS; i++) {
        String title = String.format("Samtidigt punkt %03d", i);
        String user = i % 2 == 0 ? "laege" : "laege2";
        Callable<Answer> submit =
            () -> {
              try {
                Answer answer =
                    rest.post(
                        "/engine-rest/process-definition/key/klu-agenda-item/submit-form",
                        user,
                        body(itemValues(title, "KOMMUNIKATION", "DECISION")));
                if (answer.status() != 200) {
                  failures.incrementAndGet();
                }
                return answer;
              } finally {
                halfway.countDown();
              }
            };
        answers.add(pool.submit(submit));
      }
      timer.get(5, TimeUnit.MINUTES);
      for (Future<Answer> answer : answers) {
        Answer a = answer.get(5, TimeUnit.MINUTES);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).hasValue(0);
    assertThat(meetings.get(meetingId).phase()).isEqualTo(MeetingPhase.INTAKE_CLOSED);

    // Every item exactly once, in a place that someone will act on.
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT id, title, meeting_id, status, late, process_instance_id FROM klu_agenda_item"
                + " WHERE title LIKE 'Samtidigt punkt %' ORDER BY title");
    assertThat(rows).hasSize(ITEMS);
    assertThat(rows.stream().map(r -> r.get("title")).distinct()).hasSize(ITEMS);
    Map<Long, Long> triageTasks = new HashMap<>();
    for (Task task :
        engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_TriageItem").list()) {
      long itemId =
          ((Number) engine.getTaskService().getVariable(task.getId(), "itemId")).longValue();
      triageTasks.merge(itemId, 1L, Long::sum);
    }
    int inMeeting = 0;
    int late = 0;
    for (Map<String, Object> row : rows) {
      long id = ((Number) row.get("id")).longValue();
      String pi = (String) row.get("process_instance_id");
      String status = (String) row.get("status");
      assertThat(pi).as("item %s has its process", id).isNotNull();
      assertThat(((Number) kit.variable(pi, "itemId")).longValue()).isEqualTo(id);
      assertThat(((Number) row.get("meeting_id")).longValue()).isEqualTo(meetingId);
      if ("SUBMITTED".equals(status)) {
        inMeeting++;
        assertThat(kit.variable(pi, "itemPlacement")).isEqualTo("OPEN");
        assertThat(triageTasks.get(id)).as("triage tasks of item %s", id).isEqualTo(1L);
      } else {
        late++;
        assertThat(status).as("item %s", id).isEqualTo("LATE");
        assertThat(row.get("late")).isEqualTo(true);
        assertThat(kit.variable(pi, "itemPlacement")).isEqualTo("LATE");
        assertThat(triageTasks).doesNotContainKey(id);
        assertThat(
                engine
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceId(pi)
                    .taskDefinitionKey(AgendaItemProcess.Element.UserTask_DecideLateItem.id())
                    .count())
            .as("late item %s waits for the secretariat's decision", id)
            .isOne();
      }
    }
    System.out.printf(
        "Concurrency: %d items in the meeting, %d late, of %d submitted%n", inMeeting, late, ITEMS);
    assertThat(inMeeting + late).isEqualTo(ITEMS);
    assertThat(triageTasks.values()).allMatch(n -> n == 1L);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void bothChairsApproveTheMinutesAtTheSameMoment() throws Exception {
    clock("2028-01-03T10:00:00+01:00");
    String meetingPi = cycle.plan("2028-03-09T14:00");
    long meetingId = cycle.meetingId(meetingPi);
    List<Map<String, Object>> minutes =
        cycle.toMinutesApproval(meetings.get(meetingId), meetingPi, false);

    // Both chairs at the same moment, and the chair's approval sent twice (a double click).
    String chairTask = cycle.single(meetingPi, "UserTask_ApproveMinutesChair").getId();
    String gpChairTask = cycle.single(meetingPi, "UserTask_ApproveMinutesGpChair").getId();
    String chairBody = body(Map.of("minutesItems", minutes, "minutesChairDecision", "APPROVE"));
    String gpChairBody = body(Map.of("minutesItems", minutes, "minutesGpChairDecision", "APPROVE"));
    CyclicBarrier together = new CyclicBarrier(3);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Answer> answers;
    try {
      Future<Answer> chair = pool.submit(at(together, "formand", chairTask, chairBody));
      Future<Answer> again = pool.submit(at(together, "formand", chairTask, chairBody));
      Future<Answer> gpChair = pool.submit(at(together, "plo-formand", gpChairTask, gpChairBody));
      answers =
          List.of(
              chair.get(2, TimeUnit.MINUTES),
              again.get(2, TimeUnit.MINUTES),
              gpChair.get(2, TimeUnit.MINUTES));
    } finally {
      pool.shutdownNow();
    }
    Answer gp = answers.get(2);
    assertThat(gp.status()).as("GP chair: %s", gp.body()).isEqualTo(204);
    List<Answer> chairs = answers.subList(0, 2);
    assertThat(chairs).extracting(Answer::status).as("chair twice: %s", chairs).contains(204);
    for (Answer a : chairs) {
      assertThat(a.status()).as(a.body()).isNotEqualTo(500);
      if (a.status() != 204) {
        assertThat(a.status()).as(a.body()).isBetween(400, 499);
        assertThat(a.status()).as(a.body()).isIn(404, 409);
        assertThat(a.body()).as("Danish").containsAnyOf("Opgaven", "opgaven");
      }
    }

    System.out.printf(
        "Concurrency: chair twice %s, GP chair %d%n",
        chairs.stream().map(a -> a.status() + " " + a.body()).toList(), gp.status());
    kit.runDueJobs(meetingPi);
    // Published, and with no follow-up actions the meeting then closes.
    assertThat(meetings.get(meetingId).phase())
        .isIn(MeetingPhase.MINUTES_PUBLISHED, MeetingPhase.CLOSED);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(meetingPi)
                .activityId("ServiceTask_PublishMinutes")
                .finished()
                .count())
        .isOne();
    assertThat(cycle.tasks(meetingPi, "UserTask_ReviseMinutes")).isEmpty();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  // --- helpers -----------------------------------------------------------------------------

  private Callable<Answer> at(CyclicBarrier together, String user, String taskId, String body) {
    return () -> {
      together.await(1, TimeUnit.MINUTES);
      return rest.post("/engine-rest/task/" + taskId + "/submit-form", user, body);
    };
  }
}
