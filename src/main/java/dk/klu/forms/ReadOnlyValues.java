package dk.klu.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * Takes what a form shows read-only out of a submission before the engine stores it. Tasklist
 * (form-js) submits read-only fields with the rest, and a REST client may send them too: the
 * validator ignores them, and without this the engine would still write them as variables (a
 * chair's approval would rewrite the minutes it only shows, and two chairs approving at once would
 * write the same variable). Read-only fields of a group or a dynamic list inside a {@code Json}
 * value go the same way; a value left empty is not sent at all.
 */
final class ReadOnlyValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReadOnlyValues() {}

  /** The body without the form's read-only values; unchanged when there are none. */
  static byte[] removed(FormDefinition form, byte[] body) throws IOException {
    JsonNode root = JSON.readTree(body);
    if (!(root.get("variables") instanceof ObjectNode variables)) {
      return body;
    }
    boolean changed = false;
    for (Map.Entry<String, FormField> entry : form.fields().entrySet()) {
      FormField field = entry.getValue();
      JsonNode variable = variables.get(entry.getKey());
      if (variable == null) {
        continue;
      }
      if (field.readonly()) {
        variables.remove(entry.getKey());
        changed = true;
      } else if (!field.children().isEmpty()
          && variable.get("value") != null
          && variable.get("value").isTextual()
          && "json".equalsIgnoreCase(variable.path("type").asText())) {
        JsonNode value = JSON.readTree(variable.get("value").asText());
        if (prune(value, field)) {
          changed = true;
          if (value.isEmpty()) {
            variables.remove(entry.getKey());
          } else {
            ((ObjectNode) variable).put("value", JSON.writeValueAsString(value));
          }
        }
      }
    }
    return changed ? JSON.writeValueAsBytes(root) : body;
  }

  /** Removes the read-only fields below {@code field} from its value; whether any were there. */
  private static boolean prune(JsonNode value, FormField field) {
    boolean changed = false;
    if (field.isList() && value.isArray()) {
      for (JsonNode row : value) {
        changed |= pruneObject(row, field.children());
      }
    } else if (field.isObject()) {
      changed = pruneObject(value, field.children());
    }
    return changed;
  }

  private static boolean pruneObject(JsonNode node, Map<String, FormField> fields) {
    if (!(node instanceof ObjectNode object)) {
      return false;
    }
    boolean changed = false;
    for (Map.Entry<String, FormField> entry : fields.entrySet()) {
      JsonNode child = object.get(entry.getKey());
      if (child == null) {
        continue;
      }
      if (entry.getValue().readonly()) {
        object.remove(entry.getKey());
        changed = true;
      } else if (prune(child, entry.getValue())) {
        changed = true;
        if (entry.getValue().isObject() && child.isEmpty()) {
          object.remove(entry.getKey());
        }
      }
    }
    return changed;
  }
}
