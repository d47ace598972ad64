package dk.klu.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists of rows for Camunda Forms' dynamic lists, as Spin JSON variables (never Java
 * serialization). Tasklist hands them to the form as objects and submits them as type Json.
 */
public final class JsonVariables {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private JsonVariables() {}

  public static JsonValue json(Object rows) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  /** The rows of a list variable, whatever form it arrived in. */
  public static List<Map<String, Object>> rows(VariableScope scope, String name) {
    return rows(scope.getVariable(name));
  }

  public static List<Map<String, Object>> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return MAPPER.convertValue(list, new TypeReference<List<Map<String, Object>>>() {});
    }
    String json = value instanceof String s ? s : value.toString();
    try {
      return MAPPER.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Listen kunne ikke læses.", e);
    }
  }

  public static String text(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v == null ? null : v.toString();
  }

  public static int number(Map<String, Object> row, String key, int fallback) {
    Object v = row.get(key);
    return v instanceof Number n ? n.intValue() : fallback;
  }

  public static boolean flag(Map<String, Object> row, String key) {
    return Boolean.TRUE.equals(row.get(key));
  }
}
