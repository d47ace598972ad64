package dk.klu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.klu.KluApplication;
import dk.klu.bench.StatementCounter.Counts;
import dk.klu.meeting.MeetingService;
import dk.klu.support.Backstage;
import dk.klu.support.CycleDriver;
import dk.klu.support.EmbeddedPostgres;
import dk.klu.support.RestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark ({@code mvn -Pbench verify}, README "Performance"): the cost of a meeting cycle
 * against the bare engine doing the same number of steps, the cost at scale, and the footprint of
 * the packaged application as one node and as two on one database, and the footprint of the
 * packaged application against a bare Camunda starter application. Every ratio is measured in this
 * one run against its baseline. Writes {@code target/bench/bench.json} and {@code bench.png} and
 * prints the ratios.
 *
 * <p>Not a test of the normal build (the name does not end in Test or IT); the profile {@code
 * bench} runs it with failsafe after {@code package}.
 */
class KluBenchmark {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  final int repetitions = Integer.getInteger("bench.repetitions", 3);
  final int warmups = Integer.getInteger("bench.warmups", 1);
  final int committees = Integer.getInteger("bench.committees", 3);
  final int meetingsPerYear = Integer.getInteger("bench.meetingsPerYear", 4);
  final int scaleItems = Integer.getInteger("bench.scaleItems", 8);
  final int queries = Integer.getInteger("bench.queries", 200);
  final Set<String> parts =
      Set.copyOf(Arrays.asList(System.getProperty("bench.parts", "cycle,scale").split(",")));
  final Path out = Path.of(System.getProperty("bench.out", "target/bench"));

  final Map<String, Object> results = new LinkedHashMap<>();

  /**
   * The shape of a cycle with 8 items on H2: the bare app's cycle in the footprint. Measured by the
   * cycle part; when only the footprint runs, the shape a cycle had when this was written.
   */
  BareModel.Shape shapeOf8Items = new BareModel.Shape(28, 5, 9, 42, 6, 20);

  boolean shapeMeasured;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void benchmark() throws Exception {
    Files.createDirectories(out);
    results.put("machine", Machine.describe());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("repetitions", repetitions);
    settings.put("warmups", warmups);
    settings.put("committees", committees);
    settings.put("meetingsPerYear", meetingsPerYear);
    settings.put("scaleItemsPerMeeting", scaleItems);
    settings.put("taskListQueries", queries);
    settings.put("parts", parts);
    results.put("settings", settings);
    long began = System.nanoTime();

    if (parts.contains("cycle")) {
      Map<String, Object> cycles = new LinkedHashMap<>();
      cycles.put("h2", cycleCost("h2", "jdbc:h2:mem:klu-bench;DB_CLOSE_DELAY=-1", "sa"));
      save();
      cycles.put(
          "postgresql", cycleCost("postgresql", EmbeddedPostgres.newDatabaseUrl(), "postgres"));
      results.put("cycle", cycles);
      save();
    }
    if (parts.contains("scale")) {
      results.put("scale", scale());
      save();
    }
    if (parts.contains("cluster")) {
      results.put("cluster", new ClusterRun().measure());
      save();
    }
    if (parts.contains("footprint")) {
      results.put("footprint", new Footprint(out, shapeOf8Items).measure());
      save();
    }
    results.put("totalSeconds", round((System.nanoTime() - began) / 1e9));
    save();
    BenchChart.write(results, out.resolve("bench.png"));
    Summary.print(results);
  }

  void save() throws Exception {
    Files.writeString(out.resolve("bench.json"), JSON.writeValueAsString(results));
  }

  // --- 1 and 2: a cycle against the bare engine ----------------------------------------------

  /** Cycles of 8 and 20 items and their bare equivalents, alternating, on one database. */
  Map<String, Object> cycleCost(String database, String url, String user) throws Exception {
    StatementCounter counter = new StatementCounter();
    try (ConfigurableApplicationContext app = start(url, user, counter)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      RestClient rest = new RestClient("http://localhost:" + port(app));
      CycleDriver driver = new CycleDriver(rest, engine, StatementCounter::quiet);
      HistoryGrowth growth = new HistoryGrowth(app.getBean(DataSource.class));
      driver.clock("2027-01-04T10:00:00+01:00");

      Map<String, Object> bySize = new LinkedHashMap<>();
      for (int items : List.of(8, 20)) {
        // Warm-up; its history gives the shape and the structure of a cycle of this size.
        BareModel.Shape[] shape = new BareModel.Shape[1];
        StructureModel.Structure structure = null;
        for (int i = 0; i < Math.max(1, warmups); i++) {
          structure =
              StructureModel.measure(
                  engine,
                  () ->
                      shape[0] =
                          shapeOf(
                              engine,
                              () -> driver.runCycle(CycleDriver.nextMeetingStart(), items)));
        }
        if (items == 8 && !shapeMeasured) {
          shapeOf8Items = shape[0];
          shapeMeasured = true;
        }
        String bareKey = deployBare(engine, shape[0], items);
        String structurePrefix = "klu-bench-s" + items + "-";
        StructureModel.deploy(engine, structure, structurePrefix);
        StructureModel.Structure same = structure;
        Work runStructure = () -> StructureModel.run(driver, rest, engine, same, structurePrefix);
        for (int i = 0; i < warmups; i++) {
          runBare(driver, rest, bareKey);
          runStructure.run();
        }
        List<Run> ours = new ArrayList<>();
        List<Run> bare = new ArrayList<>();
        List<Run> bareStructure = new ArrayList<>();
        List<HistoryGrowth.Snapshot> oursGrowth = new ArrayList<>();
        List<HistoryGrowth.Snapshot> bareGrowth = new ArrayList<>();
        List<HistoryGrowth.Snapshot> structureGrowth = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
          HistoryGrowth.Snapshot before = growth.take();
          ours.add(measure(counter, () -> driver.runCycle(CycleDriver.nextMeetingStart(), items)));
          HistoryGrowth.Snapshot between = growth.take();
          bare.add(measure(counter, () -> runBare(driver, rest, bareKey)));
          HistoryGrowth.Snapshot afterBare = growth.take();
          bareStructure.add(measure(counter, runStructure));
          HistoryGrowth.Snapshot after = growth.take();
          oursGrowth.add(between.minus(before));
          bareGrowth.add(afterBare.minus(between));
          structureGrowth.add(after.minus(afterBare));
        }
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("shape", shape[0]);
        size.put("structure", structure.describe());
        size.put("ours", Run.summary(ours));
        size.put("bare", Run.summary(bare));
        size.put("bareStructure", Run.summary(bareStructure));
        size.putAll(Run.ratios(ours, bare));
        Map<String, Object> againstStructure = Run.ratios(ours, bareStructure);
        againstStructure.put("history", HistoryGrowth.compare(oursGrowth, structureGrowth));
        againstStructure.put(
            "writesBeyondStructure",
            beyond(
                ours.get(ours.size() - 1).counts().writesByTable(),
                bareStructure.get(bareStructure.size() - 1).counts().writesByTable()));
        againstStructure.put(
            "selectsBeyondStructure",
            beyond(
                ours.get(ours.size() - 1).counts().selectsByTable(),
                bareStructure.get(bareStructure.size() - 1).counts().selectsByTable()));
        size.put("againstStructure", againstStructure);
        Map<String, Object> history = HistoryGrowth.compare(oursGrowth, bareGrowth);
        size.put("history", history);
        bySize.put(items + "items", size);
        System.out.printf(
            "[bench] %s, %d items: ours %.0f ms / %.0f statements, bare %.0f ms / %.0f statements%n",
            database,
            items,
            Run.median(ours, Run::millis),
            Run.median(ours, Run::statements),
            Run.median(bare, Run::millis),
            Run.median(bare, Run::statements));
        System.out.printf(
            "[bench] %s, %d items: writes beyond our structure's bare model: %s%n",
            database, items, againstStructure.get("writesBeyondStructure"));
        System.out.printf(
            "[bench] %s, %d items: bare with our structure %.0f ms / %.0f statements%n",
            database,
            items,
            Run.median(bareStructure, Run::millis),
            Run.median(bareStructure, Run::statements));
        System.out.printf(
            "[bench] %s, %d items: history rows per cycle ratio %s, bytes ratio %s%n",
            database, items, history.get("ratioRows"), history.get("ratioBytes"));
      }
      return bySize;
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * The writes of a cycle by statement and table ("insert act_hi_detail"), ours minus the
   * baseline's, largest first: where the statements beyond the bare engine go (the last repetition;
   * the counts are the same in every repetition).
   */
  static Map<String, Long> beyond(Map<String, Long> ours, Map<String, Long> base) {
    Map<String, Long> all = new java.util.TreeMap<>(ours);
    base.forEach((k, v) -> all.merge(k, -v, Long::sum));
    Map<String, Long> sorted = new LinkedHashMap<>();
    all.entrySet().stream()
        .filter(e -> e.getValue() != 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  interface Work {
    void run() throws Exception;

    /** Work that says whether it found anything to do. */
    interface Found {
      boolean found() throws Exception;
    }
  }

  /** One measured run: wall time and what the database was asked to do. */
  record Run(double millis, Counts counts) {
    double statements() {
      return counts.statements();
    }

    double transactions() {
      return counts.transactions();
    }

    static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> what) {
      double[] values = runs.stream().mapToDouble(what).sorted().toArray();
      int n = values.length;
      return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Wall time, statements and transactions of {@code ours} against {@code base}, medians. */
    static Map<String, Object> ratios(List<Run> ours, List<Run> base) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ratioWallTime", ratio(median(ours, Run::millis), median(base, Run::millis)));
      r.put("ratioStatements", ratio(median(ours, Run::statements), median(base, Run::statements)));
      r.put(
          "ratioTransactions",
          ratio(median(ours, Run::transactions), median(base, Run::transactions)));
      return r;
    }

    static Map<String, Object> summary(List<Run> runs) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("medianMillis", round(median(runs, Run::millis)));
      s.put("minMillis", round(runs.stream().mapToDouble(Run::millis).min().orElse(0)));
      s.put("maxMillis", round(runs.stream().mapToDouble(Run::millis).max().orElse(0)));
      s.put("medianStatements", median(runs, Run::statements));
      s.put("medianTransactions", median(runs, Run::transactions));
      s.put("medianSelects", median(runs, r -> r.counts().selects()));
      s.put("medianInserts", median(runs, r -> r.counts().inserts()));
      s.put("medianUpdates", median(runs, r -> r.counts().updates()));
      s.put("medianDeletes", median(runs, r -> r.counts().deletes()));
      s.put("medianCommits", median(runs, r -> r.counts().commits()));
      s.put("millis", runs.stream().map(r -> round(r.millis())).toList());
      return s;
    }
  }

  static Run measure(StatementCounter counter, Work work) throws Exception {
    Counts before = counter.snapshot();
    long start = System.nanoTime();
    work.run();
    double millis = (System.nanoTime() - start) / 1e6;
    return new Run(millis, counter.snapshot().minus(before));
  }

  /** What the cycle run by {@code work} consisted of, from the engine's history. */
  static BareModel.Shape shapeOf(ProcessEngine engine, Work work) throws Exception {
    long[] before = shapeCounts(engine);
    work.run();
    long[] after = shapeCounts(engine);
    return new BareModel.Shape(
        after[0] - before[0],
        after[1] - before[1],
        after[2] - before[2],
        after[3] - before[3],
        after[4] - before[4],
        after[5] - before[5]);
  }

  private static long[] shapeCounts(ProcessEngine engine) throws Exception {
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      HistoryService history = engine.getHistoryService();
      long userTasks =
          history.createHistoricActivityInstanceQuery().activityType("userTask").count();
      long services = 0;
      for (String type : List.of("serviceTask", "sendTask", "businessRuleTask", "scriptTask")) {
        services += history.createHistoricActivityInstanceQuery().activityType(type).count();
      }
      long timersFired = 0;
      long timersCreated = 0;
      for (String type :
          List.of(
              "timer-intermediate-transition",
              "timer-transition",
              "timer-start-event",
              "timer-start-event-subprocess")) {
        timersFired +=
            history.createHistoricJobLogQuery().jobDefinitionType(type).successLog().count();
        timersCreated +=
            history.createHistoricJobLogQuery().jobDefinitionType(type).creationLog().count();
      }
      long async =
          history
              .createHistoricJobLogQuery()
              .jobDefinitionType("async-continuation")
              .creationLog()
              .count();
      long instances = history.createHistoricProcessInstanceQuery().count();
      return new long[] {userTasks, timersFired, timersCreated, services, async, instances};
    }
  }

  /** The secretariat may start and work on the bare process, as on the KLU processes. */
  static void grantBareModel(ProcessEngine engine, String key) throws Exception {
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      AuthorizationService authorizations = engine.getAuthorizationService();
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("secretariat");
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(key);
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }

  static String deployBare(ProcessEngine engine, BareModel.Shape shape, int items)
      throws Exception {
    String key = BareModel.KEY + "-" + items;
    try (AutoCloseable quiet = StatementCounter.quiet()) {
      BpmnModelInstance model = BareModel.of(key, shape);
      engine
          .getRepositoryService()
          .createDeployment()
          .name(key)
          .addModelInstance(key + ".bpmn", model)
          .deploy();
    }
    grantBareModel(engine, key);
    return key;
  }

  /**
   * The bare model from start to end as the secretariat would: started and every task completed
   * over REST as {@code sekretaer}, the clock moved on when nobody has anything to do. Start and
   * completions carry no values: its tasks have no form, and the application refuses values on a
   * person's submission without a form (FormSubmissionGuard).
   */
  static void runBare(CycleDriver driver, RestClient rest, String key) throws Exception {
    String pi = startBare(rest, key);
    driveBare(driver, rest, () -> false);
    assertThat(driver.backstage().ended(pi)).as("bare instance ended").isTrue();
  }

  /** Starts a bare process over REST as {@code sekretaer}, with no values; its instance id. */
  static String startBare(RestClient rest, String key) throws Exception {
    RestClient.Answer started =
        rest.post("/engine-rest/process-definition/key/" + key + "/start", "sekretaer", "{}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return CycleDriver.JSON.readTree(started.body()).get("id").asText();
  }

  /**
   * Drives the bare processes until nothing is left to do: due jobs run, every open task completed
   * over REST as {@code sekretaer}, the clock moved to the next timer when nobody has a task, and
   * then {@code lastly} (which says whether it found more to do).
   */
  static void driveBare(CycleDriver driver, RestClient rest, Work.Found lastly) throws Exception {
    Backstage backstage = driver.backstage();
    for (int step = 0; step < 10_000; step++) {
      backstage.runDueJobs();
      List<Backstage.OpenTask> open = backstage.openTasks();
      for (Backstage.OpenTask task : open) {
        RestClient.Answer done =
            rest.post("/engine-rest/task/" + task.id() + "/complete", "sekretaer", "{}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
      }
      if (open.isEmpty() && !backstage.advanceToNextTimer() && !lastly.found()) {
        return;
      }
    }
  }

  // --- 3: scale ------------------------------------------------------------------------------

  /**
   * Committees running a year each, one after the other, on one PostgreSQL database; then the
   * secretariat's task list over REST with that history in the database and one meeting in triage.
   */
  Map<String, Object> scale() throws Exception {
    StatementCounter counter = new StatementCounter();
    try (ConfigurableApplicationContext app =
        start(EmbeddedPostgres.newDatabaseUrl(), "postgres", counter)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      RestClient rest = new RestClient("http://localhost:" + port(app));
      CycleDriver driver = new CycleDriver(rest, engine, StatementCounter::quiet);
      MeetingService meetingRules = app.getBean(MeetingService.class);
      java.util.function.Predicate<String> plannable = s -> meetingRules.checkStart(s).isEmpty();
      driver.clock("2027-01-04T10:00:00+01:00");
      int cycles = committees * meetingsPerYear;
      long began = System.nanoTime();
      List<Double> cycleMillis = new ArrayList<>();
      for (int c = 0; c < committees; c++) {
        for (int m = 0; m < meetingsPerYear; m++) {
          long t = System.nanoTime();
          driver.runCycle(CycleDriver.nextMeetingStart(plannable), scaleItems);
          cycleMillis.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(
            "[bench] scale: committee %d of %d done (%d cycles, %.0f s)%n",
            c + 1, committees, (c + 1) * meetingsPerYear, (System.nanoTime() - began) / 1e9);
      }
      double seconds = (System.nanoTime() - began) / 1e9;

      // One more meeting, left in triage: the secretariat has work in its list.
      driver.startCycle(CycleDriver.nextMeetingStart(plannable), scaleItems);
      int open = driver.advanceUntilTasks().size();
      String path = "/engine-rest/task?maxResults=2000&candidateGroup=secretariat";
      RestClient.Answer first = rest.get(path, "sekretaer");
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      int listed = CycleDriver.JSON.readTree(first.body()).size();
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < queries + 20; i++) {
        long t = System.nanoTime();
        RestClient.Answer answer = rest.get(path, "sekretaer");
        double ms = (System.nanoTime() - t) / 1e6;
        assertThat(answer.status()).isEqualTo(200);
        if (i >= 20) {
          times.add(ms);
        }
      }
      Collections.sort(times);
      Map<String, Object> history = new LinkedHashMap<>();
      try (AutoCloseable quiet = StatementCounter.quiet()) {
        HistoryService h = engine.getHistoryService();
        history.put("processInstances", h.createHistoricProcessInstanceQuery().count());
        history.put("activityInstances", h.createHistoricActivityInstanceQuery().count());
        history.put("tasks", h.createHistoricTaskInstanceQuery().count());
        history.put("variableInstances", h.createHistoricVariableInstanceQuery().count());
        history.put("details", h.createHistoricDetailQuery().count());
      }
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("committees", committees);
      s.put("meetingsPerCommittee", meetingsPerYear);
      s.put("itemsPerMeeting", scaleItems);
      s.put("cycles", cycles);
      s.put("totalSeconds", round(seconds));
      s.put("cyclesPerSecond", round3(cycles / seconds));
      Collections.sort(cycleMillis);
      s.put("medianCycleMillis", round(cycleMillis.get(cycleMillis.size() / 2)));
      s.put("history", history);
      s.put("openTasksForSecretariat", open);
      s.put("taskListReturned", listed);
      s.put("taskListQuery", path + " as sekretaer (authorization on)");
      s.put("taskListQueries", times.size());
      s.put("taskListP50Millis", round(percentile(times, 50)));
      s.put("taskListP95Millis", round(percentile(times, 95)));
      s.put("taskListMaxMillis", round(times.get(times.size() - 1)));
      System.out.printf(
          "[bench] scale: %d cycles in %.0f s (%.3f/s); task list p50 %.1f ms, p95 %.1f ms%n",
          cycles, seconds, cycles / seconds, percentile(times, 50), percentile(times, 95));
      return s;
    } finally {
      ClockUtil.reset();
    }
  }

  static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  // --- the application in this JVM -----------------------------------------------------------

  static ConfigurableApplicationContext start(String url, String user, StatementCounter counter) {
    return new SpringApplicationBuilder(KluApplication.class)
        .initializers(counter.initializer())
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=",
            "--spring.profiles.active=demo",
            "--camunda.bpm.job-execution.enabled=false",
            // the engine's history cleanup job is nobody's cycle: it would fall into whichever
            // run crosses its nightly window
            "--camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
            "--klu.mail.scheduler-enabled=false",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.dk.klu=WARN");
  }

  static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  static Double ratio(double ours, double bare) {
    return bare == 0 ? null : round3(ours / bare);
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
