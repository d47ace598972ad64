package dk.klu.reliability;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.CycleDriver.itemValues;
import static dk.klu.support.CycleDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import dk.klu.support.Await;
import dk.klu.support.CycleDriver;
import dk.klu.support.EmbeddedPostgres;
import dk.klu.support.ItemBurst;
import dk.klu.support.JarNode;
import dk.klu.support.Mails;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.RestCycle;
import dk.klu.support.Sql;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Two nodes, one database: two instances of the packaged jar, each its own process with its own
 * port and its job executor on, started at the same moment on one PostgreSQL database (zonky),
 * sending mail to one GreenMail server.
 *
 * <p>Asserted, in order: both start; Flyway migrated once (each version once, all successful) and
 * the models and forms are deployed once (one deployment, one version of each process, decision and
 * form). A meeting cycle driven over REST with every step through the other node than the step
 * before (two items, triage, both chairs, case presentations, agenda, attendance, minutes) reaches
 * the closed meeting with every task completed once. 100 agenda items submitted over both nodes at
 * once (16 client threads, two members) while the item deadline falls due on both job executors are
 * each stored exactly once and placed once (a triage task, or late with a decision task). Finally:
 * every job ran successfully at most once (job log), no timer is left overdue, every outbox message
 * reached each recipient once (by {@code Message-ID}), and there is no incident, running or in the
 * history.
 *
 * <p>The engine's clock is per JVM ({@code /api/testing/clock}), so the test moves it on both
 * nodes. Each node's log is {@code target/cluster-a-start1.log} and {@code
 * target/cluster-b-start1.log}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterJarIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  // Generous: the second node waits for the first to set up the database (StartupLock), and CI
  // machines are shared.
  static final Duration START_TIMEOUT = Duration.ofSeconds(480);
  static final Duration WAIT = Duration.ofSeconds(90);
  static final int ITEMS = 100;
  static final String ITEM_PREFIX = "Klyngepunkt ";

  GreenMail smtp;
  Sql db;
  JarNode a;
  JarNode b;
  List<JarNode> nodes;
  RestCycle cycle;
  int steps;
  final Map<String, Integer> completed = new TreeMap<>();

  @BeforeAll
  void startTwoNodesTogether() throws Exception {
    String dbUrl = EmbeddedPostgres.newDatabaseUrl();
    db = new Sql(dbUrl);
    smtp = JarNode.startSmtp();
    a = node("cluster-a", dbUrl);
    b = node("cluster-b", dbUrl);
    nodes = List.of(a, b);
    cycle = new RestCycle(() -> a.rest(), db);
    long begin = System.nanoTime();
    a.launch();
    b.launch();
    a.awaitHealthy(START_TIMEOUT);
    b.awaitHealthy(START_TIMEOUT);
    System.out.printf(
        "[cluster-it] both nodes healthy %.1f s after they were launched together%n",
        (System.nanoTime() - begin) / 1e9);
  }

  /** A node; its job log rows carry its name as host name. */
  JarNode node(String name, String dbUrl) {
    return new JarNode(
        name, dbUrl, smtp, "--camunda.bpm.generic-properties.properties.hostname=" + name);
  }

  @AfterAll
  void tearDown() {
    if (nodes != null) {
      nodes.forEach(JarNode::kill);
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void migratedAndDeployedOnce() throws IOException {
    // Flyway: every migration once, all successful.
    long migrations = db.queryLong("SELECT count(*) FROM klu_schema_history WHERE version <> '0'");
    assertThat(migrations)
        .isEqualTo(
            new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/V*.sql")
                .length);
    assertThat(nodes.stream().mapToLong(n -> n.logLines("Successfully applied").size()).sum())
        .as("nodes whose Flyway migrated")
        .isOne();
    assertThat(db.queryLong("SELECT count(DISTINCT version) FROM klu_schema_history"))
        .isEqualTo(db.queryLong("SELECT count(*) FROM klu_schema_history"));
    assertThat(db.queryLong("SELECT count(*) FROM klu_schema_history WHERE NOT success")).isZero();

    // Models and forms: one deployment, one version of each definition.
    assertThat(db.column("SELECT name_ FROM act_re_deployment")).containsExactly("klu");
    for (String table : List.of("act_re_procdef", "act_re_decision_def", "act_re_camformdef")) {
      assertThat(db.queryLong("SELECT count(*) FROM " + table)).as(table).isPositive();
      assertThat(db.column("SELECT key_ FROM " + table + " GROUP BY key_ HAVING count(*) > 1"))
          .as("keys deployed more than once in %s", table)
          .isEmpty();
      assertThat(db.queryLong("SELECT max(version_) FROM " + table)).as(table).isOne();
    }
    // Both nodes serve the same definitions.
    for (JarNode node : nodes) {
      Answer definitions =
          node.rest().get("/engine-rest/process-definition/count?key=klu-meeting", "demo");
      assertThat(definitions.body()).as(node.name()).contains("\"count\":1");
    }
  }

  @Test
  @Order(2)
  void aCycleAlternatingBetweenTheNodes() throws Exception {
    long begin = System.nanoTime();
    clock(CycleDriver.PLANNING_TIME);
    Answer started =
        next()
            .rest()
            .post(
                "/engine-rest/process-definition/key/klu-meeting/submit-form",
                "sekretaer",
                body(CycleDriver.meetingValues(CycleDriver.MEETING_START)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String meetingPi = JSON.readTree(started.body()).get("id").asText();
    long meetingId = meetingId(meetingPi);

    clock(CycleDriver.AFTER_CALL);
    await("the call", () -> cycle.phase(meetingId).equals("INTAKE_OPEN"));
    await("the call mail", () -> inbox("laege@klu.example", "Indkaldelse af punkter").size() == 1);
    submitItem(next(), "laege", "Ventetid på genoptræning");
    submitItem(next(), "laege2", "Fælles medicinhåndtering");

    clock(CycleDriver.AFTER_DEADLINE);
    await("two triage tasks", () -> tasks("UserTask_TriageItem").size() == 2);
    for (String task : tasks("UserTask_TriageItem")) {
      complete("sekretaer", task, Map.of("triageOutcome", "ON_AGENDA"));
    }
    await("the chair's review", () -> tasks("UserTask_ReviewAgendaChair").size() == 1);
    List<Map<String, Object>> rows =
        cycle.rows(tasks("UserTask_ReviewAgendaChair").get(0), "agendaItems");
    assertThat(rows).hasSize(6);
    complete(
        "formand",
        tasks("UserTask_ReviewAgendaChair").get(0),
        Map.of("agendaItems", submitted(rows), "chairDecision", "APPROVE"));
    await("the GP chair's review", () -> tasks("UserTask_ReviewAgendaGpChair").size() == 1);
    complete(
        "plo-formand",
        tasks("UserTask_ReviewAgendaGpChair").get(0),
        Map.of("agendaItems", submitted(rows), "gpChairDecision", "APPROVE"));
    await("the case presentations", () -> tasks("UserTask_WriteCasePresentation").size() == 6);
    for (String task : tasks("UserTask_WriteCasePresentation")) {
      complete("sekretaer", task, Map.of("casePresentation", "Baggrund og indstilling."));
    }

    clock(CycleDriver.AFTER_AGENDA_DATE);
    await("the agenda sent", () -> cycle.phase(meetingId).equals("AGENDA_SENT"));
    await("the agenda mail", () -> inbox("laege@klu.example", "Dagsorden:").size() == 1);

    clock(CycleDriver.AFTER_MEETING);
    cycle.attendanceMinutesAndApprovals(this::complete, WAIT);
    await("the meeting closed", () -> cycle.phase(meetingId).equals("CLOSED"));
    await(
        "the minutes mail", () -> inbox("laege@klu.example", "Referat offentliggjort").size() == 1);
    System.out.printf(
        "[cluster-it] cycle closed in %.1f s (%d REST steps over both nodes)%n",
        (System.nanoTime() - begin) / 1e9, steps);

    // Every task the cycle asked for was completed once, and none of them is still open.
    Map<String, Integer> history = new TreeMap<>();
    for (String key : completed.keySet()) {
      history.put(
          key,
          (int)
              db.queryLong(
                  "SELECT count(*) FROM act_hi_taskinst WHERE task_def_key_ = ?"
                      + " AND delete_reason_ = 'completed'",
                  key));
      assertThat(db.queryLong("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?", key))
          .as("open %s", key)
          .isZero();
    }
    assertThat(history).isEqualTo(completed);
    assertThat(queryLong("SELECT count(*) FROM klu_document WHERE meeting_id = ?", meetingId))
        .isPositive();
  }

  @Test
  @Order(3)
  void aHundredItemsOverBothNodesAtTheDeadline() throws Exception {
    clock("2027-04-05T10:00:00+02:00");
    String meetingPi = cycle.planWithIntakeOpen(next().rest(), "2027-06-10T14:00", this::clock);
    long meetingId = meetingId(meetingPi);
    LocalDateTime deadline = timer(meetingPi, "TimerEvent_ItemDeadline");
    clock(deadline.minusMinutes(1));

    // 100 members' submissions, alternately through A and B; a third of the way in, the deadline
    // falls due on both nodes' job executors. Two minutes on: well within the mail lease, so no
    // waiting for the outbox here.
    ItemBurst.Result burst =
        ItemBurst.send(
            nodes,
            ITEMS,
            ITEM_PREFIX,
            ITEMS / 3,
            () -> clockNow(deadline.plusMinutes(1).atZone(ZONE).toOffsetDateTime().toString()));
    Map<Integer, Integer> statuses = burst.statuses();
    System.out.printf(
        "[cluster-it] %d submissions over both nodes in %.1f s: answers %s%n",
        ITEMS, burst.seconds(), statuses);
    for (Answer answer : burst.answers()) {
      if (answer.status() != 200) {
        // A refusal must be a clear one (a 4xx with a message), never an engine error.
        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.body()).isNotBlank();
      }
    }
    assertThat(statuses.getOrDefault(200, 0) + refusals(statuses)).isEqualTo(ITEMS);
    await("the intake closed", () -> cycle.phase(meetingId).equals("INTAKE_CLOSED"));

    // Every accepted item stored once, in this meeting, in one place someone acts on.
    int accepted = statuses.getOrDefault(200, 0);
    List<String> titles =
        db.column("SELECT title FROM klu_agenda_item WHERE title LIKE ?", ITEM_PREFIX + "%");
    assertThat(titles).hasSize(accepted).doesNotHaveDuplicates();
    assertThat(
            queryLong(
                "SELECT count(*) FROM klu_agenda_item WHERE title LIKE ? AND meeting_id = ?",
                ITEM_PREFIX + "%",
                meetingId))
        .isEqualTo(accepted);
    long onTime =
        queryLong(
            "SELECT count(*) FROM klu_agenda_item WHERE title LIKE ? AND status = 'SUBMITTED'",
            ITEM_PREFIX + "%");
    long late =
        queryLong(
            "SELECT count(*) FROM klu_agenda_item WHERE title LIKE ? AND status = 'LATE'"
                + " AND late",
            ITEM_PREFIX + "%");
    assertThat(onTime + late).isEqualTo(accepted);
    await(
        "a triage task for each item on time", () -> tasks("UserTask_TriageItem").size() == onTime);
    assertThat(
            queryLong(
                "SELECT count(DISTINCT t.id_) FROM act_ru_task t JOIN klu_agenda_item i"
                    + " ON i.process_instance_id = t.proc_inst_id_"
                    + " WHERE t.task_def_key_ = 'UserTask_DecideLateItem' AND i.status = 'LATE'"
                    + " AND i.title LIKE ?",
                ITEM_PREFIX + "%"))
        .as("a decision task for each late item")
        .isEqualTo(late);
    Set<Long> triaged = new TreeSet<>();
    for (String task : tasks("UserTask_TriageItem")) {
      JsonNode itemId =
          JSON.readTree(
              a.rest().get("/engine-rest/task/" + task + "/variables/itemId", "demo").body());
      assertThat(triaged.add(itemId.get("value").asLong()))
          .as("one triage of item %s", itemId)
          .isTrue();
    }
    assertThat(triaged).hasSize((int) onTime);
    System.out.printf("[cluster-it] %d items on time, %d late%n", onTime, late);
  }

  @Test
  @Order(4)
  void noJobTwiceNoMailTwiceNoIncident() throws Exception {
    // No timer left overdue on either node's clock.
    await(
        "no overdue job",
        () ->
            queryLong(
                    "SELECT count(*) FROM act_ru_job WHERE duedate_ IS NOT NULL AND duedate_ <= ?"
                        + " AND retries_ > 0",
                    java.sql.Timestamp.valueOf(now()))
                == 0);
    List<String> failures =
        db.column(
            "SELECT hostname_ || ' ' || coalesce(act_id_, job_def_type_) || ': '"
                + " || coalesce(job_exception_msg_, '')"
                + " FROM act_hi_job_log WHERE job_state_ = 1");
    System.out.printf("[cluster-it] failed job attempts (retried): %s%n", failures);
    Map<String, String> perNode = new TreeMap<>();
    for (String row :
        db.column(
            "SELECT hostname_ || ': ' || count(*) || ' jobs, ' || count(*) FILTER (WHERE"
                + " job_def_type_ LIKE 'timer%') || ' timers' FROM act_hi_job_log"
                + " WHERE job_state_ = 2 GROUP BY hostname_")) {
      perNode.put(row.substring(0, row.indexOf(':')), row);
    }
    System.out.printf("[cluster-it] successful jobs by node: %s%n", perNode.values());
    assertThat(perNode.keySet()).isNotEmpty().isSubsetOf(a.name(), b.name());
    // Every job ran successfully at most once (job log states: 1 failed, 2 successful); the
    // history cleanup job is the one that is rescheduled in place and runs again by design.
    assertThat(
            db.column(
                "SELECT job_id_ || ' ' || job_def_type_ || ' ' || coalesce(act_id_, '')"
                    + " FROM act_hi_job_log WHERE job_state_ = 2"
                    + " AND job_def_type_ <> 'history-cleanup'"
                    + " GROUP BY job_id_, job_def_type_, act_id_ HAVING count(*) > 1"))
        .as("jobs executed more than once")
        .isEmpty();

    // Every message of the outbox sent, and each reached each recipient once.
    await(
        "the outbox empty",
        () ->
            queryLong(
                    "SELECT count(*) FROM klu_notification WHERE status IN ('PENDING', 'SENDING')")
                == 0);
    Set<String> sent =
        new TreeSet<>(
            db.column(
                "SELECT '<klu-notification-' || id || '@' FROM klu_notification"
                    + " WHERE status = 'SENT'"));
    assertThat(sent).isNotEmpty();
    Map<String, Integer> copies = new LinkedHashMap<>();
    Set<String> received = new TreeSet<>();
    for (GreenMailUser user : smtp.getUserManager().listUser()) {
      for (MimeMessage m : Mails.inbox(smtp, user.getEmail())) {
        String id = Mails.messageId(m);
        copies.merge(user.getEmail() + " " + id, 1, Integer::sum);
        received.add(id.substring(0, id.indexOf('@') + 1));
      }
    }
    List<String> retried =
        db.column(
            "SELECT id || ' ' || kind || ' attempts ' || attempts || ' to ' || coalesce(sent_to, '')"
                + " FROM klu_notification WHERE attempts > 1");
    assertThat(copies)
        .isNotEmpty()
        .allSatisfy((who, n) -> assertThat(n).as("%s (retried: %s)", who, retried).isLessThan(2));
    assertThat(received).isEqualTo(sent);
    System.out.printf(
        "[cluster-it] %d messages sent, %d deliveries%n",
        sent.size(), smtp.getReceivedMessages().length);

    assertThat(db.column("SELECT incident_msg_ FROM act_ru_incident")).isEmpty();
    assertThat(db.column("SELECT incident_msg_ FROM act_hi_incident")).isEmpty();
  }

  // --- the two nodes ------------------------------------------------------------------------

  /** The node for the next step: A, B, A, B ... */
  JarNode next() {
    return nodes.get(steps++ % 2);
  }

  String lastClock;

  /**
   * The engine clock is per JVM: both nodes are set to the same instant. First the outbox is let go
   * quiet: a message's sending lease ({@code klu.mail.lease}, 10 minutes) is measured on the nodes'
   * clocks, so a jump of weeks while one node is in the middle of sending would let the other node
   * take the message over as abandoned and send it again. Real clocks do not jump; the nodes'
   * clocks must agree to well within the lease (see "Running a cluster" in the README).
   */
  void clock(String now) {
    try {
      await(
          "the outbox quiet before the clocks move",
          () ->
              queryLong(
                      "SELECT count(*) FROM klu_notification WHERE status IN ('PENDING', 'SENDING')")
                  == 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    clockNow(now);
  }

  /** Both nodes' clocks moved at once, without waiting (a move well within the mail lease). */
  void clockNow(String now) {
    lastClock = now;
    nodes.forEach(node -> node.clock(now));
  }

  void clock(LocalDateTime local) {
    clock(local.atZone(ZONE).toOffsetDateTime().toString());
  }

  /** The nodes' clock as the database stores engine times (local, Europe/Copenhagen). */
  LocalDateTime now() {
    return java.time.OffsetDateTime.parse(lastClock).atZoneSameInstant(ZONE).toLocalDateTime();
  }

  void submitItem(JarNode node, String user, String title) throws IOException {
    Map<String, Object> values =
        new LinkedHashMap<>(itemValues(title, "GENOPTRAENING", "DECISION"));
    Answer answer =
        node.rest()
            .post(
                "/engine-rest/process-definition/key/klu-agenda-item/submit-form",
                user,
                body(values));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  void complete(String user, String taskId, Map<String, Object> values) {
    cycle.complete(next().rest(), user, taskId, values);
    completed.merge(
        db.queryString("SELECT task_def_key_ FROM act_hi_taskinst WHERE id_ = ?", taskId),
        1,
        Integer::sum);
  }

  List<String> tasks(String key) {
    return cycle.tasks(key);
  }

  // --- database and mail --------------------------------------------------------------------

  long meetingId(String meetingPi) {
    return cycle.meetingId(meetingPi);
  }

  long queryLong(String sql, Object... params) {
    return db.queryLong(sql, params);
  }

  LocalDateTime timer(String pi, String activityId) {
    return cycle.timer(pi, activityId);
  }

  List<MimeMessage> inbox(String address, String subject) {
    return Mails.inbox(smtp, address, subject);
  }

  static int refusals(Map<Integer, Integer> statuses) {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey() >= 400 && e.getKey() < 500)
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Await.until(what, WAIT, condition);
  }
}
