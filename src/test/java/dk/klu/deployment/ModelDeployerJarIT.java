package dk.klu.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar deploys every model and form in {@code bpmn/} and {@code forms/} as one
 * deployment named {@code klu}, and a second start on the same database deploys nothing new (see
 * docs/adr/0001).
 *
 * <p>Run by failsafe after {@code package}; {@code klu.jar} is the repackaged Spring Boot jar. The
 * jar is started as its own process ({@code java -jar}) on a file H2 database in a temporary
 * folder; its output goes to {@code target/jar-it-start1.log} and {@code target/jar-it-start2.log}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelDeployerJarIT {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final String USER = "demo";
  private static final String PASSWORD = "demo";
  private static final Pattern STARTED =
      Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path projectDir = Path.of(System.getProperty("user.dir"));
  private final Path targetDir = projectDir.resolve("target");

  private Path jar;
  private Path dataDir;
  private Set<String> expectedResources;

  /** What the first start left behind, compared by the second start. */
  private String firstDeploymentId;

  private int firstTotalDeployments;
  private Map<String, String> firstDefinitionIds;

  @BeforeAll
  void locateJarAndSources() throws IOException {
    String jarProperty = System.getProperty("klu.jar");
    assertThat(jarProperty).as("system property klu.jar (set by failsafe)").isNotBlank();
    jar = Path.of(jarProperty).toAbsolutePath();
    assertThat(jar).as("repackaged jar").isRegularFile();
    expectedResources = new TreeSet<>();
    expectedResources.addAll(sourceFiles("bpmn", "*.bpmn"));
    expectedResources.addAll(sourceFiles("bpmn", "*.dmn"));
    expectedResources.addAll(sourceFiles("forms", "*.form"));
    assertThat(expectedResources)
        .as("models and forms in the project's bpmn/ and forms/")
        .contains("bpmn/klu-meeting.bpmn", "bpmn/klu-agenda-item.bpmn")
        .anyMatch(name -> name.startsWith("forms/"));
    dataDir = Files.createTempDirectory("klu-jar-it-");
    System.out.printf("[jar-it] jar %s, database %s%n", jar, dataDir);
  }

  @AfterAll
  void deleteDatabase() throws IOException {
    if (dataDir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  @Order(1)
  void jarContainsEveryModelAndFormOfTheSourceFolders() throws IOException {
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      List<String> missing = new ArrayList<>();
      for (String resource : expectedResources) {
        String entry = "BOOT-INF/classes/" + resource;
        if (jarFile.getJarEntry(entry) == null) {
          missing.add(entry);
        }
      }
      assertThat(missing).as("entries missing from %s", jar.getFileName()).isEmpty();
    }
  }

  @Test
  @Order(2)
  void firstStartDeploysEveryModelAndFormAsOneDeployment() throws Exception {
    RunningJar app = start("start1");
    try {
      JsonNode deployments = getJson(app, "/engine-rest/deployment?name=klu&maxResults=100");
      assertThat(deployments).as("deployments named klu after the first start").hasSize(1);
      String deploymentId = deployments.get(0).get("id").asText();

      JsonNode resources = getJson(app, "/engine-rest/deployment/" + deploymentId + "/resources");
      Set<String> deployedNames = new TreeSet<>();
      resources.forEach(resource -> deployedNames.add(resource.get("name").asText()));
      assertThat(deployedNames)
          .as("resources of deployment %s", deploymentId)
          .isEqualTo(expectedResources);

      Map<String, JsonNode> definitions = latestProcessDefinitions(app);
      for (String key : List.of("klu-meeting", "klu-agenda-item")) {
        assertThat(definitions).as("latest process definitions").containsKey(key);
        assertThat(definitions.get(key).get("version").asInt()).as("version of %s", key).isOne();
        assertThat(definitions.get(key).get("deploymentId").asText())
            .as("deployment of %s", key)
            .isEqualTo(deploymentId);
      }

      HttpResponse<String> startForm =
          get(app, "/engine-rest/process-definition/key/klu-agenda-item/deployed-start-form");
      assertThat(startForm.statusCode())
          .as("deployed start form of klu-agenda-item: %s", startForm.body())
          .isEqualTo(200);
      assertThat(startForm.body()).contains("\"id\": \"klu-agenda-item-start\"");
      assertThat(json.readTree(startForm.body()).path("id").asText())
          .isEqualTo("klu-agenda-item-start");

      firstDeploymentId = deploymentId;
      firstTotalDeployments = getJson(app, "/engine-rest/deployment/count").get("count").asInt();
      firstDefinitionIds = new HashMap<>();
      definitions.forEach((key, definition) -> firstDefinitionIds.put(key, idOf(definition)));
    } finally {
      app.stop();
    }
  }

  @Test
  @Order(3)
  void secondStartOnTheSameDatabaseDeploysNothingNew() throws Exception {
    Assumptions.assumeTrue(
        firstDeploymentId != null, "the first start did not complete; nothing to compare with");
    RunningJar app = start("start2");
    try {
      JsonNode deployments = getJson(app, "/engine-rest/deployment?name=klu&maxResults=100");
      assertThat(deployments).as("deployments named klu after the second start").hasSize(1);
      assertThat(deployments.get(0).get("id").asText())
          .as("the deployment of the first start")
          .isEqualTo(firstDeploymentId);
      assertThat(getJson(app, "/engine-rest/deployment/count").get("count").asInt())
          .as("deployments of any name")
          .isEqualTo(firstTotalDeployments);

      Map<String, JsonNode> definitions = latestProcessDefinitions(app);
      for (String key : List.of("klu-meeting", "klu-agenda-item")) {
        assertThat(definitions).as("latest process definitions").containsKey(key);
        assertThat(definitions.get(key).get("version").asInt()).as("version of %s", key).isOne();
      }
      Map<String, String> definitionIds = new HashMap<>();
      definitions.forEach((key, definition) -> definitionIds.put(key, idOf(definition)));
      assertThat(definitionIds).as("latest process definitions").isEqualTo(firstDefinitionIds);
    } finally {
      app.stop();
    }
  }

  // --- the jar as a process ---

  private RunningJar start(String name) throws IOException, InterruptedException {
    int port = freePort();
    Path log = targetDir.resolve("jar-it-" + name + ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:"
                    + dataDir.resolve("klu")
                    + ";DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.job-execution.enabled=false")
            .directory(dataDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // No profile on the embedded H2: demo comes on by itself, with demo/demo as administrator.
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().remove("KLU_ADMIN_USER");
    builder.environment().remove("KLU_ADMIN_PASSWORD");
    long started = System.nanoTime();
    RunningJar app = new RunningJar(name, builder.start(), port, log);
    try {
      app.awaitHealthy(started);
    } catch (Throwable e) {
      app.stop();
      throw e;
    }
    return app;
  }

  private final class RunningJar {
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    RunningJar(String name, Process process, int port, Path log) {
      this.name = name;
      this.process = process;
      this.port = port;
      this.log = log;
    }

    String url(String path) {
      return "http://localhost:" + port + path;
    }

    void awaitHealthy(long startedNanos) throws InterruptedException {
      long deadline = startedNanos + START_TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          fail(
              "The jar (%s) exited with %d before it was healthy; log %s:%n%s",
              name, process.exitValue(), log, tail());
        }
        if (healthy()) {
          double seconds = (System.nanoTime() - startedNanos) / 1e9;
          Matcher matcher = STARTED.matcher(logText());
          String spring =
              matcher.find()
                  ? ", Spring: started in "
                      + matcher.group(1)
                      + " s, JVM "
                      + matcher.group(2)
                      + " s"
                  : "";
          System.out.printf(
              "[jar-it] %s: health UP on port %d after %.1f s%s (log %s)%n",
              name, port, seconds, spring, log);
          return;
        }
        Thread.sleep(500);
      }
      fail("The jar (%s) was not healthy within %s; log %s:%n%s", name, START_TIMEOUT, log, tail());
    }

    private boolean healthy() throws InterruptedException {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"UP\"");
      } catch (IOException e) {
        return false; // not listening yet
      }
    }

    void stop() {
      if (!process.isAlive()) {
        return;
      }
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
          System.out.printf("[jar-it] %s did not stop in %s: killed%n", name, STOP_TIMEOUT);
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      System.out.printf("[jar-it] %s stopped (exit %d)%n", name, process.exitValue());
    }

    private String logText() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }

    private String tail() {
      List<String> lines = logText().lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
  }

  // --- REST ---

  private HttpResponse<String> get(RunningJar app, String path)
      throws IOException, InterruptedException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(app.url(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + credentials)
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode getJson(RunningJar app, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(app, path);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private Map<String, JsonNode> latestProcessDefinitions(RunningJar app)
      throws IOException, InterruptedException {
    Map<String, JsonNode> byKey = new HashMap<>();
    getJson(app, "/engine-rest/process-definition?latestVersion=true&maxResults=100")
        .forEach(definition -> byKey.put(definition.get("key").asText(), definition));
    return byKey;
  }

  private static String idOf(JsonNode definition) {
    return definition.get("id").asText();
  }

  // --- helpers ---

  private Set<String> sourceFiles(String folder, String glob) {
    Set<String> names = new TreeSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(projectDir.resolve(folder), glob)) {
      files.forEach(file -> names.add(folder + "/" + file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
