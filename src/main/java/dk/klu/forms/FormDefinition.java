package dk.klu.forms;

import java.util.Map;
import java.util.Optional;

/**
 * A Camunda Form reduced to what the server validates: its id and its input fields by variable
 * name, in form order.
 */
public record FormDefinition(String id, Map<String, FormField> fields) {

  public FormDefinition {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  /** The top-level field for a variable name. */
  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }
}
