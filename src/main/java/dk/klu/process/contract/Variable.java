package dk.klu.process.contract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable declared once, with its name and type: what a process contract ({@code
 * <feature>.process.<Name>Process}) is made of. Modelled on holunda's camunda-bpm-data {@code
 * VariableFactory}, kept local and small (docs/adr/0012).
 *
 * <p>Reads are tolerant where the engine and Tasklist are: a number may arrive as Integer or Long,
 * a date as {@code yyyy-MM-dd} or an ISO date-time, an unticked checkbox as null. Writes store the
 * type the models and forms expect (Long ids, ISO date strings, enum names).
 *
 * @param <T> the Java type of the value
 */
public final class Variable<T> {

  private final String name;
  private final Function<Object, T> read;
  private final Function<T, Object> write;
  private final boolean text;

  private Variable(String name, Function<Object, T> read, Function<T, Object> write) {
    this(name, read, write, false);
  }

  private Variable(String name, Function<Object, T> read, Function<T, Object> write, boolean text) {
    this.name = Objects.requireNonNull(name);
    this.text = text;
    this.read = read;
    this.write = write;
  }

  public static Variable<String> stringVariable(String name) {
    // blank text is a value (a cleared field), not an absent one
    return new Variable<>(name, v -> v.toString(), v -> v, true);
  }

  public static Variable<Boolean> booleanVariable(String name) {
    return new Variable<>(
        name, v -> v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()), v -> v);
  }

  /** An id or count, stored as Long; read back from any number type. */
  public static Variable<Long> longVariable(String name) {
    return new Variable<>(
        name,
        v -> v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().trim()),
        v -> v);
  }

  public static Variable<Integer> intVariable(String name) {
    return new Variable<>(
        name,
        v -> v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim()),
        v -> v);
  }

  /**
   * A calendar date, stored as {@code yyyy-MM-dd} text (what a Camunda Forms date field submits); a
   * date-time is read as its date, blank or unreadable text as no date.
   */
  public static Variable<LocalDate> localDateVariable(String name) {
    return new Variable<>(name, Variable::date, LocalDate::toString);
  }

  /** An enum stored by its constant's name (what a form's select submits). */
  public static <E extends Enum<E>> Variable<E> enumVariable(String name, Class<E> type) {
    return new Variable<>(name, v -> Enum.valueOf(type, v.toString()), Enum::name);
  }

  /** A list (a multi-instance collection), each element converted by {@code element}. */
  public static <E> Variable<List<E>> listVariable(String name, Function<Object, E> element) {
    return new Variable<>(
        name,
        v -> {
          List<E> list = new ArrayList<>();
          for (Object o : (Iterable<?>) v) {
            list.add(element.apply(o));
          }
          return list;
        },
        ArrayList::new);
  }

  /** A list of ids, stored as a list of Long. */
  public static Variable<List<Long>> longListVariable(String name) {
    return listVariable(name, o -> ((Number) o).longValue());
  }

  /**
   * A value the engine keeps as it is (a Spin JSON list, for example, see {@link
   * dk.klu.process.RowSlots}); read as the raw object.
   */
  public static Variable<Object> objectVariable(String name) {
    return new Variable<>(name, v -> v, v -> v);
  }

  /** The variable's name: the form field key, the name in expressions and in Cockpit. */
  public String name() {
    return name;
  }

  /** The variable as {@code scope} holds it (process instance, execution or task). */
  public Value<T> from(VariableScope scope) {
    return new Value<>(this, scope.getVariable(name));
  }

  /** The variable in a map of values (a form submission, a test's completion values). */
  public Value<T> from(Map<String, ?> values) {
    return new Value<>(this, values.get(name));
  }

  /** A raw value converted to this variable's type, or null when absent. */
  public T convert(Object raw) {
    if (raw == null || raw instanceof String s && s.isBlank() && !text) {
      return null;
    }
    return read.apply(raw);
  }

  /** Sets the value in {@code scope}; null clears it (the variable stays, with no value). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : write.apply(value));
  }

  /** Sets the value on the scope itself, not on a parent (a multi-instance body, a task). */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value == null ? null : write.apply(value));
  }

  /** Clears the value (a stale answer from an earlier round). */
  public void clear(VariableScope scope) {
    scope.setVariable(name, null);
  }

  /**
   * Removes the variable from {@code scope}. Removed in the transaction that created it, the engine
   * writes no runtime row for it at all.
   */
  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** An entry for a map of values to start or complete with: stored as {@link #set} stores. */
  public Map.Entry<String, Object> entry(T value) {
    return new java.util.AbstractMap.SimpleEntry<>(name, value == null ? null : write.apply(value));
  }

  /** Values by name, from entries ({@link #entry}) in their order; nulls are kept. */
  @SafeVarargs
  public static Map<String, Object> values(Map.Entry<String, Object>... entries) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : entries) {
      values.put(entry.getKey(), entry.getValue());
    }
    return values;
  }

  private static LocalDate date(Object v) {
    String text = v.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * A read of one variable.
   *
   * @param <T> the variable's type
   * @param raw the value as the engine or the form holds it
   */
  public record Value<T>(Variable<T> variable, Object raw) {

    /** The value; fails naming the variable when it is missing (a model or form defect). */
    public T get() {
      T value = getOrNull();
      if (value == null) {
        throw new IllegalStateException("Variablen \"" + variable.name + "\" mangler.");
      }
      return value;
    }

    public T getOrNull() {
      return variable.convert(raw);
    }

    public T getOrDefault(T fallback) {
      T value = getOrNull();
      return value == null ? fallback : value;
    }

    public boolean isSet() {
      return getOrNull() != null;
    }
  }
}
