package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.security.EngineOperations.Operation;
import dk.klu.support.RestClient;
import dk.klu.support.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The published role × operation matrix of the engine REST API, proven over HTTP: every operation
 * of Camunda's OpenAPI document, for every role and for nobody logged in, in every spelling the
 * servlet container routes to the same resource, on {@code /engine-rest} (HTTP Basic) and on the
 * webapps' API (session). An allowed operation reaches the engine (here with made-up ids, so it
 * changes nothing); a refused one is answered by the gate, whatever the spelling.
 *
 * <p>The expected matrix is {@code docs/security/engine-api-matrix.md}, reviewed by people; a
 * change to {@link EngineApiAllowlist} fails here until that file says the same.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "spring.profiles.active=demo"})
class EngineApiMatrixTest {

  static final Path MATRIX = Path.of("docs/security/engine-api-matrix.md");

  /** One demo person per role. */
  static final Map<String, String> PERSON_OF_ROLE = new LinkedHashMap<>();

  static {
    PERSON_OF_ROLE.put(KluGroups.SECRETARIAT, "sekretaer");
    PERSON_OF_ROLE.put(KluGroups.CHAIR, "formand");
    PERSON_OF_ROLE.put(KluGroups.MEMBER, "laege");
    PERSON_OF_ROLE.put(KluGroups.PRACTICE_CONSULTANT, "praksiskonsulent");
    PERSON_OF_ROLE.put(KluGroups.PROCESS_OWNER, "procesejer");
  }

  static final String PROBE_ID = "klu-matrix-probe";

  @LocalServerPort int port;
  @Autowired EngineOperations operations;
  @Autowired EngineApiAllowlist allowlist;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void theAllowlistIsThePublishedMatrix() throws IOException {
    String generated = markdown();
    assertThat(Files.readString(MATRIX, StandardCharsets.UTF_8))
        .as("docs/security/engine-api-matrix.md (regenerate with -Dklu.matrix.write=true)")
        .isEqualTo(generated);
  }

  @Test
  void everyOperationForEveryRoleInEverySpelling() {
    Map<String, Set<String>> expected = published();
    List<String> wrong = new ArrayList<>();
    for (Operation operation : operations.all()) {
      String path = concrete(operation.template());
      for (Map.Entry<String, String> role : PERSON_OF_ROLE.entrySet()) {
        boolean allowed = expected.get(role.getKey()).contains(operation.key());
        for (String spelling : spellings(path)) {
          Reply reply = send(operation.method(), "/engine-rest" + spelling, role.getValue());
          if (allowed ? reply.denied() || reply.status() == 401 : !reply.deniedWith(403)) {
            wrong.add(
                "%s %s as %s: %d%s"
                    .formatted(
                        operation.method(),
                        spelling,
                        role.getKey(),
                        reply.status(),
                        reply.denied() ? " (gate)" : ""));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void nobodyLoggedInGetsOnlyTheEngineListAndNeverLearnsWhatExists() {
    List<String> wrong = new ArrayList<>();
    for (Operation operation : operations.all()) {
      for (String spelling : spellings(concrete(operation.template()))) {
        Reply rest = send(operation.method(), "/engine-rest" + spelling, null);
        Reply webapp =
            send(operation.method(), "/camunda/api/engine/engine/default" + spelling, null);
        boolean engineList = operation.key().equals("GET /engine");
        for (Reply reply : List.of(rest, webapp)) {
          if (!engineList && reply.status() != 401) {
            wrong.add(operation.method() + " " + spelling + ": " + reply.status());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(send("GET", "/engine-rest/engine", null).status()).isEqualTo(200);
    assertThat(send("GET", "/camunda/api/engine/engine/", null).status()).isEqualTo(200);
  }

  @Test
  void theWebappsApiFollowsTheSameMatrixInTheSession() {
    Map<String, Set<String>> expected = published();
    Map<String, WebappSession> sessions =
        Map.of(
            KluGroups.MEMBER, WebappSession.login(port, "laege", "tasklist"),
            KluGroups.PROCESS_OWNER, WebappSession.login(port, "procesejer", "cockpit"));
    List<String> wrong = new ArrayList<>();
    sessions.forEach(
        (role, session) -> {
          assertThat(session.loginStatus()).isEqualTo(200);
          for (Operation operation : operations.all()) {
            String path = "/camunda/api/engine/engine/default" + concrete(operation.template());
            HttpResponse<String> reply =
                session.send(
                    operation.method(), path, operation.method().equals("GET") ? null : "{}");
            boolean denied = reply.headers().firstValue(EngineApiGate.DENIED_HEADER).isPresent();
            boolean allowed = expected.get(role).contains(operation.key());
            if (allowed ? denied || reply.statusCode() == 401 : !denied) {
              wrong.add(operation.key() + " as " + role + ": " + reply.statusCode());
            }
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void theSpellingsAreRealRoutesAndOddOnesAreRefused() {
    for (String spelling : spellings("/task/count")) {
      Reply admin = send("GET", "/engine-rest" + spelling, "demo");
      assertThat(admin.status()).as(spelling).isEqualTo(200);
      assertThat(admin.body()).as(spelling).contains("\"count\"");
    }
    // an encoded parameter is routed as the parameter's value
    Reply encoded = send("GET", "/engine-rest/task/" + PROBE_ID.replace("-", "%2D"), "demo");
    assertThat(encoded.status()).isEqualTo(404);
    assertThat(encoded.body()).contains(PROBE_ID);
    for (String odd :
        List.of("//task/count", "/./task/count", "/x/../task/count", "/task/%2Fcount")) {
      Reply member = send("GET", "/engine-rest" + odd, "laege");
      assertThat(member.status()).as(odd).isIn(400, 403);
      assertThat(member.body()).as(odd).doesNotContain("\"count\"");
    }
  }

  /** The spellings a servlet container routes to the same resource. */
  static List<String> spellings(String path) {
    String encoded = path.replace(PROBE_ID, PROBE_ID.replace("-", "%2D"));
    int slash = path.indexOf('/', 1);
    String firstWithParameter =
        slash < 0 ? path + ";x=1" : path.substring(0, slash) + ";x=1" + path.substring(slash);
    return List.of(
        path, path + "/", path + ";x=1", firstWithParameter, encoded, "/engine/default" + path);
  }

  static String concrete(String template) {
    return template.replaceAll("\\{[^}]+}", PROBE_ID);
  }

  /** The matrix as docs/security/engine-api-matrix.md has it: role → allowed operations. */
  static Map<String, Set<String>> published() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    PERSON_OF_ROLE.keySet().forEach(role -> byRole.put(role, new TreeSet<>()));
    String current = null;
    try {
      for (String line : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
        if (line.startsWith("## `")) {
          current = line.substring(4, line.indexOf('`', 4));
        } else if (line.startsWith("- `") && current != null) {
          byRole.get(current).add(line.substring(3, line.lastIndexOf('`')));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byRole;
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Engine REST API: what each role may call\n\n")
        .append("Generated from `EngineApiAllowlist` and checked by `EngineApiMatrixTest`, which\n")
        .append("calls every operation of Camunda's OpenAPI document (")
        .append(operations.all().size())
        .append(" operations, with the CMMN reads it leaves out) for every role\n")
        .append(
            "in every spelling the container routes, on `/engine-rest` and `/camunda/api/engine`.\n")
        .append("Everything not listed is refused with 403 (`X-KLU-Denied-By: engine-api-gate`);\n")
        .append("nobody logged in gets 401 for everything but `GET /engine`;\n")
        .append("administrators (`camunda-admin`) are not limited.\n");
    for (String role : PERSON_OF_ROLE.keySet()) {
      Set<String> allowed = allowlist.allowed(role);
      md.append("\n## `").append(role).append("` (").append(allowed.size()).append(")\n\n");
      allowed.forEach(key -> md.append("- `").append(key).append("`\n"));
    }
    String text = md.toString();
    if (Boolean.getBoolean("klu.matrix.write")) {
      try {
        Files.createDirectories(MATRIX.getParent());
        Files.writeString(MATRIX, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text;
  }

  /** An answer and whether the gate gave it. */
  record Reply(int status, String body, boolean denied) {
    boolean deniedWith(int expected) {
      return denied && status == expected;
    }
  }

  private Reply send(String method, String path, String user) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (user != null) {
      builder.header("Authorization", RestClient.basic(user, user));
    }
    if (method.equals("GET") || method.equals("DELETE")) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString("{}"));
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.body(),
          response.headers().firstValue(EngineApiGate.DENIED_HEADER).isPresent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
