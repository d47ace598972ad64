package dk.klu.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One input of a Camunda Form, as far as the server checks it.
 *
 * <p>Two kinds carry children: {@code dynamiclist} (the value is a list of row objects, {@link
 * #children()} are the row fields) and the synthetic type {@link #OBJECT} for a group with a {@code
 * path} or a dotted key (the value is an object, {@link #children()} are its fields).
 *
 * @param key the variable name (for children: the name inside the row or object)
 * @param type the form-js component type, or {@link #OBJECT}
 * @param label the label people see; the key when the form has none
 * @param required {@code validate.required}
 * @param minLength {@code validate.minLength}, or null
 * @param maxLength {@code validate.maxLength}, or null
 * @param min {@code validate.min}, or null
 * @param max {@code validate.max}, or null
 * @param pattern {@code validate.pattern}, or null
 * @param validationType {@code validate.validationType} ({@code email}, {@code phone}), or null
 * @param allowedValues the static {@code values} of a select, radio, checklist or taglist; null
 *     when the options are not static
 * @param readonly the field (or a group around it) is read-only: submitted values are ignored
 * @param conditional the field (or a group around it) has a {@code conditional.hide} expression
 * @param dateSubtype {@code date}, {@code time} or {@code datetime} for a datetime field
 * @param numberAsString a number field with {@code serializeToString}: numbers arrive as strings
 * @param children the row fields of a dynamic list or the fields of an object, by key
 */
public record FormField(
    String key,
    String type,
    String label,
    boolean required,
    Integer minLength,
    Integer maxLength,
    BigDecimal min,
    BigDecimal max,
    String pattern,
    String validationType,
    List<String> allowedValues,
    boolean readonly,
    boolean conditional,
    String dateSubtype,
    boolean numberAsString,
    Map<String, FormField> children) {

  /** The type of the synthetic field for a group path or the first part of a dotted key. */
  public static final String OBJECT = "object";

  public static final String DYNAMIC_LIST = "dynamiclist";

  public boolean isList() {
    return DYNAMIC_LIST.equals(type);
  }

  public boolean isObject() {
    return OBJECT.equals(type);
  }
}
