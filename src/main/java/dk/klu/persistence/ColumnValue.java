package dk.klu.persistence;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    StringBuilder sql = new StringBuilder("UPDATE " + table + " SET updated_at = :now");
    Map<String, Object> params = new HashMap<>(Map.of("id", id, "now", now));
    for (ColumnValue<?> value : values) {
      String column = value.column().name().toLowerCase(Locale.ROOT);
      sql.append(", ").append(column).append(" = :").append(column);
      params.put(column, value.value());
    }
    jdbc.sql(sql + " WHERE id = :id").params(params).update();
  }
}
