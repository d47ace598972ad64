package dk.klu.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.support.ApplicationTest;
import dk.klu.support.RestClient.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/** The guard over HTTP: a probe process with a start form and a task form, both "guard-test". */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:forms-guard;DB_CLOSE_DELAY=-1")
class FormSubmissionGuardTest extends ApplicationTest {

  static final String PROBE = "guard-probe";
  static final String GOOD =
      "{\"variables\":{\"title\":{\"value\":\"Kort titel\"},"
          + "\"triageOutcome\":{\"value\":\"SOLVED\"},"
          + "\"triageResolution\":{\"value\":\"Aftalt med lægen\"}}}";
  static final String BAD =
      "{\"variables\":{\"title\":{\"value\":\"En \\\"titel\\\" der er alt for lang\"},"
          + "\"triageOutcome\":{\"value\":\"X\"},\"foo\":{\"value\":1}}}";

  @TestConfiguration
  static class Rules {
    @Bean
    FormRule solvedNeedsResolution() {
      return new SolvedNeedsResolutionRule("guard-test");
    }
  }

  final ObjectMapper json = new ObjectMapper();
  String taskId;

  @BeforeEach
  void startProbe() throws IOException {
    if (!kit.deployed(PROBE)) {
      deployProbe();
    }
    taskId = kit.startWithTask(PROBE);
  }

  private void deployProbe() throws IOException {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROBE)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .camundaFormRef("guard-test")
            .camundaFormRefBinding("deployment")
            .userTask("Task_Guard")
            .name("Visitér punkt")
            .camundaCandidateGroups("secretariat")
            .camundaFormRef("guard-test")
            .camundaFormRefBinding("deployment")
            .endEvent()
            .done();
    try (InputStream form = getClass().getResourceAsStream("/forms-test/guard-test.form")) {
      engine
          .getRepositoryService()
          .createDeployment()
          .name(PROBE)
          .addModelInstance(PROBE + ".bpmn", model)
          .addString(
              "forms/guard-test.form", new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .deploy();
    }
  }

  boolean taskExists() {
    return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1;
  }

  JsonNode body(Answer answer) throws IOException {
    return json.readTree(answer.body());
  }

  @Test
  void badInputToCompleteIsRefusedAndChangesNothing() throws IOException {
    Answer answer = postToTask("/complete", "demo", BAD);

    assertThat(answer.status()).isEqualTo(400);
    JsonNode body = body(answer);
    assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.path("errors"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "Feltet \"Titel\" må højst være 20 tegn (er 30).",
            "Feltet \"Udfald\" har en ugyldig værdi \"X\".",
            "Ukendt felt \"foo\" – formularen har ikke det felt.");
    assertThat(body.path("message").asText()).startsWith("Feltet \"Titel\" må højst");
    assertThat(taskExists()).isTrue();
    assertThat(engine.getTaskService().getVariables(taskId)).isEmpty();
  }

  @Test
  void ruleRefusesSolvedWithoutResolution() throws IOException {
    Answer answer =
        postToTask(
            "/submit-form",
            "demo",
            "{\"variables\":{\"title\":{\"value\":\"Kort\"},\"triageOutcome\":{\"value\":\"SOLVED\"}}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(body(answer).path("message").asText())
        .isEqualTo("Feltet \"Løsning\" skal udfyldes, når punktet er løst.");
    assertThat(taskExists()).isTrue();
  }

  @Test
  void goodInputCompletesTheTask() {
    Answer answer = postToTask("/complete", "demo", GOOD);

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(taskExists()).isFalse();
  }

  @Test
  void goodInputThroughSubmitFormCompletesTheTask() {
    String open =
        "{\"variables\":{\"title\":{\"value\":\"Kort\"},\"triageOutcome\":{\"value\":\"OPEN\"}}}";
    Answer answer = postToTask("/submit-form", "demo", open);

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(taskExists()).isFalse();
  }

  /**
   * What the form shows read-only is not stored, whether Tasklist submits it (form-js sends
   * read-only fields) or a client changes it: the task completes with the rest, on each way to
   * complete a task and its other spellings.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/submit-form", "/submit-form/", "/complete", "/complete/"})
  void readOnlyValuesAreNotStored(String completion) {
    String withShown =
        "{\"variables\":{\"title\":{\"value\":\"Kort\"},\"triageOutcome\":{\"value\":\"OPEN\"},"
            + "\"shownNote\":{\"value\":\"ændret af klienten\"},"
            + "\"shownRow\":{\"type\":\"Json\","
            + "\"value\":\"{\\\"label\\\":\\\"ændret\\\",\\\"comment\\\":\\\"Enig\\\"}\"}}}";
    String processInstanceId =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(taskId)
            .singleResult()
            .getProcessInstanceId();

    Answer answer = postToTask(completion, "demo", withShown);

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(taskExists()).isFalse();
    java.util.Map<String, Object> stored = new java.util.HashMap<>();
    engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .list()
        .forEach(v -> stored.put(v.getName(), v.getValue()));
    assertThat(stored).containsEntry("title", "Kort").doesNotContainKey("shownNote");
    assertThat(String.valueOf(stored.get("shownRow")))
        .contains("Enig")
        .doesNotContain("ændret")
        .doesNotContain("label");
  }

  @Test
  void malformedBodiesAreRefused() throws IOException {
    Answer notJson = postToTask("/complete", "demo", "{\"variables\":");
    Answer noVariables = postToTask("/complete", "demo", "{}");

    assertThat(notJson.status()).isEqualTo(400);
    assertThat(body(notJson).path("message").asText())
        .isEqualTo("Forespørgslen er ikke gyldig JSON.");
    assertThat(noVariables.status()).isEqualTo(400);
    assertThat(body(noVariables).path("message").asText())
        .isEqualTo("Forespørgslen mangler variabler.");
    assertThat(taskExists()).isTrue();
  }

  @Test
  void startFormIsValidatedToo() throws IOException {
    long before = instances();
    Answer bad =
        rest.post("/engine-rest/process-definition/key/" + PROBE + "/submit-form", "demo", BAD);

    assertThat(bad.status()).isEqualTo(400);
    assertThat(body(bad).path("errors")).hasSize(3);
    assertThat(instances()).isEqualTo(before);

    Answer good =
        rest.post("/engine-rest/process-definition/key/" + PROBE + "/submit-form", "demo", GOOD);
    assertThat(good.status()).as(good.body()).isEqualTo(200);
    assertThat(instances()).isEqualTo(before + 1);
  }

  @Test
  void startByIdIsValidated() {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROBE)
            .latestVersion()
            .singleResult()
            .getId();
    long before = instances();

    Answer bad =
        rest.post("/engine-rest/process-definition/" + definitionId + "/start", "demo", BAD);

    assertThat(bad.status()).isEqualTo(400);
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void callersWhoCannotSeeTheTaskAreLeftToTheEngine() {
    Answer answer = postToTask("/complete", "laege", BAD);

    assertThat(answer.status()).as(answer.body()).isIn(403, 404, 500);
    assertThat(answer.body()).doesNotContain("Titel");
    assertThat(taskExists()).isTrue();
  }

  @Test
  void onlyAdministratorsWriteVariablesDirectly() throws IOException {
    String modification = "{\"modifications\":{\"title\":{\"value\":\"Ændret\"}}}";

    Answer secretary = postToTask("/variables", "sekretaer", modification);
    Answer put = putToTask("/localVariables/title", "sekretaer", "{\"value\":\"x\"}");

    assertThat(secretary.status()).isEqualTo(403);
    assertThat(body(secretary).path("message").asText()).contains("giver ikke adgang");
    assertThat(put.status()).isEqualTo(403);
    assertThat(engine.getTaskService().getVariables(taskId)).isEmpty();

    Answer admin = postToTask("/variables", "demo", modification);
    assertThat(admin.status()).as(admin.body()).isEqualTo(204);
    assertThat(engine.getTaskService().getVariable(taskId, "title")).isEqualTo("Ændret");
  }

  @Test
  void secretaryCanSeeAndCompleteWithGoodInput() {
    assertThat(rest.get("/engine-rest/task/" + taskId, "sekretaer").status()).isEqualTo(200);

    Answer bad = postToTask("/complete", "sekretaer", BAD);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(taskExists()).isTrue();
  }

  long instances() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROBE)
        .count();
  }

  /** POSTs to the task under test: {@code path} follows {@code /engine-rest/task/{id}}. */
  private Answer postToTask(String path, String user, String json) {
    return rest.post("/engine-rest/task/" + taskId + path, user, json);
  }

  /** PUTs to the task under test: {@code path} follows {@code /engine-rest/task/{id}}. */
  private Answer putToTask(String path, String user, String json) {
    return rest.put("/engine-rest/task/" + taskId + path, user, json);
  }
}
