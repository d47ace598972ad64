package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.support.ApplicationTest;
import dk.klu.support.CycleDriver;
import dk.klu.support.RestClient;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.WebappSession;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The findings of the security review of 2026-12 (issue 17), each as the attack that was shown
 * live, now refused. Each test fails when its part of the design is taken away: the gate's
 * allowlist, its check of what people send, the chairs' own tasks, the body cap, the refusal of
 * cross-site requests.
 */
@TestPropertySource(properties = "klu.mail.scheduler-enabled=false")
class EngineDoorsTest extends ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROBE = "security-doors-probe";

  CycleDriver cycle;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    cycle = new CycleDriver(rest, engine);
    cycle.clock("2027-01-04T10:00:00+01:00");
  }

  @AfterEach
  void resetClockAndProbes() {
    ClockUtil.reset();
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(PROBE)
        .list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test"));
  }

  /** Finding 1: an expression in a task query ran code on the server, via other spellings. */
  @Test
  void noExpressionFromAPersonReachesTheEngineInAnySpelling() {
    String code =
        "${''.getClass().forName('java.lang.System').getMethod('setProperty',''.getClass(),"
            + "''.getClass()).invoke(null,'klu.doors','pwned')}";
    String escaped = code.replace("${", "\\u0024{");
    for (String path :
        List.of(
            "/engine-rest/task",
            "/engine-rest/task/",
            "/engine-rest/task;x=1",
            "/engine-rest/task/count/",
            "/engine-rest/engine/default/task")) {
      for (String expression : List.of(code, escaped, code.replace("${", "#{"))) {
        Answer answer =
            rest.post(
                path, "laege", "{\"orQueries\":[{\"assigneeExpression\":\"" + expression + "\"}]}");
        assertThat(answer.status()).as(path + " " + expression).isIn(400, 403);
      }
    }
    assertThat(
            rest.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", "laege")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/history/task",
                    "procesejer",
                    "{\"taskAssigneeLike\":\"#{execution}\"}")
                .status())
        .isEqualTo(403);
    assertThat(System.getProperty("klu.doors")).isNull();
    // the same query without an expression is answered
    assertThat(
            rest.post("/engine-rest/task/?maxResults=10", "laege", "{\"assignee\":\"laege\"}")
                .status())
        .isEqualTo(200);
  }

  /** Finding 2: a BPMN error (or variables) on one's own task set both chairs to oneself. */
  @Test
  void aPersonChangesVariablesOnlyThroughTheForm() {
    String taskId = probeTaskFor("laege");
    String instance = task(taskId).getProcessInstanceId();
    String chairs = "{\"chairUser\":{\"value\":\"laege\"},\"gpChairUser\":{\"value\":\"laege\"}}";
    assertThat(
            rest.post(
                    "/engine-rest/task/" + taskId + "/bpmnError",
                    "laege",
                    "{\"errorCode\":\"x\",\"variables\":" + chairs + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/task/" + taskId + "/bpmnEscalation",
                    "laege",
                    "{\"escalationCode\":\"x\",\"variables\":" + chairs + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/task/" + taskId + "/variables",
                    "laege",
                    "{\"modifications\":" + chairs + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.put(
                    "/engine-rest/task/" + taskId + "/localVariables/chairUser",
                    "laege",
                    "{\"value\":\"laege\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/process-instance/" + instance + "/variables",
                    "laege",
                    "{\"modifications\":" + chairs + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/task/" + taskId + "/resolve",
                    "laege",
                    "{\"variables\":" + chairs + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/task/" + taskId + "/assignee", "laege", "{\"userId\":\"laege2\"}")
                .status())
        .isEqualTo(403);
    // the task has no form: completing it carries no values
    Answer withValues =
        rest.post(
            "/engine-rest/task/" + taskId + "/complete", "laege", "{\"variables\":" + chairs + "}");
    assertThat(withValues.status()).isEqualTo(400);
    assertThat(withValues.body()).contains("ingen formular");
    assertThat(engine.getRuntimeService().getVariables(instance))
        .doesNotContainKeys("chairUser", "gpChairUser");
    assertThat(task(taskId)).isNotNull();
    assertThat(rest.post("/engine-rest/task/" + taskId + "/complete", "laege", "{}").status())
        .isEqualTo(204);
  }

  /** Finding 3: a start with startInstructions skipped the start form and its checks. */
  @Test
  void aStartCarriesTheFormsVariablesAndNothingElse() throws Exception {
    long before = instances(AgendaItemProcess.KEY);
    String values =
        CycleDriver.body(
            CycleDriver.itemValues("Et punkt om samarbejde", "KOMMUNIKATION", "DECISION"));
    String variables = values.substring(values.indexOf('{', 1), values.lastIndexOf('}'));
    for (String extra :
        List.of(
            "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_RecordLateDecision\","
                + "\"variables\":{\"itemId\":{\"value\":1}}}]",
            "\"skipCustomListeners\":true",
            "\"skipIoMappings\":true",
            "\"withVariablesInReturn\":true",
            "\"businessKey\":\"item-1\"")) {
      String body = "{\"variables\":" + variables + "," + extra + "}";
      for (String operation : List.of("start", "submit-form")) {
        Answer answer =
            rest.post(
                "/engine-rest/process-definition/key/klu-agenda-item/" + operation, "laege", body);
        assertThat(answer.status()).as(extra).isEqualTo(400);
      }
    }
    assertThat(instances(AgendaItemProcess.KEY)).isEqualTo(before);
    Answer plain =
        rest.post(
            "/engine-rest/process-definition/key/klu-agenda-item/submit-form", "laege", values);
    assertThat(plain.status()).as(plain.body()).isEqualTo(200);
    assertThat(instances(AgendaItemProcess.KEY)).isEqualTo(before + 1);
  }

  /** Finding 4: the secretariat approved in the chairs' names; one chair could for the other. */
  @Test
  void aChairsApprovalBelongsToThatChair() throws Exception {
    CycleDriver.Cycle started = cycle.startCycle(CycleDriver.nextMeetingStart(), 1);
    String review = cycle.driveUntil(started, "UserTask_ReviewAgendaChair");
    Task task = task(review);
    assertThat(task.getAssignee()).isEqualTo("formand");
    Map<String, Object> approve =
        Map.of(
            "agendaItems",
            CycleDriver.submitted(cycle.backstage().rows(review, "agendaItems")),
            "chairDecision",
            "APPROVE");
    for (String other : List.of("sekretaer", "plo-formand", "laege")) {
      Answer answer = cycle.submit(other, review, approve);
      assertThat(answer.status()).as(other + ": " + answer.body()).isIn(403, 404);
      assertThat(
              rest.post(
                      "/engine-rest/task/" + review + "/claim",
                      other,
                      "{\"userId\":\"" + other + "\"}")
                  .status())
          .as(other)
          .isIn(403, 404);
    }
    assertThat(task(review)).isNotNull();
    String instance = task.getProcessInstanceId();
    assertThat(
            rest.put(
                    "/engine-rest/process-instance/" + instance + "/variables/chairUser",
                    "sekretaer",
                    "{\"value\":\"sekretaer\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/process-instance/" + instance + "/modification",
                    "sekretaer",
                    "{\"instructions\":[]}")
                .status())
        .isEqualTo(403);
    assertThat(rest.post("/engine-rest/job/any/execute", "sekretaer", "{}").status())
        .isEqualTo(403);

    // The chair is away: the secretariat gives the approval to the one standing in, with a reason.
    String reassign = "/api/tasks/" + review + "/assignee";
    assertThat(rest.post(reassign, "laege", "{\"userId\":\"laege\",\"reason\":\"x\"}").status())
        .isEqualTo(403);
    Answer notAChair =
        rest.post(reassign, "sekretaer", "{\"userId\":\"laege\",\"reason\":\"Ferie\"}");
    assertThat(notAChair.status()).isEqualTo(400);
    assertThat(notAChair.body()).contains("Formandskabet");
    assertThat(rest.post(reassign, "sekretaer", "{\"userId\":\"plo-formand\"}").body())
        .contains("hvorfor");
    Answer moved =
        rest.post(
            reassign,
            "sekretaer",
            "{\"userId\":\"plo-formand\",\"reason\":\"Formanden er på ferie\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(task(review).getAssignee()).isEqualTo("plo-formand");
    UserOperationLogEntry logged =
        engine
            .getHistoryService()
            .createUserOperationLogQuery()
            .taskId(review)
            .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN)
            .singleResult();
    assertThat(logged.getUserId()).isEqualTo("sekretaer");
    assertThat(engine.getTaskService().getTaskComments(review))
        .anyMatch(c -> c.getFullMessage().contains("Formanden er på ferie"));
    assertThat(cycle.submit("plo-formand", review, approve).status()).isEqualTo(204);
  }

  /** Finding 5: an anonymous 300 MB body was read whole into memory. */
  @Test
  void bodiesAreCappedBeforeAnythingReadsThem() throws Exception {
    byte[] big = new byte[1536 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    for (String path :
        List.of(
            "/camunda/api/engine/engine/default/task",
            "/engine-rest/task",
            "/api/outbox/1/resend")) {
      HttpResponse<String> answer = post(path, HttpRequest.BodyPublishers.ofByteArray(big));
      assertThat(answer.statusCode()).as(path).isEqualTo(413);
      assertThat(answer.body()).contains("for stor");
    }
    // without a declared length (chunked), the read stops at the cap
    HttpResponse<String> chunked =
        post(
            "/engine-rest/task",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", RestClient.basic("laege", "laege"))
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Finding 10: Basic credentials a browser remembered could be replayed from another site. */
  @Test
  void anotherSiteCannotReplayABrowsersCredentials() throws Exception {
    for (String[] header :
        List.of(
            new String[] {"Origin", "https://evil.example"},
            new String[] {"Sec-Fetch-Site", "cross-site"})) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/api/outbox/1/resend"))
                  .header("Authorization", RestClient.basic("sekretaer", "sekretaer"))
                  .header(header[0], header[1])
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(header[0]).isEqualTo(403);
      assertThat(answer.body()).contains("andre websteder");
    }
    HttpResponse<String> sameSite =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/engine-rest/task/count"))
                .header("Authorization", RestClient.basic("sekretaer", "sekretaer"))
                .header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(sameSite.statusCode()).isEqualTo(200);

    // A page load without a login is told to log in, with no Basic dialog to fill in.
    HttpResponse<String> page = rest.pageLoad("/api/meetings/1/preview/dagsorden");
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(page.body()).contains("Log ind");
    // A script (no page load) still gets the standard challenge.
    assertThat(
            http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/engine-rest/task"))
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .headers()
                .firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  /** Finding 10: a document opens in the Tasklist session, with the public pages' CSP. */
  @Test
  void documentsOpenInTheTasklistSession() throws Exception {
    Answer started = cycle.startMeeting(CycleDriver.nextMeetingStart());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    Object meetingId =
        cycle.variable(JSON.readTree(started.body()).get("id").asText(), "meetingId");
    WebappSession secretary = WebappSession.login(port, "sekretaer", "tasklist");
    HttpResponse<String> preview =
        secretary.get("/api/meetings/" + meetingId + "/preview/dagsorden", "Accept", "text/html");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
    // the session reads documents; it changes nothing through /api
    assertThat(secretary.send("POST", "/api/outbox/1/resend", null).statusCode()).isEqualTo(401);
    WebappSession member = WebappSession.login(port, "laege", "tasklist");
    assertThat(member.get("/api/meetings/" + meetingId + "/preview/dagsorden").statusCode())
        .isEqualTo(403);
  }

  /** Finding 11: an anonymous request learnt whether a task exists. */
  @Test
  void nobodyLoggedInLearnsNothing() {
    String taskId = probeTaskFor("laege");
    for (String api : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
      for (String id : List.of(taskId, "no-such-task")) {
        Answer answer = rest.post(api + "/task/" + id + "/complete", null, "{}");
        assertThat(answer.status()).as(api + " " + id).isEqualTo(401);
      }
    }
  }

  private String probeTaskFor(String user) {
    kit.deployOnce(
        PROBE,
        Bpmn.createExecutableProcess(PROBE)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("UserTask_Probe")
            .name("Prøveopgave")
            .camundaAssignee(user)
            .endEvent()
            .done());
    return kit.startWithTask(PROBE);
  }

  private Task task(String id) {
    return engine.getTaskService().createTaskQuery().taskId(id).singleResult();
  }

  private long instances(String key) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(key)
        .count();
  }
}
