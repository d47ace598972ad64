package dk.klu.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists in forms as row slots (docs/adr/0003): written as a Spin JSON variable {@code {"r1": {...},
 * "r2": {...}}} (never Java serialization) for a form's fixed row groups, and read back in slot
 * order, each row mapped by a function or paired by position with the domain rows the form was
 * filled with, since Tasklist submits only a row's edited fields.
 */
public final class RowSlots {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private RowSlots() {}

  /** One submitted row: its number on the form (from 1) and its values. */
  public record Row(int number, Map<String, Object> values) {

    public Object get(String key) {
      return values.get(key);
    }

    public String text(String key) {
      Object v = values.get(key);
      return v == null ? null : v.toString();
    }

    public boolean blank(String key) {
      return text(key) == null || text(key).isBlank();
    }

    public int number(String key, int fallback) {
      return values.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    public boolean flag(String key) {
      return Boolean.TRUE.equals(values.get(key));
    }
  }

  /** The rows as the variable of a form's row slots. */
  public static JsonValue slots(List<?> rows) {
    Map<String, Object> slots = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      slots.put("r" + (i + 1), rows.get(i));
    }
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(slots)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  /** One row per item, filled by {@code fill}, as the variable of a form's row slots. */
  public static <T> JsonValue slots(List<T> items, BiConsumer<T, Map<String, Object>> fill) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (T item : items) {
      Map<String, Object> row = new LinkedHashMap<>();
      fill.accept(item, row);
      rows.add(row);
    }
    return slots(rows);
  }

  /** The submitted rows (unused slots at the end are no rows), each mapped. */
  public static <R> List<R> read(Object submitted, Function<Row, R> map) {
    return numbered(submitted, 0).stream().map(map).toList();
  }

  /**
   * Each domain row merged with the submitted row in its position (a row nobody touched may be left
   * out); more submitted rows than domain rows is refused with {@code tooMany.apply(expected,
   * given)}, a Danish message.
   */
  public static <B, R> List<R> merge(
      List<B> base,
      Object submitted,
      BiFunction<Integer, Integer, String> tooMany,
      BiFunction<B, Row, R> merge) {
    List<Row> rows = numbered(submitted, base.size());
    if (rows.size() != base.size()) {
      throw new IllegalArgumentException(tooMany.apply(base.size(), rows.size()));
    }
    List<R> merged = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      merged.add(merge.apply(base.get(i), rows.get(i)));
    }
    return merged;
  }

  /** The submitted rows padded with empty rows to {@code expected}, and any rows beyond it. */
  public static List<Row> numbered(Object submitted, int expected) {
    List<Map<String, Object>> values = rows(submitted);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(values.size(), expected); i++) {
      rows.add(new Row(i + 1, i < values.size() ? values.get(i) : new LinkedHashMap<>()));
    }
    return rows;
  }

  /** The values of the rows of a list variable, whatever form it arrived in. */
  public static List<Map<String, Object>> rows(Object value) {
    if (value == null) {
      return List.of();
    }
    JsonNode node;
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
    List<Map<String, Object>> rows = new ArrayList<>();
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

  private static Map<String, Object> row(JsonNode node) {
    if (node == null || !node.isObject()) {
      return new LinkedHashMap<>();
    }
    return MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() {});
  }
}
