package dk.klu.persistence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A column of a table set to a new value. The column is a constant of its repository's enum, named
 * as in the table (upper case), so services say what they change and the SQL stays in the
 * repository; an enum value is stored by its name.
 */
public record ColumnValue<C extends Enum<C>>(C column, Object value) {

  public static <C extends Enum<C>> ColumnValue<C> set(C column, Object value) {
    return new ColumnValue<>(column, value instanceof Enum<?> e ? e.name() : value);
  }

  /** Sets the columns of the table's row with the id, and its {@code updated_at}. */
  public static void update(
      JdbcClient jdbc,
      String table,
      long id,
      OffsetDateTime now,
      List<? extends ColumnValue<?>> values) {
    update(jdbc, table, "updated_at = :now", "id = :id", Map.of("id", id, "now", now), values);
  }

  /**
   * Sets the columns of the table's rows that {@code where} selects, after the fixed assignments in
   * {@code set} (may be empty); both name their parameters from {@code params}.
   *
   * @return how many rows changed
   */
  public static int update(
      JdbcClient jdbc,
      String table,
      String set,
      String where,
      Map<String, ?> params,
      List<? extends ColumnValue<?>> values) {
    StringJoiner assignments = new StringJoiner(", ");
    if (!set.isEmpty()) {
      assignments.add(set);
    }
    Map<String, Object> all = new HashMap<>(params);
    for (ColumnValue<?> value : values) {
      String column = value.column().name().toLowerCase(Locale.ROOT);
      assignments.add(column + " = :" + column);
      all.put(column, value.value());
    }
    return jdbc.sql("UPDATE " + table + " SET " + assignments + " WHERE " + where)
        .params(all)
        .update();
  }
}
