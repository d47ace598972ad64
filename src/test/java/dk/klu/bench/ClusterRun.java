package dk.klu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.klu.support.EmbeddedPostgres;
import dk.klu.support.ItemBurst;
import dk.klu.support.JarNode;
import dk.klu.support.RestCycle;
import dk.klu.support.Sql;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster part: the packaged jar as one node and as two nodes on one PostgreSQL database
 * (zonky), each with its job executor on, as the two-node test runs them ({@code ClusterJarIT}).
 * Per configuration: the time until every node answers healthy after they were launched together,
 * and {@link #ITEMS} item submissions at once ({@link ItemBurst}: 16 client threads, through the
 * nodes in turn) into a meeting's open intake after a warm-up burst of half as many, with each
 * stored item counted once. On a machine of two cores the second node adds no processor, so the
 * figure says what a second node costs and whether the two share the work correctly, not how far a
 * real cluster scales.
 */
final class ClusterRun {

  static final int ITEMS = 100;
  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  static final Duration START_TIMEOUT = Duration.ofSeconds(480);

  Map<String, Object> measure() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    Map<String, Object> one = run(1);
    Map<String, Object> two = run(2);
    result.put("oneNode", one);
    result.put("twoNodes", two);
    result.put(
        "ratioStartup",
        KluBenchmark.ratio(
            ((Number) two.get("startupSeconds")).doubleValue(),
            ((Number) one.get("startupSeconds")).doubleValue()));
    result.put(
        "ratioSubmissionsPerSecond",
        KluBenchmark.ratio(
            ((Number) two.get("submissionsPerSecond")).doubleValue(),
            ((Number) one.get("submissionsPerSecond")).doubleValue()));
    return result;
  }

  private Map<String, Object> run(int nodeCount) throws Exception {
    String dbUrl = EmbeddedPostgres.newDatabaseUrl();
    Sql db = new Sql(dbUrl);
    int smtpPort = JarNode.freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    smtp.start();
    List<JarNode> nodes = new ArrayList<>();
    for (int i = 1; i <= nodeCount; i++) {
      String name = "bench-cluster-" + nodeCount + "-" + i;
      nodes.add(
          new JarNode(
              name,
              dbUrl,
              smtpPort,
              "--camunda.bpm.generic-properties.properties.hostname=" + name));
    }
    try {
      long launched = System.nanoTime();
      for (JarNode node : nodes) {
        node.launch();
      }
      for (JarNode node : nodes) {
        node.awaitHealthy(START_TIMEOUT);
      }
      double startup = (System.nanoTime() - launched) / 1e9;

      // A meeting planned, its call sent: the intake is open.
      RestCycle cycle = new RestCycle(() -> nodes.get(0).rest(), db);
      clock(nodes, "2027-04-05T10:00:00+02:00");
      cycle.planWithIntakeOpen(
          nodes.get(0).rest(),
          "2027-06-10T14:00",
          local -> clock(nodes, local.atZone(ZONE).toOffsetDateTime().toString()));

      // A warm-up burst (not measured): every node has served submissions before the measured one.
      ItemBurst.Result warmUp =
          ItemBurst.send(nodes, ITEMS / 2, "Opvarmning " + nodeCount + "-", 0, null);
      assertThat(warmUp.accepted())
          .as("warm-up answers %s", warmUp.statuses())
          .isEqualTo(ITEMS / 2);
      String prefix = "Benchpunkt " + nodeCount + "-";
      ItemBurst.Result burst = ItemBurst.send(nodes, ITEMS, prefix, 0, null);
      assertThat(burst.accepted()).as("answers %s", burst.statuses()).isEqualTo(ITEMS);
      List<String> titles =
          db.column("SELECT title FROM klu_agenda_item WHERE title LIKE ?", prefix + "%");
      assertThat(titles).as("every item stored once").hasSize(ITEMS).doesNotHaveDuplicates();

      Map<String, Object> r = new LinkedHashMap<>();
      r.put("nodes", nodeCount);
      r.put("startupSeconds", KluBenchmark.round3(startup));
      r.put("submissions", ITEMS);
      r.put("clientThreads", ItemBurst.CLIENTS);
      r.put("submissionSeconds", KluBenchmark.round3(burst.seconds()));
      r.put("submissionsPerSecond", KluBenchmark.round3(ITEMS / burst.seconds()));
      r.put("storedOnce", titles.size());
      System.out.printf("[bench] cluster, %d node(s): %s%n", nodeCount, r);
      return r;
    } finally {
      nodes.forEach(JarNode::kill);
      smtp.stop();
    }
  }

  /** Every node's engine clock (one per JVM) set to {@code now}. */
  private static void clock(List<JarNode> nodes, String now) {
    nodes.forEach(node -> node.clock(now));
  }
}
