package dk.klu.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation of the engine REST API, read from Camunda's own OpenAPI document ({@code
 * camunda-engine-rest-openapi}), and the one a request addresses.
 *
 * <p>A path is resolved as JAX-RS routes it: among the operations whose template has as many
 * segments, a literal segment wins over a template parameter, from left to right ({@code GET
 * /task/count} is the count, never {@code GET /task/{id}} with the id "count").
 */
public final class EngineOperations {

  /**
   * The methods the API has; HEAD is answered by the GET resource, as JAX-RS does. OPTIONS lists
   * the links a caller may follow on a resource (Tasklist asks it to show or hide "new filter").
   */
  static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "OPTIONS");

  /**
   * Operations the REST API has that its OpenAPI document leaves out, as Cockpit calls them (the
   * CMMN resources): listed here so they resolve, and are refused or allowed like any other.
   */
  static final List<Operation> UNDOCUMENTED =
      List.of(
          new Operation("GET", "/case-definition", "getCaseDefinitions"),
          new Operation("GET", "/case-definition/count", "getCaseDefinitionsCount"));

  private final List<Operation> operations;

  private EngineOperations(List<Operation> operations) {
    this.operations = List.copyOf(operations);
  }

  /** One operation: method, path template (as in the OpenAPI document) and operation id. */
  public record Operation(String method, String template, String operationId) {

    List<String> segments() {
      return EngineOperations.segments(template);
    }

    /** The operation as the allowlist and the README name it: {@code POST /task/{id}/complete}. */
    public String key() {
      return method + " " + template;
    }

    boolean matches(String requestMethod, List<String> path) {
      if (!method.equals(requestMethod)) {
        return false;
      }
      List<String> own = segments();
      if (own.size() != path.size()) {
        return false;
      }
      for (int i = 0; i < own.size(); i++) {
        if (!parameter(own.get(i)) && !own.get(i).equals(path.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The operations of the OpenAPI document on the class path. */
  public static EngineOperations load() {
    try (InputStream in = EngineOperations.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "openapi.json (org.camunda.bpm:camunda-engine-rest-openapi) is not on the class path");
      }
      List<Operation> all = new ArrayList<>(read(in));
      UNDOCUMENTED.stream().filter(u -> !all.contains(u)).forEach(all::add);
      return new EngineOperations(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads only {@code paths} and each operation's id; the schemas are skipped unparsed. */
  private static List<Operation> read(InputStream in) throws IOException {
    List<Operation> found = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (!"paths".equals(field)) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String template = parser.currentName();
          expect(parser.nextToken(), JsonToken.START_OBJECT);
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String method = parser.currentName().toUpperCase(Locale.ROOT);
            parser.nextToken();
            if (!METHODS.contains(method)) {
              parser.skipChildren();
              continue;
            }
            found.add(new Operation(method, template, operationId(parser)));
          }
        }
      }
    }
    return found;
  }

  private static String operationId(JsonParser parser) throws IOException {
    String id = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if ("operationId".equals(name)) {
        id = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    return id;
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("openapi.json: expected " + expected + ", got " + actual);
    }
  }

  /** All operations, in the document's order. */
  public List<Operation> all() {
    return operations;
  }

  /** The operation with this key ({@code METHOD /template}), if the API has it. */
  public Optional<Operation> byKey(String key) {
    return operations.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  /**
   * The operation a request addresses, or empty when the API has none there.
   *
   * @param method the HTTP method (HEAD is resolved as GET)
   * @param path the path below the API's root, segments already decoded: {@code /task/abc/complete}
   */
  public Optional<Operation> resolve(String method, String path) {
    String asked = "HEAD".equals(method) ? "GET" : method;
    List<String> segments = segments(path);
    return operations.stream()
        .filter(o -> o.matches(asked, segments))
        .max(Comparator.comparing(o -> literalMask(o.segments())));
  }

  /** A sortable mask: "1" for a literal segment, "0" for a parameter, from left to right. */
  private static String literalMask(List<String> segments) {
    StringBuilder mask = new StringBuilder();
    segments.forEach(s -> mask.append(parameter(s) ? '0' : '1'));
    return mask.toString();
  }

  static boolean parameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }
}
