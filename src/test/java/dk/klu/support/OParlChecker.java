package dk.klu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks open data against OParl 1.1's own JSON schemas (src/test/resources/oparl, see its README),
 * with networknt's validator: every object, embedded ones too, by its {@code type}; links as
 * absolute URLs; date-times by RFC 3339 (with seconds) and dates as dates; properties the schema
 * does not name only with the vendor prefix {@code klu:}. {@link #walk} starts at the System object
 * and follows every URL the API gives that points into it: list pages (their {@code next}), objects
 * at their {@code id}, which must resolve to the same object.
 */
public final class OParlChecker {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://klu.test/oparl/";
  private static final List<String> TYPES =
      List.of(
          "System",
          "Body",
          "LegislativeTerm",
          "Organization",
          "Person",
          "Membership",
          "Meeting",
          "AgendaItem",
          "Paper",
          "Consultation",
          "File",
          "Location");
  private static final Map<String, Schema> SCHEMAS = load();

  private OParlChecker() {}

  /** What a walk found: every response by URL, and every violation (empty when all conform). */
  public record Walk(Map<String, String> responses, List<String> violations) {}

  /**
   * Walks the API from its System object at {@code publicUrl + entryPath}; {@code publicUrl} is
   * {@code klu.public-url}, which every URL the API gives begins with.
   */
  public static Walk walk(RestClient rest, String publicUrl, String entryPath) {
    String root = publicUrl + entryPath;
    Map<String, String> responses = new LinkedHashMap<>();
    List<String> violations = new ArrayList<>();
    Map<String, JsonNode> embedded = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(root));
    Set<String> seen = new LinkedHashSet<>(queue);
    while (!queue.isEmpty()) {
      String url = queue.poll();
      RestClient.Answer answer = rest.get(url.substring(publicUrl.length()), null);
      if (answer.status() != 200) {
        violations.add(url + ": HTTP " + answer.status());
        continue;
      }
      responses.put(url, answer.body());
      JsonNode node = read(answer.body());
      if (url.equals(root) && !"https://schema.oparl.org/1.1/System".equals(text(node, "type"))) {
        violations.add(url + ": the entry point is not a System object");
      }
      if (node.has("data")) {
        violations.addAll(list(url, node));
      } else {
        violations.addAll(errors(url, node));
      }
      collect(node, embedded, false);
      for (String link : links(node)) {
        if (link.startsWith(root) && seen.add(link)) {
          queue.add(link);
        }
      }
    }
    // every object given inside another is the object at its id
    for (Map.Entry<String, JsonNode> e : embedded.entrySet()) {
      String served = responses.get(e.getKey());
      if (served == null) {
        violations.add(e.getKey() + ": an embedded object's id does not resolve");
      } else if (!read(served).equals(e.getValue())) {
        violations.add(e.getKey() + ": differs from the object embedded elsewhere");
      }
    }
    return new Walk(responses, violations);
  }

  /** The schema violations of one object (by its {@code type}), nested objects included. */
  public static List<String> errors(String where, JsonNode object) {
    String type = text(object, "type");
    String name =
        type == null ? null : type.replaceFirst("^https://schema\\.oparl\\.org/1\\.1/", "");
    Schema schema = name == null ? null : SCHEMAS.get(name);
    if (schema == null) {
      return List.of(where + ": no OParl 1.1 type: " + type);
    }
    return schema
        .validate(
            object.toString(),
            InputFormat.JSON,
            (context, schemaContext) ->
                context.executionConfig(c -> c.formatAssertionsEnabled(true)))
        .stream()
        .map(e -> where + " (" + name + ") " + e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  /** A list page: data, pagination and links (OParl 1.1, 2.5), and each object in it. */
  static List<String> list(String where, JsonNode page) {
    List<String> violations = new ArrayList<>();
    if (!page.path("data").isArray()
        || !page.path("pagination").isObject()
        || !page.path("links").isObject()) {
      violations.add(where + ": a list page needs data, pagination and links");
    }
    JsonNode p = page.path("pagination");
    if (p.has("currentPage")
        && p.has("totalPages")
        && p.get("currentPage").asInt() < p.get("totalPages").asInt()
        && !page.path("links").has("next")) {
      violations.add(where + ": a page before the last needs links.next");
    }
    int i = 0;
    for (JsonNode object : page.path("data")) {
      violations.addAll(errors(where + " data[" + i++ + "]", object));
    }
    return violations;
  }

  private static void collect(JsonNode node, Map<String, JsonNode> embedded, boolean inner) {
    if (node.isObject()) {
      if (inner && node.has("id") && node.has("type")) {
        embedded.putIfAbsent(node.get("id").asText(), node);
      }
      node.forEach(child -> collect(child, embedded, true));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, embedded, true));
    }
  }

  private static Set<String> links(JsonNode node) {
    Set<String> urls = new LinkedHashSet<>();
    if (node.isTextual() && node.asText().startsWith("http")) {
      urls.add(node.asText());
    }
    node.forEach(child -> urls.addAll(links(child)));
    return urls;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Schema> load() {
    Map<String, String> sources = new HashMap<>();
    for (String type : TYPES) {
      try (InputStream in = OParlChecker.class.getResourceAsStream("/oparl/" + type + ".json")) {
        ObjectNode schema = (ObjectNode) JSON.readTree(in);
        adapt(schema);
        // an object may carry what its schema does not name only under a vendor prefix
        schema.put("additionalProperties", false);
        schema.putObject("patternProperties").putObject("^klu:");
        sources.put(BASE + type + ".json", schema.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(sources));
    Map<String, Schema> schemas = new HashMap<>();
    for (String type : TYPES) {
      schemas.put(type, registry.getSchema(SchemaLocation.of(BASE + type + ".json")));
    }
    return schemas;
  }

  /**
   * OParl's own words for JSON Schema's: {@code "schema": "File.json"} (an embedded object) becomes
   * a {@code $ref}; {@code "format": "url"} an absolute http(s) URI.
   */
  private static void adapt(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode schema = object.get("schema");
      if (schema != null && schema.isTextual()) {
        object.put("$ref", schema.asText());
      }
      JsonNode format = object.get("format");
      if (format != null && "url".equals(format.asText())) {
        object.put("format", "uri");
        object.put("pattern", "^https?://");
      }
      for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
        adapt(it.next());
      }
    } else if (node.isArray()) {
      node.forEach(OParlChecker::adapt);
    }
  }
}
