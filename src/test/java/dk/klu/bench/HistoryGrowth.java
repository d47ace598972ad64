package dk.klu.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What one cycle leaves in the database: the rows added to every {@code ACT_HI_*} table and to the
 * {@code klu_*} tables, counted before and after ({@link #take}, {@link Snapshot#minus}). On
 * PostgreSQL also their bytes: {@code bytes} is the sum of {@code pg_column_size} over the tables'
 * rows (the row data, TOAST compressed as stored, no indexes), {@code diskBytes} the growth of
 * {@code pg_total_relation_size} (heap, TOAST and indexes, in whole 8 kB pages). H2 has no such
 * measure: its bytes are left out. The look-ups run inside {@link StatementCounter#quiet()}.
 */
final class HistoryGrowth {

  /** Rows and bytes of one table; bytes null where the database does not tell. */
  record Size(long rows, Long bytes, Long diskBytes) {
    Size minus(Size o) {
      return new Size(rows - o.rows, diff(bytes, o.bytes), diff(diskBytes, o.diskBytes));
    }

    private static Long diff(Long a, Long b) {
      return a == null || b == null ? null : a - b;
    }
  }

  /** Every history and domain table by its lower-case name. */
  record Snapshot(Map<String, Size> tables) {
    Snapshot minus(Snapshot before) {
      Map<String, Size> d = new TreeMap<>();
      tables.forEach(
          (name, size) ->
              d.put(name, size.minus(before.tables.getOrDefault(name, new Size(0, 0L, 0L)))));
      return new Snapshot(d);
    }

    Size total(String prefix) {
      long rows = 0;
      Long bytes = 0L;
      Long disk = 0L;
      for (Map.Entry<String, Size> e : tables.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          Size s = e.getValue();
          rows += s.rows();
          bytes = bytes == null || s.bytes() == null ? null : bytes + s.bytes();
          disk = disk == null || s.diskBytes() == null ? null : disk + s.diskBytes();
        }
      }
      return new Size(rows, bytes, disk);
    }

    /** The JSON of one cycle's growth: totals, the top tables by rows, every table. */
    Map<String, Object> describe() {
      Map<String, Object> m = new LinkedHashMap<>();
      Size history = total(HISTORY);
      Size klu = total(DOMAIN);
      m.put("historyRows", history.rows());
      m.put("historyBytes", history.bytes());
      m.put("historyDiskBytes", history.diskBytes());
      m.put("kluRows", klu.rows());
      m.put("kluBytes", klu.bytes());
      m.put("kluDiskBytes", klu.diskBytes());
      List<Map.Entry<String, Size>> top =
          new ArrayList<>(
              tables.entrySet().stream().filter(e -> e.getKey().startsWith(HISTORY)).toList());
      top.sort(Comparator.comparingLong((Map.Entry<String, Size> e) -> -e.getValue().rows()));
      Map<String, Object> top5 = new LinkedHashMap<>();
      top.stream().limit(5).forEach(e -> top5.put(e.getKey(), e.getValue().rows()));
      m.put("topHistoryTablesByRows", top5);
      Map<String, Object> all = new LinkedHashMap<>();
      tables.forEach(
          (name, s) -> {
            if (s.rows() != 0 || (s.bytes() != null && s.bytes() != 0)) {
              all.put(name, s);
            }
          });
      m.put("tables", all);
      return m;
    }
  }

  static final String HISTORY = "act_hi_";
  static final String DOMAIN = "klu_";

  private final DataSource dataSource;

  HistoryGrowth(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Snapshot take() throws Exception {
    Map<String, Size> tables = new TreeMap<>();
    try (AutoCloseable quiet = StatementCounter.quiet();
        Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
      List<String> names = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          String lower = name.toLowerCase(Locale.ROOT);
          String type = rs.getString("TABLE_TYPE");
          boolean table = "TABLE".equals(type) || "BASE TABLE".equals(type);
          if (table && (lower.startsWith(HISTORY) || lower.startsWith(DOMAIN))) {
            names.add(name);
          }
        }
      }
      for (String name : names) {
        String quoted = "\"" + name + "\"";
        String sql =
            postgres
                ? "select count(*), coalesce(sum(pg_column_size(t.*)), 0),"
                    + " pg_total_relation_size('"
                    + quoted
                    + "') from "
                    + quoted
                    + " t"
                : "select count(*) from " + quoted;
        try (ResultSet rs = st.executeQuery(sql)) {
          rs.next();
          tables.put(
              name.toLowerCase(Locale.ROOT),
              postgres
                  ? new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3))
                  : new Size(rs.getLong(1), null, null));
        }
      }
    }
    return new Snapshot(tables);
  }

  /**
   * The growth of one cycle, ours against bare, as JSON: both sides (the last repetition; the
   * counts are the same in every repetition when {@code sameInEveryRepetition}) and the ratios.
   */
  static Map<String, Object> compare(List<Snapshot> ours, List<Snapshot> bare) {
    Snapshot o = ours.get(ours.size() - 1);
    Snapshot b = bare.get(bare.size() - 1);
    Size oh = o.total(HISTORY);
    Size bh = b.total(HISTORY);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ours", o.describe());
    m.put("bare", b.describe());
    m.put("ratioRows", KluBenchmark.ratio(oh.rows(), bh.rows()));
    m.put(
        "ratioBytes",
        oh.bytes() == null || bh.bytes() == null
            ? null
            : KluBenchmark.ratio(oh.bytes(), bh.bytes()));
    m.put(
        "ratioDiskBytes",
        oh.diskBytes() == null || bh.diskBytes() == null
            ? null
            : KluBenchmark.ratio(oh.diskBytes(), bh.diskBytes()));
    m.put(
        "sameInEveryRepetition",
        ours.stream().map(s -> s.total(HISTORY).rows()).distinct().count() == 1
            && bare.stream().map(s -> s.total(HISTORY).rows()).distinct().count() == 1);
    return m;
  }
}
