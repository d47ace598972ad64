package dk.klu.forms.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the deployed Camunda Forms ({@code forms/*.form}) that have row slots or role variants
 * from their sources in {@code forms/src/*.json} (docs/adr/0011). A source is a Camunda Form with
 * two additions:
 *
 * <ul>
 *   <li>{@code {"repeat": {"list": L, "rows": N, "open": K, "template": {group}}}} in a {@code
 *       components} array becomes N copies of the group, one per slot {@code L.r1} … {@code L.rN}
 *       (docs/adr/0003). In the template {@code $row} stands for {@code L.r<n>}, {@code $prev} for
 *       the slot before and {@code $n} for the number; every {@code id} and {@code layout.row} gets
 *       the suffix {@code _r<n>}. The first K rows (default 0) are always shown: their group loses
 *       its {@code conditional}, and a value {@code "$open"} is {@code true} in them and left out
 *       in the others (e.g. {@code "required": "$open"}).
 *   <li>{@code "variants": {"<form id>": {...}}} at the top: further forms made from this one by
 *       {@code insertAfter} (component id → components to insert after it), {@code patch}
 *       (component id → fields to set, {@code null} removes one), then, after the rows are
 *       expanded, {@code replace} (text → text, in every string in order). The source itself is the
 *       first form.
 * </ul>
 *
 * <p>Run by {@code GeneratedFormsTest}; {@code -Dklu.forms.write=true} on that test (or this {@code
 * main}) writes the files.
 */
public final class FormGenerator {

  public static final Path SOURCES = Path.of("forms/src");
  public static final Path FORMS = Path.of("forms");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FormGenerator() {}

  public static void main(String[] args) throws IOException {
    for (Map.Entry<String, String> form : generateAll().entrySet()) {
      Files.writeString(FORMS.resolve(form.getKey() + ".form"), form.getValue());
    }
  }

  /** Every generated form: id → the text of its {@code .form} file, in source order. */
  public static Map<String, String> generateAll() {
    Map<String, String> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path source : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (ObjectNode form : generate((ObjectNode) MAPPER.readTree(source.toFile()))) {
          String id = form.get("id").asText();
          if (forms.put(id, print(form)) != null) {
            throw new IllegalStateException("Form " + id + " comes from two sources");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  /** The forms of one source: the source itself, then its variants. */
  static List<ObjectNode> generate(ObjectNode source) {
    ObjectNode base = source.deepCopy();
    JsonNode variants = base.remove("variants");
    List<ObjectNode> forms = new java.util.ArrayList<>(List.of(expand(base)));
    if (variants != null) {
      variants
          .fields()
          .forEachRemaining(v -> forms.add(variant(base, v.getKey(), (ObjectNode) v.getValue())));
    }
    return forms;
  }

  private static ObjectNode variant(ObjectNode base, String id, ObjectNode changes) {
    ObjectNode form = base.deepCopy();
    form.put("id", id);
    changes
        .path("insertAfter")
        .fields()
        .forEachRemaining(e -> insertAfter(form, e.getKey(), (ArrayNode) e.getValue()));
    changes
        .path("patch")
        .fields()
        .forEachRemaining(e -> patch(component(form, e.getKey()), (ObjectNode) e.getValue()));
    ObjectNode expanded = expand(form);
    changes
        .path("replace")
        .fields()
        .forEachRemaining(e -> replace(expanded, e.getKey(), e.getValue().asText()));
    return expanded;
  }

  /** The form with every {@code repeat} written out as its row groups. */
  static ObjectNode expand(ObjectNode form) {
    ObjectNode out = form.deepCopy();
    out.set("components", expandComponents((ArrayNode) form.get("components")));
    return out;
  }

  private static ArrayNode expandComponents(ArrayNode components) {
    ArrayNode out = MAPPER.createArrayNode();
    for (JsonNode component : components) {
      JsonNode repeat = component.get("repeat");
      if (repeat == null) {
        ObjectNode copy = component.deepCopy();
        if (copy.has("components")) {
          copy.set("components", expandComponents((ArrayNode) copy.get("components")));
        }
        out.add(copy);
        continue;
      }
      String list = repeat.get("list").asText();
      int open = repeat.path("open").asInt(0);
      for (int n = 1; n <= repeat.get("rows").asInt(); n++) {
        ObjectNode row = (ObjectNode) slot(repeat.get("template"), list, n, n <= open);
        if (n <= open) {
          row.remove("conditional");
        }
        out.add(row);
      }
    }
    return out;
  }

  private static JsonNode slot(JsonNode template, String list, int n, boolean open) {
    if (template.isTextual()) {
      return TextNode.valueOf(
          template
              .asText()
              .replace("$row", list + ".r" + n)
              .replace("$prev", list + ".r" + (n - 1))
              .replace("$n", String.valueOf(n)));
    }
    if (template.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      template.forEach(e -> out.add(slot(e, list, n, open)));
      return out;
    }
    if (template.isObject()) {
      ObjectNode out = MAPPER.createObjectNode();
      template
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().asText().equals("$open")) {
                  if (open) {
                    out.put(e.getKey(), true);
                  }
                  return;
                }
                JsonNode value = slot(e.getValue(), list, n, open);
                boolean named = e.getKey().equals("id") || e.getKey().equals("row");
                out.set(e.getKey(), named ? TextNode.valueOf(value.asText() + "_r" + n) : value);
              });
      return out;
    }
    return template.deepCopy();
  }

  private static void insertAfter(ObjectNode form, String id, ArrayNode inserted) {
    ArrayNode siblings = siblings(form, id);
    int at = indexOf(siblings, id);
    for (int j = 0; j < inserted.size(); j++) {
      siblings.insert(at + 1 + j, inserted.get(j).deepCopy());
    }
  }

  private static void patch(ObjectNode component, ObjectNode fields) {
    fields
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isNull()) {
                component.remove(e.getKey());
              } else {
                component.set(e.getKey(), e.getValue().deepCopy());
              }
            });
  }

  /** The component with this id, also inside groups and row templates. */
  private static ObjectNode component(ObjectNode form, String id) {
    ArrayNode siblings = siblings(form, id);
    return (ObjectNode) siblings.get(indexOf(siblings, id));
  }

  /** The components array that holds the component with this id. */
  private static ArrayNode siblings(ObjectNode form, String id) {
    ArrayNode found = find(form, id);
    if (found == null) {
      throw new IllegalStateException("No component " + id + " in " + form.path("id").asText());
    }
    return found;
  }

  private static ArrayNode find(JsonNode node, String id) {
    JsonNode components = node.path("components");
    if (indexOf(components, id) >= 0) {
      return (ArrayNode) components;
    }
    for (JsonNode c : components) {
      ArrayNode found = find(c.has("repeat") ? c.get("repeat").get("template") : c, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static int indexOf(JsonNode components, String id) {
    for (int i = 0; i < components.size(); i++) {
      if (id.equals(components.get(i).path("id").asText())) {
        return i;
      }
    }
    return -1;
  }

  private static void replace(JsonNode node, String from, String to) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (e.getValue().isTextual()) {
        e.setValue(TextNode.valueOf(e.getValue().asText().replace(from, to)));
      } else {
        replace(e.getValue(), from, to);
      }
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual()) {
          ((ArrayNode) node).set(i, node.get(i).asText().replace(from, to));
        } else {
          replace(node.get(i), from, to);
        }
      }
    }
  }

  /** JSON as the Camunda Modeler writes it: two spaces, {@code "key": value}, a final newline. */
  static String print(JsonNode form) {
    try {
      return MAPPER.writer(new ModelerPrinter()).writeValueAsString(form) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class ModelerPrinter extends DefaultPrettyPrinter {
    ModelerPrinter() {
      super(
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    private ModelerPrinter(ModelerPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new ModelerPrinter(this);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (!closedEmpty(g, entries, '}')) {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (!closedEmpty(g, values, ']')) {
        super.writeEndArray(g, values);
      }
    }

    /** An empty object or array closes on its opening line ({@code {}}, {@code []}), as Modeler. */
    private boolean closedEmpty(JsonGenerator g, int contained, char close) throws IOException {
      if (contained != 0) {
        return false;
      }
      _nesting--;
      g.writeRaw(close);
      return true;
    }
  }
}
