package dk.klu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dk.klu.bench.control.BenchControl;
import dk.klu.support.Backstage;
import dk.klu.support.CycleDriver;
import dk.klu.support.RestClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.extension.BeforeEachCallback;

/**
 * Start-up time and resident memory of the packaged KLU jar against the bare Camunda starter
 * application (src/bench/bare-app), both started as their own processes on a file H2 database,
 * alternately. Start-up: from launching {@code java} until {@code GET /engine-rest/engine} answers
 * 200 (open in both), once on an empty database and once more on the same database afterwards.
 * Memory: VmRSS of the process from {@code /proc/PID/status}, two seconds after start-up and after
 * one cycle, both with the same fixed heap {@link #HEAP} (the KLU app: a whole meeting cycle with 8
 * items over REST as its people; the bare app: the bare model of such a cycle), both driven through
 * {@link BenchControl}.
 */
final class Footprint {

  private static final Pattern STARTED =
      Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  private final Path out;
  private final BareModel.Shape shape;
  private final int starts = Integer.getInteger("bench.footprintStarts", 2);

  /**
   * The same fixed heap for both applications ({@code -Xms} = {@code -Xmx}), so that RSS does not
   * depend on when the collector last ran.
   */
  static final String HEAP = System.getProperty("bench.footprintHeap", "384m");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Footprint(Path out, BareModel.Shape shape) {
    this.out = out;
    this.shape = shape;
  }

  Map<String, Object> measure() throws Exception {
    Path kluJar = Path.of(System.getProperty("klu.jar", "target/klu-workflow-0.1.0-SNAPSHOT.jar"));
    Path bareJar =
        Path.of(
            System.getProperty("bench.bareJar", "target/bench/bare-app/klu-bench-bare-app.jar"));
    assertThat(kluJar).as("the packaged application (mvn package)").isRegularFile();
    assertThat(bareJar).as("the bare starter application (profile bench)").isRegularFile();
    Path control = controlClasses();

    List<Map<String, Object>> ours = new ArrayList<>();
    List<Map<String, Object>> bare = new ArrayList<>();
    for (int i = 1; i <= starts; i++) {
      boolean last = i == starts;
      bare.add(startTwice("bare", bareJar, control, i, last));
      ours.add(startTwice("klu", kluJar, control, i, last));
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("startsEach", starts);
    f.put("heap", "-Xms" + HEAP + " -Xmx" + HEAP);
    f.put("ours", ours);
    f.put("bare", bare);
    double oursStart = median(ours, "startupSeconds");
    double bareStart = median(bare, "startupSeconds");
    double oursRss = median(ours, "rssAfterStartMiB");
    double bareRss = median(bare, "rssAfterStartMiB");
    f.put("medianStartupSecondsOurs", oursStart);
    f.put("medianStartupSecondsBare", bareStart);
    f.put("medianRssAfterStartMiBOurs", oursRss);
    f.put("medianRssAfterStartMiBBare", bareRss);
    f.put("ratioStartup", KluBenchmark.ratio(oursStart, bareStart));
    double oursRestart = median(ours, "restartSeconds");
    double bareRestart = median(bare, "restartSeconds");
    f.put("medianRestartSecondsOurs", oursRestart);
    f.put("medianRestartSecondsBare", bareRestart);
    f.put("ratioRestart", KluBenchmark.ratio(oursRestart, bareRestart));
    f.put(
        "ratioStartupCpu",
        KluBenchmark.ratio(median(ours, "cpuSecondsToReady"), median(bare, "cpuSecondsToReady")));
    f.put(
        "ratioRestartCpu",
        KluBenchmark.ratio(median(ours, "restartCpuSeconds"), median(bare, "restartCpuSeconds")));
    f.put("ratioRssAfterStart", KluBenchmark.ratio(oursRss, bareRss));
    Object oursCycle = ours.get(ours.size() - 1).get("rssAfterCycleMiB");
    Object bareCycle = bare.get(bare.size() - 1).get("rssAfterCycleMiB");
    if (oursCycle instanceof Number o && bareCycle instanceof Number b) {
      f.put("ratioRssAfterCycle", KluBenchmark.ratio(o.doubleValue(), b.doubleValue()));
    }
    System.out.printf(
        "[bench] footprint: start-up ours %.1f s, bare %.1f s; RSS ours %.0f MiB, bare %.0f MiB%n",
        oursStart, bareStart, oursRss, bareRss);
    return f;
  }

  private static double median(List<Map<String, Object>> runs, String key) {
    double[] v =
        runs.stream().mapToDouble(r -> ((Number) r.get(key)).doubleValue()).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /**
   * The JUnit API jar: Backstage works through the {@code ProcessTestKit}, which is a JUnit
   * extension, so its interfaces must load in the packaged applications too (nothing runs them).
   */
  private static String jarOf(Class<?> type) {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath())
        .toAbsolutePath()
        .toString();
  }

  /** The control class and what it needs, copied out of the test classes for loader.path. */
  private Path controlClasses() throws IOException {
    Path classes =
        Path.of(BenchControl.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .toAbsolutePath();
    Path dir = out.resolve("control-classes").toAbsolutePath();
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    for (String prefix :
        List.of(
            "dk/klu/bench/control/BenchControl",
            "dk/klu/support/Backstage",
            "dk/klu/support/ProcessTestKit",
            "dk/klu/bench/BareModel$Noop")) {
      Path folder = classes.resolve(prefix).getParent();
      String name = Path.of(prefix).getFileName().toString();
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.toList()) {
          String file = f.getFileName().toString();
          if (file.equals(name + ".class") || file.startsWith(name + "$")) {
            Path target = dir.resolve(prefix).getParent().resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    return dir;
  }

  /**
   * A first start on an empty database (schema, migrations, first deployment: once in an
   * installation's life), then a restart on the same database as every later start of the
   * application is (nothing to create or deploy).
   */
  private Map<String, Object> startTwice(
      String name, Path jar, Path control, int index, boolean cycle) throws Exception {
    Path data = Files.createTempDirectory("klu-bench-" + name + "-");
    try {
      Map<String, Object> first = run(name, name, jar, control, index, cycle, data);
      Map<String, Object> again = run(name + "-restart", name, jar, control, index, false, data);
      first.put("restartSeconds", again.get("startupSeconds"));
      first.put("restartCpuSeconds", again.get("cpuSecondsToReady"));
      first.put("rssAfterRestartMiB", again.get("rssAfterStartMiB"));
      return first;
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** One start of {@code app}'s jar, named {@code name}, on its database in {@code data}. */
  private Map<String, Object> run(
      String name, String app, Path jar, Path control, int index, boolean cycle, Path data)
      throws Exception {
    int port = freePort();
    Path log = out.resolve("footprint-" + name + "-" + index + ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Xms" + HEAP,
                "-Xmx" + HEAP,
                "-Dloader.path=" + control + "," + jarOf(BeforeEachCallback.class),
                "-cp",
                jar.toAbsolutePath().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--spring.main.sources=" + BenchControl.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:"
                    + data.resolve(app)
                    + ";DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.job-execution.enabled=false",
                "--klu.mail.scheduler-enabled=false")
            .directory(data.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().remove("KLU_ADMIN_USER");
    builder.environment().remove("KLU_ADMIN_PASSWORD");
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("app", name);
    r.put("start", index);
    r.put("loadAverageBefore", Machine.loadAverage());
    long began = System.nanoTime();
    Process process = builder.start();
    try {
      String base = "http://localhost:" + port;
      awaitReady(process, base, log);
      double startup = (System.nanoTime() - began) / 1e9;
      r.put("cpuSecondsToReady", cpuSeconds(process));
      Matcher started = STARTED.matcher(Files.readString(log));
      r.put("startupSeconds", KluBenchmark.round3(startup));
      if (started.find()) {
        r.put("springStartedSeconds", Double.parseDouble(started.group(1)));
        r.put("jvmRunningSeconds", Double.parseDouble(started.group(2)));
      }
      Thread.sleep(2000);
      r.put("rssAfterStartMiB", rssMiB(process.pid()));
      if (cycle) {
        RestClient rest = new RestClient(base);
        Remote backstage = new Remote(base);
        backstage.clock(Date.from(Instant.parse("2027-01-04T09:00:00Z")));
        CycleDriver driver = new CycleDriver(rest, backstage);
        long t = System.nanoTime();
        if (app.equals("klu")) {
          driver.runCycle(CycleDriver.nextMeetingStart(), 8);
        } else {
          backstage.deploy(BareModel.KEY, Bpmn.convertToString(BareModel.of(BareModel.KEY, shape)));
          KluBenchmark.runBare(driver, rest, BareModel.KEY);
        }
        r.put("cycleSeconds", KluBenchmark.round3((System.nanoTime() - t) / 1e9));
        Thread.sleep(2000);
        r.put("rssAfterCycleMiB", rssMiB(process.pid()));
      }
      System.out.printf("[bench] footprint %s #%d: %s%n", name, index, r);
      return r;
    } finally {
      ClockUtil.reset();
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitReady(Process process, String base, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("exited before it was ready; see " + log);
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/engine-rest/engine"))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("not ready within 300 s; see " + log);
  }

  /** Resident memory of a process in MiB, from /proc/PID/status. */
  /**
   * The CPU time the process has used, all its threads (JIT and collector included): steadier than
   * wall time on a machine shared with other work, which slows a start without adding to it.
   */
  static double cpuSeconds(Process process) {
    return process
        .info()
        .totalCpuDuration()
        .map(d -> KluBenchmark.round3(d.toNanos() / 1e9))
        .orElseThrow(() -> new IllegalStateException("no CPU time for " + process.pid()));
  }

  static double rssMiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return KluBenchmark.round(kib / 1024.0);
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The backstage of an application in another process, through {@link BenchControl}. */
  static final class Remote implements Backstage {
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    Remote(String base) {
      this.base = base + "/bench";
    }

    private JsonNode call(String path, String body) {
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        request =
            body == null
                ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> answer =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
        }
        return CycleDriver.JSON.readTree(answer.body());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String q(String v) {
      return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** Sets both clocks: the application's and this JVM's (which plans the next meeting date). */
    void clock(Date at) {
      ClockUtil.setCurrentTime(new Date(call("/clock?at=" + at.getTime(), null).asLong()));
    }

    void deploy(String name, String xml) {
      call("/deploy?name=" + q(name), xml);
    }

    @Override
    public List<OpenTask> openTasks() {
      return CycleDriver.JSON.convertValue(
          call("/tasks", null), new TypeReference<List<OpenTask>>() {});
    }

    @Override
    public List<Map<String, Object>> rows(String taskId, String variable) {
      return CycleDriver.JSON.convertValue(
          call("/rows?task=" + q(taskId) + "&var=" + q(variable), null),
          new TypeReference<List<Map<String, Object>>>() {});
    }

    @Override
    public void runDueJobs() {
      ClockUtil.setCurrentTime(new Date(call("/due", null).asLong()));
    }

    @Override
    public boolean advanceToNextTimer() {
      JsonNode answer = call("/advance", null);
      ClockUtil.setCurrentTime(new Date(answer.get("now").asLong()));
      return answer.get("advanced").asBoolean();
    }

    @Override
    public boolean ended(String processInstanceId) {
      return call("/ended?pi=" + q(processInstanceId), null).asBoolean();
    }

    @Override
    public long incidents() {
      return call("/incidents", null).asLong();
    }
  }
}
