package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.ApplicationTest;
import dk.klu.support.RestClient.Answer;
import dk.klu.support.WebappSession;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The security contract over HTTP, as callers see it. Runs on H2 and on PostgreSQL (subclasses).
 */
abstract class SecurityContractTest extends ApplicationTest {

  static final String PROBE = "security-probe";

  String secretariatTaskId;

  @BeforeEach
  void startProbeWithSecretariatTask() {
    kit.deployOnce(
        PROBE,
        Bpmn.createExecutableProcess(PROBE)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Probe")
            .name("Sekretariatets opgave")
            .camundaCandidateGroups(KluGroups.SECRETARIAT)
            .endEvent()
            .done());
    engine.getRuntimeService().startProcessInstanceByKey(PROBE);
    Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(PROBE).list().get(0);
    secretariatTaskId = task.getId();
  }

  @Test
  void restNeedsAuthenticationExceptTheEngineList() {
    assertThat(rest.get("/engine-rest/task", null).status()).isEqualTo(401);
    assertThat(rest.get("/engine-rest/process-definition", null).status()).isEqualTo(401);
    Answer engines = rest.get("/engine-rest/engine", null);
    assertThat(engines.status()).isEqualTo(200);
    assertThat(engines.body()).contains("default");
    assertThat(rest.get("/engine-rest/task?maxResults=100", "demo").status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsRefused() {
    // laege2 only: a failed login delays that user's next login (the engine's brute-force guard)
    assertThat(rest.get("/engine-rest/task", "laege2", "wrong").status()).isEqualTo(401);
    assertThat(rest.get("/engine-rest/task", "nobody").status()).isEqualTo(401);
  }

  @Test
  void memberCannotReadOrCompleteSecretariatTask() {
    Answer list =
        rest.get("/engine-rest/task?maxResults=100&processDefinitionKey=" + PROBE, "laege");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(secretariatTaskId);
    assertThat(rest.get("/engine-rest/task/" + secretariatTaskId, "laege").status()).isIn(403, 404);
    assertThat(
            rest.post("/engine-rest/task/" + secretariatTaskId + "/complete", "laege", "{}")
                .status())
        .isIn(403, 404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(secretariatTaskId).count())
        .isEqualTo(1);
  }

  @Test
  void secretariatSeesAndCompletesItsTask() {
    Answer list =
        rest.get("/engine-rest/task?maxResults=100&processDefinitionKey=" + PROBE, "sekretaer");
    assertThat(list.body()).contains(secretariatTaskId);
    Answer complete =
        rest.post("/engine-rest/task/" + secretariatTaskId + "/complete", "sekretaer", "{}");
    assertThat(complete.status()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(secretariatTaskId).count())
        .isZero();
  }

  @Test
  void processOwnerReadsButCompletesNothing() {
    Answer instances =
        rest.get(
            "/engine-rest/process-instance?maxResults=100&processDefinitionKey=" + PROBE,
            "procesejer");
    assertThat(instances.status()).isEqualTo(200);
    assertThat(instances.body()).contains("\"id\"");
    Answer tasks =
        rest.get("/engine-rest/task?maxResults=100&processDefinitionKey=" + PROBE, "procesejer");
    assertThat(tasks.body()).contains(secretariatTaskId);
    assertThat(
            rest.post("/engine-rest/task/" + secretariatTaskId + "/complete", "procesejer", "{}")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post("/engine-rest/process-definition/key/" + PROBE + "/start", "procesejer", "{}")
                .status())
        .isEqualTo(403);
  }

  /**
   * The meeting's called steps (triage, agenda preparation, follow-up) are started by the meeting
   * only: not by the secretariat, a member or a chair, over either start endpoint; the secretariat
   * still reads them.
   */
  @Test
  void nobodyStartsTheMeetingsCalledStepsButTheMeeting() {
    for (String key : KluProcesses.CALLED) {
      for (String user : java.util.List.of("sekretaer", "laege", "formand")) {
        for (String action : java.util.List.of("/start", "/submit-form")) {
          Answer answer =
              rest.post(
                  "/engine-rest/process-definition/key/" + key + action,
                  user,
                  "{\"variables\":{}}");
          assertThat(answer.status())
              .as("%s %s%s: %s", user, key, action, answer.body())
              .isIn(400, 403, 404);
        }
      }
      assertThat(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processDefinitionKey(key)
                  .count())
          .as("no %s started by a person", key)
          .isZero();
      Answer read = rest.get("/engine-rest/process-definition/key/" + key, "sekretaer");
      assertThat(read.status()).as(read.body()).isEqualTo(200);
      assertThat(read.body()).contains("\"startableInTasklist\":false");
    }
  }

  @Test
  void setupEndpointIsClosedOnceAnAdminExists() {
    Answer answer =
        rest.post(
            "/camunda/api/admin/setup/default/user/create",
            null,
            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder\"}}");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void expressionsInTaskQueriesAreRefusedForNonAdmins() {
    assertThat(
            rest.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", "laege")
                .status())
        .isEqualTo(403);
    assertThat(
            rest.post(
                    "/engine-rest/task",
                    "sekretaer",
                    "{\"candidateGroupExpression\":\"${currentUserGroups()}\"}")
                .status())
        .isEqualTo(403);
    Answer nested =
        rest.post(
            "/engine-rest/task",
            "sekretaer",
            "{\"orQueries\":[{\"assigneeExpression\":\"#{execution}\"}]}");
    assertThat(nested.status()).isEqualTo(403);
    assertThat(nested.body()).contains("ikke tilladt");
    Answer filter =
        rest.post(
            "/engine-rest/filter/create",
            "sekretaer",
            "{\"resourceType\":\"Task\",\"name\":\"x\","
                + "\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}");
    assertThat(filter.status()).isEqualTo(403);
    // the same query without an expression is answered
    assertThat(
            rest.post(
                    "/engine-rest/task?maxResults=100", "sekretaer", "{\"assignee\":\"sekretaer\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    String body =
        "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\","
            + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    Answer answer =
        rest.post("/engine-rest/process-definition/key/" + PROBE + "/start", "demo", body);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("Java-serialiserede");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void actuatorExposesOnlyHealthInfoAndAuthenticatedMetrics() {
    assertThat(rest.get("/actuator/health", null).status()).isEqualTo(200);
    assertThat(rest.get("/actuator/info", null).status()).isEqualTo(200);
    assertThat(rest.get("/actuator/metrics", null).status()).isEqualTo(401);
    assertThat(rest.get("/actuator/metrics", "laege").status()).isEqualTo(403);
    assertThat(rest.get("/actuator/metrics", "procesejer").status()).isEqualTo(200);
    assertThat(rest.get("/actuator/metrics/jvm.memory.used", "demo").status()).isEqualTo(200);
    assertThat(rest.get("/actuator/env", "demo").status()).isEqualTo(404);
    assertThat(rest.get("/actuator/beans", "demo").status()).isEqualTo(404);
  }

  @Test
  void noH2Console() {
    assertThat(rest.get("/h2-console", null).status()).isEqualTo(404);
    assertThat(rest.get("/h2-console/", "demo").status()).isEqualTo(404);
  }

  @Test
  void eachRoleSeesItsOwnTasklistFilters() {
    assertThat(rest.get("/engine-rest/filter?maxResults=100", "sekretaer").body())
        .contains("Mine opgaver", "Sekretariatet", "Formandskabet");
    assertThat(rest.get("/engine-rest/filter?maxResults=100", "formand").body())
        .contains("Mine opgaver", "Formandskabet")
        .doesNotContain("Sekretariatet");
    assertThat(rest.get("/engine-rest/filter?maxResults=100", "laege").body())
        .contains("Mine opgaver")
        .doesNotContain("Sekretariatet", "Formandskabet");
    // the process owner works in Cockpit, not Tasklist: no filters at all
    assertThat(rest.get("/engine-rest/filter?maxResults=100", "procesejer").status())
        .isEqualTo(403);
  }

  @Test
  void demoPeopleCanLogInToTheirWebapps() {
    assertThat(login("sekretaer", "tasklist")).isEqualTo(200);
    assertThat(login("procesejer", "cockpit")).isEqualTo(200);
    assertThat(login("demo", "admin")).isEqualTo(200);
    assertThat(login("laege", "cockpit")).isIn(401, 403);
    assertThat(login("sekretaer", "admin")).isIn(401, 403);
  }

  int login(String user, String app) {
    return WebappSession.login(port, user, app).loginStatus();
  }
}
