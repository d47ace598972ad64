package dk.klu.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A table and how its rows are read: its repository states the table, the columns it writes and the
 * conditions it reads by, and the SQL around them is written here once. Parameters are given as
 * names and values in turn; an enum value is stored by its name (as {@link ColumnValue} does), also
 * in a list.
 */
public final class Table<T> {

  private final JdbcClient jdbc;
  private final String name;
  private final RowMapper<T> mapper;

  /** The table {@code name}, its rows read by {@code mapper} (null for a table only written). */
  public Table(JdbcClient jdbc, String name, RowMapper<T> mapper) {
    this.jdbc = jdbc;
    this.name = name;
    this.mapper = mapper;
  }

  /** The table {@code name}, its rows read into the record {@code type} ({@link #rowsOf}). */
  public static <T> Table<T> of(JdbcClient jdbc, String name, Class<T> type, String... renamed) {
    return new Table<>(jdbc, name, rowsOf(type, renamed));
  }

  /**
   * Reads a row into the record {@code type}: each component from the column of its name in snake
   * case ({@code meetingId} from {@code meeting_id}), an enum by its name; {@code renamed} gives
   * component and column in turn where the column is named otherwise.
   */
  public static <T> RowMapper<T> rowsOf(Class<T> type, String... renamed) {
    Map<String, Object> columns = named(renamed);
    return new DataClassRowMapper<>(type) {
      @Override
      protected String lowerCaseName(String component) {
        // the column looked up first, so a component in camel case is found without a miss
        return (String) columns.getOrDefault(component, underscoreName(component));
      }
    };
  }

  /** The row that {@code clause} (what follows {@code FROM table}) selects, if any. */
  public Optional<T> one(String clause, Object... params) {
    return select(clause, params).optional();
  }

  /** The rows that {@code clause} (what follows {@code FROM table}) selects. */
  public List<T> list(String clause, Object... params) {
    return select(clause, params).list();
  }

  private JdbcClient.MappedQuerySpec<T> select(String clause, Object... params) {
    return jdbc.sql("SELECT * FROM " + name + " " + clause).params(named(params)).query(mapper);
  }

  /** A new row: set its columns, then {@link Row#run()} or {@link Row#id()} writes it. */
  public Row insert() {
    return new Row(null, Map.of());
  }

  /**
   * Changes the rows {@code where} selects: set their columns, then {@link Row#run()} writes them.
   */
  public Row update(String where, Object... params) {
    return new Row(where, named(params));
  }

  /** Deletes the rows {@code where} selects; returns how many there were. */
  public int delete(String where, Object... params) {
    return jdbc.sql("DELETE FROM " + name + " WHERE " + where).params(named(params)).update();
  }

  private static Map<String, Object> named(Object... params) {
    Map<String, Object> named = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      named.put((String) params[i], stored(params[i + 1]));
    }
    return named;
  }

  private static Object stored(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(Table::stored).toList();
    }
    return value instanceof Enum<?> e ? e.name() : value;
  }

  /** The columns of a row to insert or update, each named once. */
  public final class Row {

    private final String where;
    private final Map<String, Object> params;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final StringJoiner assignments = new StringJoiner(", ");

    private Row(String where, Map<String, Object> params) {
      this.where = where;
      this.params = new LinkedHashMap<>(params);
    }

    /** The column gets the value (bound as a parameter of the column's name). */
    public Row set(String column, Object value) {
      values.put(column, stored(value));
      assignments.add(column + " = :" + column);
      return this;
    }

    /** Sets each column to its value. */
    public Row set(List<? extends ColumnValue<?>> values) {
      values.forEach(v -> set(v.column().name().toLowerCase(Locale.ROOT), v.value()));
      return this;
    }

    /** An assignment in SQL, e.g. {@code reminders = reminders + 1} (updates only). */
    public Row setSql(String assignment) {
      assignments.add(assignment);
      return this;
    }

    /** Writes the row; returns how many rows changed. */
    public int run() {
      return statement().update();
    }

    /** Inserts the row and returns the id the table gave it. */
    public long id() {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      statement().update(keys, "id");
      return keys.getKey().longValue();
    }

    private StatementSpec statement() {
      Map<String, Object> all = new LinkedHashMap<>(params);
      all.putAll(values);
      String sql =
          where == null
              ? "INSERT INTO "
                  + name
                  + " ("
                  + String.join(", ", values.keySet())
                  + ") VALUES (:"
                  + String.join(", :", values.keySet())
                  + ")"
              : "UPDATE " + name + " SET " + assignments + " WHERE " + where;
      return jdbc.sql(sql).params(all);
    }
  }
}
