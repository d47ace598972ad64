package dk.klu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ratios of a run, as rows for the console and the chart. */
final class Summary {

  /** One ratio ours/bare against its target (null when the benchmark has none). */
  record Ratio(String label, double value, Double target) {}

  private Summary() {}

  static List<Ratio> ratios(Map<String, Object> results) {
    List<Ratio> rows = new ArrayList<>();
    Map<String, Object> cycle = map(results.get("cycle"));
    if (cycle != null) {
      for (String db : List.of("h2", "postgresql")) {
        Map<String, Object> sizes = map(cycle.get(db));
        if (sizes == null) {
          continue;
        }
        for (String size : List.of("8items", "20items")) {
          Map<String, Object> s = map(sizes.get(size));
          if (s == null) {
            continue;
          }
          String name = (db.equals("h2") ? "H2" : "PostgreSQL") + ", " + size.replace("items", "");
          // Against the bare model of our structure: the targets.
          Map<String, Object> same = map(s.get("againstStructure"));
          if (same != null) {
            String label = "Cycle " + name + " items vs same structure: ";
            add(rows, label + "wall time", same.get("ratioWallTime"), 1.5);
            add(rows, label + "statements", same.get("ratioStatements"), 1.5);
            add(rows, label + "transactions", same.get("ratioTransactions"), null);
            Map<String, Object> history = map(same.get("history"));
            if (history != null) {
              add(rows, label + "history rows", history.get("ratioRows"), 1.5);
              add(rows, label + "history bytes", history.get("ratioBytes"), null);
            }
          }
          // Against one bare instance doing the cycle's steps: what the whole design costs.
          String label = "Cycle " + name + " items vs one instance: ";
          add(rows, label + "wall time", s.get("ratioWallTime"), null);
          add(rows, label + "statements", s.get("ratioStatements"), 2.5);
          add(rows, label + "transactions", s.get("ratioTransactions"), null);
          Map<String, Object> history = map(s.get("history"));
          if (history != null) {
            add(rows, label + "history rows", history.get("ratioRows"), null);
            add(rows, label + "history bytes", history.get("ratioBytes"), null);
          }
        }
      }
    }
    Map<String, Object> cluster = map(results.get("cluster"));
    if (cluster != null) {
      add(rows, "Cluster: start-up, two nodes / one", cluster.get("ratioStartup"), null);
      add(
          rows,
          "Cluster: item submissions per second, two nodes / one",
          cluster.get("ratioSubmissionsPerSecond"),
          null);
    }
    Map<String, Object> footprint = map(results.get("footprint"));
    if (footprint != null) {
      add(rows, "Footprint: start-up, empty database", footprint.get("ratioStartup"), 1.2);
      add(rows, "Footprint: start-up, existing database", footprint.get("ratioRestart"), 1.2);
      add(
          rows,
          "Footprint: start-up CPU time, empty database",
          footprint.get("ratioStartupCpu"),
          null);
      add(
          rows,
          "Footprint: start-up CPU time, existing database",
          footprint.get("ratioRestartCpu"),
          null);
      add(rows, "Footprint: RSS after start-up", footprint.get("ratioRssAfterStart"), null);
      add(rows, "Footprint: RSS after one cycle", footprint.get("ratioRssAfterCycle"), 1.1);
    }
    return rows;
  }

  private static void add(List<Ratio> rows, String label, Object value, Double target) {
    if (value instanceof Number n) {
      rows.add(new Ratio(label, n.doubleValue(), target));
    }
  }

  /** Per cycle: history rows and bytes ours and bare, the klu_ tables, the top history tables. */
  private static void appendHistory(StringBuilder s, Map<String, Object> results) {
    Map<String, Object> cycle = map(results.get("cycle"));
    if (cycle == null) {
      return;
    }
    s.append("[bench] ===== Growth per cycle (rows / bytes; bytes on PostgreSQL only) =====\n");
    for (Map.Entry<String, Object> db : cycle.entrySet()) {
      Map<String, Object> sizes = map(db.getValue());
      for (Map.Entry<String, Object> size : sizes.entrySet()) {
        Map<String, Object> h = map(map(size.getValue()).get("history"));
        if (h == null) {
          continue;
        }
        Map<String, Object> ours = map(h.get("ours"));
        Map<String, Object> bare = map(h.get("bare"));
        s.append(
            String.format(
                "[bench] %s, %s: ACT_HI ours %s / %s B, bare %s / %s B; klu_ %s / %s B;"
                    + " top %s%n",
                db.getKey(),
                size.getKey(),
                ours.get("historyRows"),
                ours.get("historyBytes"),
                bare.get("historyRows"),
                bare.get("historyBytes"),
                ours.get("kluRows"),
                ours.get("kluBytes"),
                ours.get("topHistoryTablesByRows")));
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  static void print(Map<String, Object> results) {
    StringBuilder s = new StringBuilder("\n[bench] ===== Ratios ours/bare (same run) =====\n");
    for (Ratio r : ratios(results)) {
      s.append(
          String.format(
              "[bench] %-62s %6.2fx%s%n",
              r.label(),
              r.value(),
              r.target() == null
                  ? ""
                  : String.format(
                      "  (target <= %.1f: %s)",
                      r.target(), r.value() <= r.target() ? "met" : "NOT met")));
    }
    appendHistory(s, results);
    Map<String, Object> scale = map(results.get("scale"));
    if (scale != null) {
      s.append(
          String.format(
              "[bench] Scale: %s cycles (%s committees x %s meetings) in %s s = %s cycles/s%n"
                  + "[bench] Task list over REST: p50 %s ms, p95 %s ms (target p95 < 30 ms)%n",
              scale.get("cycles"),
              scale.get("committees"),
              scale.get("meetingsPerCommittee"),
              scale.get("totalSeconds"),
              scale.get("cyclesPerSecond"),
              scale.get("taskListP50Millis"),
              scale.get("taskListP95Millis")));
    }
    s.append("[bench] Results: target/bench/bench.json, chart target/bench/bench.png\n");
    System.out.print(s);
  }
}
