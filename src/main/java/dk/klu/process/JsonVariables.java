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

  /**
   * Rows as form slots: an object {@code {"r1": {...}, "r2": {...}}}. The forms show a fixed number
   * of row groups bound to these paths, because Tasklist 7.24 cannot complete a form with a dynamic
   * list (docs/adr/0003).
   */
  public static JsonValue slots(List<?> rows) {
    Map<String, Object> slots = new java.util.LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      slots.put("r" + (i + 1), rows.get(i));
    }
    return json(slots);
  }

  /** The rows of a list variable, whatever form it arrived in. */
  public static List<Map<String, Object>> rows(VariableScope scope, String name) {
    return rows(scope.getVariable(name));
  }

  public static List<Map<String, Object>> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    com.fasterxml.jackson.databind.JsonNode node;
    try {
      node =
          value instanceof String s
              ? MAPPER.readTree(s)
              : value instanceof List<?> || value instanceof Map<?, ?>
                  ? MAPPER.valueToTree(value)
                  : MAPPER.readTree(value.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Listen kunne ikke læses.", e);
    }
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> rows.add(row(n)));
    } else if (node.isObject()) {
      // slots r1, r2, ... in number order; trailing empty slots (the form's unused row groups,
      // every value null, blank or false) are no rows
      for (int i = 1; node.has("r" + i); i++) {
        rows.add(row(node.get("r" + i)));
      }
      while (!rows.isEmpty() && isEmpty(rows.get(rows.size() - 1))) {
        rows.remove(rows.size() - 1);
      }
    } else if (!node.isNull()) {
      throw new IllegalArgumentException("Listen kunne ikke læses.");
    }
    return rows;
  }

  private static boolean isEmpty(Map<String, Object> row) {
    return row.values().stream()
        .allMatch(v -> v == null || "".equals(v) || Boolean.FALSE.equals(v));
  }

  /** The rows padded with empty rows to the expected number (blank rows at the end). */
  public static List<Map<String, Object>> rows(Object value, int expected) {
    List<Map<String, Object>> rows = new java.util.ArrayList<>(rows(value));
    while (rows.size() < expected) {
      rows.add(new java.util.LinkedHashMap<>());
    }
    return rows;
  }

  private static Map<String, Object> row(com.fasterxml.jackson.databind.JsonNode node) {
    if (node == null || !node.isObject()) {
      return new java.util.LinkedHashMap<>();
    }
    return MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() {});
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
