package dk.klu.forms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code variables} of a submission body ({@code {"variables": {"name": {"value": ...,
 * "type": ...}}}}) into plain values, as the engine would store them; {@code Json} values are
 * parsed into {@code List}/{@code Map}. Refuses what a Camunda Form cannot have sent.
 */
final class SubmittedVariables {

  static final String NOT_JSON = "Forespørgslen er ikke gyldig JSON.";
  static final String NO_VARIABLES = "Forespørgslen mangler variabler.";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private SubmittedVariables() {}

  /** A body that cannot be accepted, with the Danish messages why. */
  static final class Refused extends Exception {
    private final transient List<String> messages;

    Refused(List<String> messages) {
      super(String.join(" ", messages));
      this.messages = List.copyOf(messages);
    }

    List<String> messages() {
      return messages;
    }
  }

  static Map<String, Object> parse(byte[] body) throws Refused {
    JsonNode root;
    try {
      root = body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      throw new Refused(List.of(NOT_JSON));
    }
    JsonNode variables = root == null ? null : root.get("variables");
    if (variables == null || !variables.isObject()) {
      throw new Refused(List.of(NO_VARIABLES));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : variables.properties()) {
      try {
        values.put(entry.getKey(), value(entry.getKey(), entry.getValue()));
      } catch (Refused e) {
        messages.addAll(e.messages());
      }
    }
    if (!messages.isEmpty()) {
      throw new Refused(messages);
    }
    return values;
  }

  private static Object value(String name, JsonNode variable) throws Refused {
    String shown = ValueChecks.shown(name);
    if (!variable.isObject()) {
      throw refused("Variablen \"%s\" skal angives som {\"value\": ...}.", shown);
    }
    JsonNode value = variable.path("value");
    String type = typeName(variable.get("type"));
    if (type == null) {
      if (value.isContainerNode()) {
        throw refused("Variablen \"%s\" skal sendes med typen \"Json\".", shown);
      }
      return plain(value);
    }
    boolean ok =
        switch (type) {
          case "json", "string" -> value.isTextual() || value.isNull() || value.isMissingNode();
          case "boolean" -> value.isBoolean() || value.isNull() || value.isMissingNode();
          case "integer", "long", "short" ->
              value.isIntegralNumber() || value.isNull() || value.isMissingNode();
          case "double" -> value.isNumber() || value.isNull() || value.isMissingNode();
          case "null" -> true;
          default ->
              throw refused(
                  "Variablen \"%s\" har en type, som formularen ikke tillader (\"%s\").",
                  shown, ValueChecks.shown(variable.get("type").asText()));
        };
    if (!ok) {
      throw refused("Variablen \"%s\" passer ikke til typen \"%s\".", shown, type);
    }
    if ("null".equals(type)) {
      return null;
    }
    return "json".equals(type) && value.isTextual() ? json(shown, value.asText()) : plain(value);
  }

  /** The engine's reading of a REST type name: the first letter in lower case. */
  private static String typeName(JsonNode type) {
    if (type == null || type.isNull()) {
      return null;
    }
    String text = type.asText();
    if (text.isEmpty()) {
      return null;
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  private static Object json(String shown, String text) throws Refused {
    try {
      return plain(JSON.readTree(text));
    } catch (JacksonException e) {
      throw refused("Variablen \"%s\" er ikke gyldig JSON.", shown);
    }
  }

  private static Object plain(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull()
        ? null
        : JSON.convertValue(node, Object.class);
  }

  private static Refused refused(String template, Object... args) {
    return new Refused(List.of(ValueChecks.message(template, args)));
  }
}
