package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.klu.support.RestClient.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged jar ({@code klu.jar}, set by failsafe) as its own process: profiles
 * {@code postgres,demo} on the given PostgreSQL database, mail to the given SMTP port (GreenMail),
 * the job executor on, the test clock endpoint on ({@code /api/testing/clock}). Used by the tests
 * that need the real process: killed and started again ({@code CrashRestartJarIT}), or two of them
 * on one database ({@code ClusterJarIT}).
 *
 * <p>Each start gets a free port and writes its output to {@code target/<name>-start<n>.log}.
 */
public final class JarNode {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final String dbUrl;
  private final int smtpPort;
  private final List<String> extraArgs;
  private final Path jar;
  private final Path targetDir;
  private Process process;
  private RestClient rest;
  private Path log;
  private int port;
  private int starts;

  /**
   * A node named {@code name} (in log files and output) on database {@code dbUrl} (user {@code
   * postgres}, no password), sending mail to 127.0.0.1:{@code smtpPort}; {@code extraArgs} are
   * added to the command line ({@code --key=value}).
   */
  public JarNode(String name, String dbUrl, int smtpPort, String... extraArgs) {
    this.name = name;
    this.dbUrl = dbUrl;
    this.smtpPort = smtpPort;
    this.extraArgs = List.of(extraArgs);
    String jarProperty = System.getProperty("klu.jar");
    assertThat(jarProperty).as("system property klu.jar (set by failsafe)").isNotBlank();
    this.jar = Path.of(jarProperty).toAbsolutePath();
    assertThat(jar).isRegularFile();
    this.targetDir = Path.of(System.getProperty("user.dir"), "target");
  }

  /** A node sending its mail to the test's SMTP server ({@link #startSmtp}). */
  public JarNode(String name, String dbUrl, GreenMail smtp, String... extraArgs) {
    this(name, dbUrl, smtp.getSmtp().getPort(), extraArgs);
  }

  /** A GreenMail SMTP server on a free port of 127.0.0.1, started: where the nodes send mail. */
  public static GreenMail startSmtp() throws IOException {
    GreenMail smtp =
        new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  /** Starts the jar on a free port and returns at once; see {@link #awaitHealthy}. */
  public void launch() throws IOException {
    assertThat(isAlive()).as("%s is already running", name).isFalse();
    port = freePort();
    log = targetDir.resolve(name + "-start" + (++starts) + ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Duser.timezone=Europe/Copenhagen",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--klu.mail.poll-interval=PT1S",
                "--klu.testing.clock-control=true",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    command.addAll(extraArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    process = builder.start();
    rest = new RestClient("http://localhost:" + port);
  }

  /** Waits until {@code /actuator/health} says UP; fails with the log's tail if it never does. */
  public void awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("%s exited with %d; log %s:%n%s", name, process.exitValue(), log, tail());
      }
      try {
        Answer health = rest.get("/actuator/health", null);
        if (health.status() == 200 && health.body().contains("UP")) {
          System.out.printf("[%s] start %d healthy on port %d%n", name, starts, port);
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    fail("%s was not healthy within %s; log %s:%n%s", name, timeout, log, tail());
  }

  /** {@link #launch} and {@link #awaitHealthy}. */
  public void start(Duration timeout) throws IOException, InterruptedException {
    launch();
    awaitHealthy(timeout);
  }

  /** SIGKILL: no shutdown hook, no graceful stop, transactions in flight are lost. */
  public void kill() {
    if (!isAlive()) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.printf("[%s] killed (exit %d)%n", name, process.exitValue());
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  /** The client of the running instance (demo people, password = user id). */
  public RestClient rest() {
    return rest;
  }

  /** The current start's log file. */
  public Path log() {
    return log;
  }

  /** Sets this JVM's engine clock (the domain's clock follows) over the test-only endpoint. */
  public void clock(String now) {
    try {
      Answer answer =
          rest.put("/api/testing/clock", "demo", JSON.writeValueAsString(Map.of("now", now)));
      assertThat(answer.status()).as("%s clock: %s", name, answer.body()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last 60 lines of the current start's log. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** The current start's log lines that contain {@code text}. */
  public List<String> logLines(String text) {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .filter(line -> line.contains(text))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
