package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC reads of a database that an application in another process writes (user {@code
 * postgres}, no password, as {@link EmbeddedPostgres} sets it up): one connection per query, so a
 * test sees what is committed.
 */
public final class Sql {

  private final String url;

  public Sql(String url) {
    this.url = url;
  }

  /** The first column of the one row the query returns, as a number. */
  public long queryLong(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the first row, or "" when there is none. */
  public String queryString(String sql, Object... params) {
    List<String> values = column(sql, params);
    return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  /** The first column of every row, as text. */
  public List<String> column(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        PreparedStatement s = prepare(c, sql, params);
        ResultSet r = s.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (r.next()) {
        values.add(r.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
