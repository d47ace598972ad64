package dk.klu.forms.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployed forms with row slots or role variants are exactly what {@link FormGenerator} makes
 * of {@code forms/src} (docs/adr/0011). After changing a source, write them with {@code mvn test
 * -Dtest=GeneratedFormsTest -Dklu.forms.write=true} and review the diff.
 */
class GeneratedFormsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyGeneratedFormIsUpToDate() throws IOException {
    Map<String, String> generated = FormGenerator.generateAll();
    if (Boolean.getBoolean("klu.forms.write")) {
      FormGenerator.main(new String[0]);
    }
    assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
    List<String> drifted = new ArrayList<>();
    for (Map.Entry<String, String> form : generated.entrySet()) {
      Path file = FormGenerator.FORMS.resolve(form.getKey() + ".form");
      if (!Files.exists(file)) {
        drifted.add(file + " is missing");
        continue;
      }
      JsonNode expected = MAPPER.readTree(form.getValue());
      JsonNode actual = MAPPER.readTree(file.toFile());
      if (!expected.equals(actual)) {
        drifted.add(file + " differs from its source at " + firstDifference(expected, actual));
      }
    }
    if (!drifted.isEmpty()) {
      fail(
          String.join("\n", drifted)
              + "\nChange forms/src/*.json, not the generated file, and regenerate with"
              + " mvn test -Dtest=GeneratedFormsTest -Dklu.forms.write=true");
    }
  }

  @Test
  void generatedFormsArePlainCamundaFormsWithUniqueIds() {
    FormGenerator.generateAll()
        .forEach(
            (id, text) -> {
              JsonNode form = read(text);
              assertThat(form.get("id").asText()).isEqualTo(id);
              assertThat(form.get("schemaVersion").asInt()).as(id).isEqualTo(16);
              assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
              assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
              assertThat(form.get("exporter").get("name").asText()).isEqualTo("Camunda Modeler");
              assertThat(text).as(id).doesNotContain("\"repeat\"", "\"variants\"", "$row", "$n");
              List<String> ids = new ArrayList<>();
              components(form).forEach(c -> ids.add(c.get("id").asText()));
              assertThat(ids).as(id).doesNotHaveDuplicates();
            });
  }

  /** Row slots are written only by the generator: no hand-written form has them. */
  @Test
  void handWrittenFormsHaveNoRowSlots() throws IOException {
    Set<String> generated = FormGenerator.generateAll().keySet();
    Set<String> handWritten = new HashSet<>();
    try (Stream<Path> files = Files.list(FormGenerator.FORMS)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".form"))
          .map(n -> n.substring(0, n.length() - ".form".length()))
          .filter(id -> !generated.contains(id))
          .forEach(handWritten::add);
    }
    assertThat(handWritten).isNotEmpty();
    for (String id : handWritten) {
      JsonNode form = MAPPER.readTree(FormGenerator.FORMS.resolve(id + ".form").toFile());
      components(form)
          .forEach(c -> assertThat(c.path("path").asText()).as(id).doesNotMatch(".*\\.r[0-9]+"));
    }
  }

  @Test
  void aRepeatBecomesOneGroupPerSlot() {
    ObjectNode source =
        (ObjectNode)
            read(
                """
                {"type": "default", "id": "x", "components": [
                  {"repeat": {"list": "extras", "rows": 3, "open": 1, "template": {
                    "type": "group", "id": "Group_extras", "label": "Ekstra $n", "path": "$row",
                    "components": [{"type": "textfield", "id": "Textfield_name", "key": "name",
                      "validate": {"required": "$open"}, "layout": {"row": "Row_name"}}],
                    "conditional": {"hide": "=$prev.name = null"}}}}],
                 "variants": {"y": {"replace": {"extras": "others"}}}}
                """);
    List<ObjectNode> forms = FormGenerator.generate(source);
    assertThat(forms).hasSize(2);
    JsonNode rows = forms.get(0).get("components");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("id").asText()).isEqualTo("Group_extras_r1");
    assertThat(rows.get(0).get("path").asText()).isEqualTo("extras.r1");
    assertThat(rows.get(0).has("conditional")).isFalse();
    assertThat(rows.get(0).get("components").get(0).get("validate").get("required").asBoolean())
        .isTrue();
    assertThat(rows.get(2).get("label").asText()).isEqualTo("Ekstra 3");
    assertThat(rows.get(2).get("conditional").get("hide").asText())
        .isEqualTo("=extras.r2.name = null");
    JsonNode field = rows.get(2).get("components").get(0);
    assertThat(field.get("id").asText()).isEqualTo("Textfield_name_r3");
    assertThat(field.get("layout").get("row").asText()).isEqualTo("Row_name_r3");
    assertThat(field.get("validate").has("required")).isFalse();
    assertThat(forms.get(1).get("id").asText()).isEqualTo("y");
    assertThat(forms.get(1).get("components").get(1).get("path").asText()).isEqualTo("others.r2");
  }

  /** The first component (depth first) whose JSON differs, or the top-level field. */
  private static String firstDifference(JsonNode expected, JsonNode actual) {
    List<JsonNode> want = components(expected);
    List<JsonNode> have = components(actual);
    for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
      JsonNode w = i < want.size() ? withoutChildren(want.get(i)) : null;
      JsonNode h = i < have.size() ? withoutChildren(have.get(i)) : null;
      if (w == null || !w.equals(h)) {
        return "component #"
            + (i + 1)
            + " "
            + (w == null ? "(none in the source)" : w.path("id").asText())
            + ": source "
            + shortened(w)
            + ", file "
            + shortened(h);
      }
    }
    List<String> fields = new ArrayList<>();
    expected.fieldNames().forEachRemaining(fields::add);
    actual.fieldNames().forEachRemaining(fields::add);
    return fields.stream()
        .filter(f -> !f.equals("components") && !expected.path(f).equals(actual.path(f)))
        .findFirst()
        .map(f -> "field \"" + f + "\"")
        .orElse("the top level");
  }

  private static String shortened(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static JsonNode withoutChildren(JsonNode component) {
    ObjectNode copy = component.deepCopy();
    copy.remove("components");
    return copy;
  }

  private static List<JsonNode> components(JsonNode node) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode c : node.path("components")) {
      all.add(c);
      all.addAll(components(c));
    }
    return all;
  }

  private static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
