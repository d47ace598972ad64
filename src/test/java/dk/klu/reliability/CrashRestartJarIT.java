package dk.klu.reliability;

import static dk.klu.support.CycleDriver.body;
import static dk.klu.support.CycleDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import dk.klu.support.Await;
import dk.klu.support.EmbeddedPostgres;
import dk.klu.support.JarNode;
import dk.klu.support.Mails;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.RestCycle;
import dk.klu.support.Sql;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reliability, crash and restart: the packaged jar as its own process on a real PostgreSQL (zonky),
 * sending mail to GreenMail, is killed hard (SIGKILL, {@link Process#destroyForcibly()}) three
 * times during one meeting cycle and started again on the same database each time.
 *
 * <p>Faults injected: a kill while the meeting waits on its call timer; a kill right after the
 * secretariat's triage was answered 204; a kill while the agenda's asynchronous send job is locked
 * by the job executor (acquired, being executed). Asserts: the overdue timers fire after the
 * restart; the completed triage is kept and not asked again, no task is lost or duplicated; the
 * agenda is sent (its job is taken up again once its lock expires) and the cycle runs to its closed
 * meeting; every mail reaches each recipient once (counted by {@code Message-ID}); no incident. The
 * engine's clock is moved over REST by the test-only endpoint {@code /api/testing/clock} ({@code
 * klu.testing.clock-control=true}, refused under {@code prod}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRestartJarIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  static final Duration WAIT = Duration.ofSeconds(90);

  GreenMail smtp;
  JarNode app;
  Sql db;
  RestClient rest;
  RestCycle cycle;

  @BeforeAll
  void setUp() throws IOException {
    String dbUrl = EmbeddedPostgres.newDatabaseUrl();
    db = new Sql(dbUrl);
    smtp = JarNode.startSmtp();
    app = new JarNode("crash-it", dbUrl, smtp);
    cycle = new RestCycle(() -> rest, db);
  }

  @AfterAll
  void tearDown() {
    app.kill();
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aCycleSurvivesThreeHardKills() throws Exception {
    start();
    clock("2027-01-04T10:00:00+01:00");
    Answer started =
        rest.post(
            "/engine-rest/process-definition/key/klu-meeting/submit-form",
            "sekretaer",
            body(Map.of("meetingStart", "2027-03-11T14:00", "meetingLocation", "Rådhuset")));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String meetingPi = JSON.readTree(started.body()).get("id").asText();
    long meetingId =
        queryLong("SELECT id FROM klu_meeting WHERE process_instance_id = ?", meetingPi);

    // 1. Killed while the meeting waits on its call timer; the overdue timer fires after restart.
    kill();
    start();
    clock("2027-02-11T09:30:00+01:00");
    await("the call after the restart", () -> cycle.phase(meetingId).equals("INTAKE_OPEN"));
    await("the call mail", () -> inbox("laege@klu.example", "Indkaldelse af punkter").size() == 1);

    Map<String, Object> item = new LinkedHashMap<>();
    item.put("itemTitle", "Ventetid på genoptræning");
    item.put("itemTopic", "GENOPTRAENING");
    item.put("itemDescription", "Beskrivelse af emnet.");
    item.put("itemDiscussionPoints", "Hvad gør vi?");
    item.put("itemApproach", "Kort oplæg");
    item.put("itemJustification", "Det angår både kommunen og almen praksis.");
    item.put("itemRequestedKind", "DECISION");
    item.put("itemExpectedMinutes", 15);
    Answer submitted =
        rest.post(
            "/engine-rest/process-definition/key/klu-agenda-item/submit-form", "laege", body(item));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    clock("2027-02-25T12:30:00+01:00");
    await("the triage task after the deadline", () -> tasks("UserTask_TriageItem").size() == 1);

    // 2. Killed right after the triage was answered 204: it is kept, and not asked again.
    String triage = tasks("UserTask_TriageItem").get(0);
    complete("sekretaer", triage, Map.of("triageOutcome", "ON_AGENDA"));
    // The kill is for the triage, not for a mail in the middle of its SMTP conversation: a message
    // accepted by the server but not yet marked sent is sent again after a restart, with the same
    // Message-ID (at least once, never lost; see Reliability in the README). So the mails the clock
    // just made due (the intake reminder) go out first.
    await(
        "the outbox quiet before the kill",
        () ->
            queryLong(
                    "SELECT count(*) FROM klu_notification WHERE status IN ('PENDING', 'SENDING')")
                == 0);
    kill();
    start();
    clock("2027-02-26T10:00:00+01:00");
    assertThat(tasks("UserTask_TriageItem")).isEmpty();
    assertThat(
            queryLong(
                "SELECT count(*) FROM klu_agenda_item WHERE status = 'ON_AGENDA'"
                    + " AND source = 'SUBMITTED'"))
        .isOne();
    assertThat(tasks("UserTask_ReviewAgendaChair")).hasSize(1);

    List<Map<String, Object>> rows =
        cycle.rows(tasks("UserTask_ReviewAgendaChair").get(0), "agendaItems");
    assertThat(rows).hasSize(5);
    complete(
        "formand",
        tasks("UserTask_ReviewAgendaChair").get(0),
        Map.of("agendaItems", submitted(rows), "chairDecision", "APPROVE"));
    complete(
        "plo-formand",
        tasks("UserTask_ReviewAgendaGpChair").get(0),
        Map.of("agendaItems", submitted(rows), "gpChairDecision", "APPROVE"));
    await(
        "the case presentation tasks",
        () -> tasks("UserTask_WriteCasePresentation").size() == 5,
        () ->
            cycle.phase(meetingId)
                + " "
                + rest.get(
                        "/engine-rest/task?maxResults=100&processInstanceId=" + meetingPi, "demo")
                    .body()
                + " "
                + rest.get("/engine-rest/incident?maxResults=100", "demo").body());
    List<String> cases = tasks("UserTask_WriteCasePresentation");
    for (String task : cases) {
      complete("sekretaer", task, Map.of("casePresentation", "Baggrund og indstilling."));
    }

    // 3. Killed while the agenda's send job is locked by the job executor.
    clock("2027-03-04T09:05:00+01:00");
    await(
        "the agenda job taken by the job executor",
        () ->
            queryLong(
                        "SELECT count(*) FROM act_ru_job j JOIN act_ru_jobdef d"
                            + " ON j.job_def_id_ = d.id_ WHERE d.act_id_ = 'ServiceTask_SendAgenda'"
                            + " AND j.lock_owner_ IS NOT NULL")
                    > 0
                || cycle.phase(meetingId).equals("AGENDA_SENT"));
    boolean sentBeforeKill = cycle.phase(meetingId).equals("AGENDA_SENT");
    kill();
    start();
    // Past the killed job's lock (klu.it lock time 10 s), so the job executor takes it up again.
    clock("2027-03-04T09:10:00+01:00");
    await("the agenda sent after the restart", () -> cycle.phase(meetingId).equals("AGENDA_SENT"));
    await("the agenda mail", () -> inbox("laege@klu.example", "Dagsorden:").size() == 1);
    System.out.printf(
        "[crash-it] agenda %s before the third kill%n",
        sentBeforeKill ? "already sent" : "not sent");

    // The rest of the cycle, to the closed meeting.
    clock("2027-03-11T17:00:00+01:00");
    cycle.attendanceMinutesAndApprovals(this::complete, WAIT);
    await("the meeting closed", () -> cycle.phase(meetingId).equals("CLOSED"));
    await(
        "the minutes mail", () -> inbox("laege@klu.example", "Referat offentliggjort").size() == 1);

    // No mail twice: each Message-ID once per inbox.
    Map<String, Integer> copies = new LinkedHashMap<>();
    for (String who : List.of("laege@klu.example", "laege2@klu.example", "sekretaer@klu.example")) {
      for (MimeMessage m : Mails.inbox(smtp, who)) {
        copies.merge(who + " " + Mails.messageId(m), 1, Integer::sum);
      }
    }
    assertThat(copies).isNotEmpty().allSatisfy((who, n) -> assertThat(n).as(who).isOne());
    assertThat(queryLong("SELECT count(*) FROM act_ru_incident")).isZero();
    assertThat(queryLong("SELECT count(*) FROM klu_document WHERE meeting_id = ?", meetingId))
        .isPositive();
  }

  // --- the application as a process --------------------------------------------------------

  void start() throws IOException, InterruptedException {
    app.start(START_TIMEOUT);
    rest = app.rest();
  }

  /** SIGKILL: no shutdown hook, no graceful stop, transactions in flight are lost. */
  void kill() {
    app.kill();
  }

  // --- REST -------------------------------------------------------------------------------

  void clock(String now) {
    app.clock(now);
  }

  void complete(String user, String taskId, Map<String, Object> values) {
    cycle.complete(rest, user, taskId, values);
  }

  List<String> tasks(String key) {
    return cycle.tasks(key);
  }

  // --- database, mail and waiting -----------------------------------------------------------

  long queryLong(String sql, Object... params) {
    return db.queryLong(sql, params);
  }

  List<MimeMessage> inbox(String address, String subject) {
    return Mails.inbox(smtp, address, subject);
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Await.until(what, WAIT, condition);
  }

  static void await(String what, BooleanSupplier condition, Supplier<String> state)
      throws InterruptedException {
    Await.until(what, WAIT, condition, state);
  }
}
