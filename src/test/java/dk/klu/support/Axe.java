package dk.klu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An automated WCAG check of the page in the browser with axe-core (Deque's engine, its script
 * taken from the test class path), with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best
 * practices, and the experimental rules in {@link #EXPERIMENTAL}. The full result is kept as JSON
 * and a readable summary under target/axe-reports/.
 */
public final class Axe {

  /** The impacts that fail a page. */
  public static final Set<String> BLOCKING = Set.of("serious", "critical");

  /**
   * WCAG rules axe marks experimental and leaves out of the tags above, switched on: 2.5.3 Label in
   * Name (a link's or button's accessible name contains its visible text).
   */
  static final String EXPERIMENTAL = "{'label-content-name-mismatch': {enabled: true}}";

  static final ObjectMapper JSON = new ObjectMapper();

  private static final String SCRIPT = load();

  private Axe() {}

  /** One rule the page breaks, with how badly and where. */
  public record Violation(String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return impact + " " + rule + ": " + help + " " + targets;
    }
  }

  /** The result of one check. */
  public record Report(String url, List<Violation> violations, int passes, Path file) {
    /** The violations of impact serious or critical. */
    public List<Violation> blocking() {
      return violations.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
    }
  }

  /** Checks the page open in the browser and keeps the report as {@code name}. */
  public static Report check(Browser browser, String name) {
    browser.script(SCRIPT);
    Object result =
        browser.asyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
                + " 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, rules: "
                + EXPERIMENTAL
                + ", resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
    String json = String.valueOf(result);
    if (json.startsWith("ERROR")) {
      throw new IllegalStateException("axe-core failed: " + json);
    }
    try {
      JsonNode root = JSON.readTree(json);
      List<Violation> violations = new ArrayList<>();
      for (JsonNode v : root.path("violations")) {
        List<String> targets = new ArrayList<>();
        for (JsonNode node : v.path("nodes")) {
          targets.add(node.path("target").toString());
        }
        violations.add(
            new Violation(
                v.path("id").asText(),
                v.path("impact").asText(),
                v.path("help").asText(),
                targets));
      }
      Path dir = Path.of(System.getProperty("klu.axe-reports", "target/axe-reports"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".json");
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      StringBuilder summary = new StringBuilder();
      summary
          .append("axe-core ")
          .append(root.path("testEngine").path("version").asText())
          .append(" on ")
          .append(root.path("url").asText())
          .append('\n')
          .append(violations.isEmpty() ? "no violations\n" : "");
      violations.forEach(v -> summary.append(v).append('\n'));
      Files.writeString(dir.resolve(name + ".txt"), summary.toString());
      return new Report(root.path("url").asText(), violations, root.path("passes").size(), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
