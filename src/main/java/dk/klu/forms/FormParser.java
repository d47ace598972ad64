package dk.klu.forms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a form-js schema ({@code .form} JSON) into a {@link FormDefinition}. */
public final class FormParser {

  /** Components that show something but take no input. */
  static final Set<String> DISPLAY_ONLY =
      Set.of(
          "text",
          "spacer",
          "separator",
          "image",
          "html",
          "button",
          "iframe",
          "table",
          "documentPreview",
          "expression");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private FormParser() {}

  /**
   * Parses a form; {@code fallbackId} (usually the file name without {@code .form}) is used when
   * the schema has no {@code id}.
   */
  public static FormDefinition parse(InputStream in, String fallbackId) throws IOException {
    JsonNode root = JSON.readTree(in);
    if (root == null || !root.isObject()) {
      throw new IOException("A form must be a JSON object");
    }
    String id = text(root, "id");
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields, false, false);
    return new FormDefinition(id != null ? id : fallbackId, fields);
  }

  private static void collect(
      JsonNode components, Map<String, FormField> target, boolean readonly, boolean conditional)
      throws IOException {
    for (JsonNode component : components) {
      String type = text(component, "type");
      if (type == null || DISPLAY_ONLY.contains(type)) {
        continue;
      }
      boolean ro = readonly || isTrue(component, "readonly") || isTrue(component, "disabled");
      boolean cond = conditional || text(component.path("conditional"), "hide") != null;
      if ("group".equals(type)) {
        String path = text(component, "path");
        Map<String, FormField> inner =
            path == null ? target : objectAt(target, path.split("\\."), ro, cond);
        collect(component.path("components"), inner, ro, cond);
      } else {
        // a dynamic list at its path, any other field at its key
        boolean list = FormField.DYNAMIC_LIST.equals(type);
        String path = text(component, list ? "path" : "key");
        if (path == null) {
          continue;
        }
        Map<String, FormField> rows = new LinkedHashMap<>();
        if (list) {
          collect(component.path("components"), rows, false, false);
        }
        String[] parts = path.split("\\.");
        Map<String, FormField> parent =
            objectAt(target, java.util.Arrays.copyOf(parts, parts.length - 1), ro, cond);
        String key = parts[parts.length - 1];
        parent.put(
            key,
            list
                ? container(key, type, label(component, key), ro, cond, rows)
                : input(component, key, type, ro, cond));
      }
    }
  }

  /** The children map of the (possibly new) object field at a path under {@code target}. */
  private static Map<String, FormField> objectAt(
      Map<String, FormField> target, String[] path, boolean readonly, boolean conditional)
      throws IOException {
    Map<String, FormField> current = target;
    for (String part : path) {
      FormField existing = current.get(part);
      if (existing == null) {
        existing =
            container(part, FormField.OBJECT, part, readonly, conditional, new LinkedHashMap<>());
        current.put(part, existing);
      } else if (!existing.isObject()) {
        throw new IOException("The key '" + part + "' is used both as a field and as a path");
      }
      current = existing.children();
    }
    return current;
  }

  private static FormField container(
      String key,
      String type,
      String label,
      boolean readonly,
      boolean conditional,
      Map<String, FormField> children) {
    return new FormField(
        key,
        type,
        label,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        readonly,
        conditional,
        null,
        false,
        children);
  }

  private static FormField input(
      JsonNode c, String key, String type, boolean readonly, boolean conditional) {
    JsonNode validate = c.path("validate");
    return new FormField(
        key,
        type,
        label(c, key),
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        decimal(validate, "min"),
        decimal(validate, "max"),
        text(validate, "pattern"),
        text(validate, "validationType"),
        allowedValues(c),
        readonly,
        conditional,
        "datetime".equals(type) ? subtype(c) : null,
        c.path("serializeToString").asBoolean(false),
        Map.of());
  }

  private static String subtype(JsonNode c) {
    String subtype = text(c, "subtype");
    return subtype != null ? subtype : "date";
  }

  private static List<String> allowedValues(JsonNode c) {
    JsonNode values = c.get("values");
    if (values == null || !values.isArray()) {
      return null;
    }
    List<String> allowed = new ArrayList<>();
    values.forEach(v -> allowed.add(v.path("value").asText()));
    return List.copyOf(allowed);
  }

  /** The label, unless it is missing or a FEEL expression: then the key. */
  private static String label(JsonNode c, String key) {
    String label = text(c, "label");
    return label == null || label.startsWith("=") ? key : label;
  }

  private static boolean isTrue(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isBoolean() && value.asBoolean();
  }

  /** A non-blank text property, or null. */
  static String text(JsonNode node, String name) {
    JsonNode value = node == null ? null : node.get(name);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** A numeric property; FEEL expressions ({@code "=..."}) and other strings are not checked. */
  private static BigDecimal decimal(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.intValue() : null;
  }
}
