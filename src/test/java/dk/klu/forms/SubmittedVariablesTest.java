package dk.klu.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmittedVariablesTest {

  static Map<String, Object> parse(String json) throws SubmittedVariables.Refused {
    return SubmittedVariables.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> refusal(String json) {
    try {
      parse(json);
      throw new AssertionError("not refused: " + json);
    } catch (SubmittedVariables.Refused e) {
      return e.messages();
    }
  }

  @Test
  void readsPrimitivesAndJson() throws Exception {
    Map<String, Object> values =
        parse(
            "{\"variables\":{\"a\":{\"value\":\"x\"},\"n\":{\"value\":5},\"d\":{\"value\":1.5},"
                + "\"b\":{\"value\":true},\"z\":{\"value\":null},"
                + "\"l\":{\"type\":\"Json\",\"value\":\"[{\\\"k\\\":1}]\"}}}");
    assertThat(values)
        .containsEntry("a", "x")
        .containsEntry("n", 5)
        .containsEntry("d", 1.5)
        .containsEntry("b", true)
        .containsEntry("z", null)
        .containsEntry("l", List.of(Map.of("k", 1)));
  }

  @Test
  void refusesMalformedBodies() {
    assertThat(refusal("{\"variables\":")).containsExactly(SubmittedVariables.NOT_JSON);
    assertThat(refusal("{\"variables\":{\"a\":{\"value\":1},\"a\":{\"value\":2}}}"))
        .containsExactly(SubmittedVariables.NOT_JSON);
    assertThat(refusal("")).containsExactly(SubmittedVariables.NO_VARIABLES);
    assertThat(refusal("{}")).containsExactly(SubmittedVariables.NO_VARIABLES);
    assertThat(refusal("{\"variables\":[]}")).containsExactly(SubmittedVariables.NO_VARIABLES);
  }

  @Test
  void refusesTypesAFormCannotSend() {
    assertThat(refusal("{\"variables\":{\"o\":{\"type\":\"Object\",\"value\":\"x\"}}}"))
        .containsExactly("Variablen \"o\" har en type, som formularen ikke tillader (\"Object\").");
    assertThat(refusal("{\"variables\":{\"o\":{\"value\":{\"a\":1}}}}"))
        .containsExactly("Variablen \"o\" skal sendes med typen \"Json\".");
    assertThat(refusal("{\"variables\":{\"i\":{\"type\":\"Integer\",\"value\":\"42\"}}}"))
        .containsExactly("Variablen \"i\" passer ikke til typen \"integer\".");
    assertThat(refusal("{\"variables\":{\"j\":{\"type\":\"Json\",\"value\":\"[1,\"}}}"))
        .containsExactly("Variablen \"j\" er ikke gyldig JSON.");
  }

  @Test
  void findsTheEndpoints() {
    assertThat(Endpoint.of("/engine-rest/task/t1/submit-form"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.kind()).isEqualTo(Endpoint.Kind.TASK_SUBMISSION);
              assertThat(e.id()).isEqualTo("t1");
              assertThat(e.rest()).isTrue();
            });
    assertThat(
            Endpoint.of("/camunda/api/engine/engine/default/process-definition/p:1:2/submit-form"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.kind()).isEqualTo(Endpoint.Kind.START_BY_ID);
              assertThat(e.id()).isEqualTo("p:1:2");
              assertThat(e.rest()).isFalse();
            });
    assertThat(Endpoint.of("/engine-rest/engine/other/process-definition/key/k/tenant-id/t/start"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.kind()).isEqualTo(Endpoint.Kind.START_BY_KEY);
              assertThat(e.engineName()).isEqualTo("other");
              assertThat(e.tenantId()).isEqualTo("t");
            });
    // variable endpoints are closed to people by the EngineApiGate, not checked against forms
    assertThat(Endpoint.of("/engine-rest/process-instance/pi/variables/x/data")).isEmpty();
    assertThat(Endpoint.of("/engine-rest/task/t1/claim")).isEmpty();
    assertThat(Endpoint.of("/engine-rest/process-definition/key/k/form-variables")).isEmpty();
    assertThatThrownBy(() -> parse("[1]")).isInstanceOf(SubmittedVariables.Refused.class);
  }
}
