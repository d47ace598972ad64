package dk.klu.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks submitted values against a form's schema, as the form itself would, and refuses what the
 * form could not have sent. Messages are in Danish and name fields by their labels.
 *
 * <p>Read-only fields are skipped: their values are display values. A required field with a {@code
 * conditional} is not required here (it may be hidden); such requirements belong in a {@link
 * FormRule}.
 */
@Component
public class FormValidator {

  /** Longest string an extra (server-given) key of a dynamic list row may carry. */
  static final int MAX_EXTRA_ROW_TEXT = 10_000;

  /** All problems with the values; empty when they are fine. */
  public List<String> validate(FormDefinition form, Map<String, Object> values) {
    List<String> messages = new ArrayList<>();
    checkObject(form.fields(), values, "", false, messages);
    return messages;
  }

  private void checkObject(
      Map<String, FormField> fields,
      Map<?, ?> values,
      String prefix,
      boolean row,
      List<String> messages) {
    for (FormField field : fields.values()) {
      if (field.readonly()) {
        continue;
      }
      Object value = values.get(field.key());
      if (isEmpty(value)) {
        if (field.required() && !field.conditional()) {
          messages.add(prefix + ValueChecks.message("Feltet \"%s\" skal udfyldes.", field.label()));
        }
        continue;
      }
      checkValue(field, value, prefix, messages);
    }
    for (Map.Entry<?, ?> entry : values.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (fields.containsKey(key)) {
        continue;
      }
      if (row && isScalar(entry.getValue())) {
        if (entry.getValue() instanceof String text) {
          ValueChecks.safeCharacters(key, text).ifPresent(m -> messages.add(prefix + m));
        }
        continue;
      }
      messages.add(
          prefix
              + ValueChecks.message(
                  "Ukendt felt \"%s\" – formularen har ikke det felt.", ValueChecks.shown(key)));
    }
  }

  private void checkValue(FormField field, Object value, String prefix, List<String> messages) {
    if (field.isObject()) {
      if (value instanceof Map<?, ?> map) {
        checkObject(field.children(), map, prefix, false, messages);
      } else {
        messages.add(
            prefix
                + ValueChecks.message(
                    "Feltet \"%s\" skal være et objekt med felter.", field.label()));
      }
      return;
    }
    if (field.isList()) {
      checkRows(field, value, prefix, messages);
      return;
    }
    single(field, value).ifPresent(m -> messages.add(prefix + m));
  }

  private void checkRows(FormField field, Object value, String prefix, List<String> messages) {
    if (!(value instanceof List<?> rows)) {
      messages.add(
          prefix
              + ValueChecks.message("Feltet \"%s\" skal være en liste af rækker.", field.label()));
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      String rowPrefix = prefix + "Række " + (i + 1) + ": ";
      if (rows.get(i) instanceof Map<?, ?> row) {
        checkObject(field.children(), row, rowPrefix, true, messages);
      } else {
        messages.add(
            rowPrefix
                + ValueChecks.message(
                    "Feltet \"%s\" skal bestå af rækker med felter.", field.label()));
      }
    }
  }

  private Optional<String> single(FormField field, Object value) {
    return switch (field.type()) {
      case "number" -> ValueChecks.number(field, value);
      case "checkbox" -> checkbox(field, value);
      case "select", "radio" -> ValueChecks.option(field, value);
      case "checklist", "taglist" -> options(field, value);
      case "datetime" -> ValueChecks.dateTime(field, value);
      default -> ValueChecks.text(field, value);
    };
  }

  private Optional<String> checkbox(FormField field, Object value) {
    if (!(value instanceof Boolean checked)) {
      return Optional.of(
          ValueChecks.message("Feltet \"%s\" skal være sand eller falsk.", field.label()));
    }
    if (field.required() && !field.conditional() && !checked) {
      return Optional.of(ValueChecks.message("Feltet \"%s\" skal markeres.", field.label()));
    }
    return Optional.empty();
  }

  private Optional<String> options(FormField field, Object value) {
    if (!(value instanceof List<?> list)) {
      return Optional.of(ValueChecks.message("Feltet \"%s\" skal være en liste.", field.label()));
    }
    return list.stream()
        .map(element -> ValueChecks.option(field, element))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof List<?> list && list.isEmpty());
  }

  private static boolean isScalar(Object value) {
    return value == null
        || value instanceof Number
        || value instanceof Boolean
        || (value instanceof String text && text.length() <= MAX_EXTRA_ROW_TEXT);
  }
}
