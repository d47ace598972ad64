package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.klu.forms.FormCatalog;
import dk.klu.forms.FormDefinition;
import dk.klu.forms.FormField;
import dk.klu.support.RestClient.Answer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad submissions generated from a form's definition, sent over REST as the person who may submit
 * the form, each checked to be refused without effect.
 *
 * <p>For every input field of the form (rows of a list: the first row the valid submission has): a
 * value of the wrong type, an invalid option, a number out of range, a malformed date, text one
 * character over the form's maximum, script, other markup and a control character; every required
 * field left out or blank; an unknown field; a body that is not JSON, one without variables, and a
 * variable of a type no form sends. Each must answer 400 with a Danish message that names the field
 * (or the problem), and afterwards the klu_ tables are the same (rows and content hash), the task
 * is still open with the same variables, no process was started and no incident raised.
 */
public final class BadInput {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String MARKUP = "<img src=x onerror=alert(1)>";

  private final RestClient rest;
  private final ProcessEngine engine;
  private final FormCatalog forms;
  private final JdbcTemplate jdbc;
  private final Set<String> covered = new ConcurrentSkipListSet<>();
  private int requests;

  public BadInput(RestClient rest, ProcessEngine engine, FormCatalog forms, JdbcTemplate jdbc) {
    this.rest = rest;
    this.engine = engine;
    this.forms = forms;
    this.jdbc = jdbc;
  }

  /** One bad submission: what is wrong, a text the refusal must contain, and the body. */
  public record Case(String what, String expected, String body) {}

  /** The forms that have had their bad submissions sent. */
  public Set<String> covered() {
    return new TreeSet<>(covered);
  }

  /** How many bad submissions were sent. */
  public int requests() {
    return requests;
  }

  /**
   * Bad submissions to a task, derived from its form and a valid submission of it; once per form
   * (later tasks with a form already covered are left alone).
   */
  public void task(String user, String taskId, Map<String, Object> valid) {
    Task task = openTask(taskId);
    String formId = task.getCamundaFormRef().getKey();
    if (covered.contains(formId)) {
      return;
    }
    FormDefinition form = forms.find(formId).orElseThrow();
    Snapshot before = snapshot(task.getProcessInstanceId());
    String path = "/engine-rest/task/" + taskId + "/submit-form";
    for (Case c : cases(form, valid)) {
      send(user, path, c, formId);
    }
    // The same through /complete, which Tasklist does not use but a REST client may.
    Case first = cases(form, valid).get(0);
    send(user, completePath(taskId), first, formId);
    Snapshot after = snapshot(task.getProcessInstanceId());
    assertThat(after).as("after bad submissions to %s (%s)", formId, taskId).isEqualTo(before);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
        .as("task %s still open", taskId)
        .isOne();
    covered.add(formId);
  }

  /** The id of the open task's form. */
  public String formOf(String taskId) {
    return openTask(taskId).getCamundaFormRef().getKey();
  }

  private Task openTask(String taskId) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .taskId(taskId)
            .initializeFormKeys()
            .singleResult();
    assertThat(task).as("task %s", taskId).isNotNull();
    return task;
  }

  /** Bad submissions to the start form of a process, as {@code user}. */
  public void start(String user, String processKey, Map<String, Object> valid) {
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    String formId =
        engine.getFormService().getStartFormData(definition.getId()).getCamundaFormRef().getKey();
    if (covered.contains(formId)) {
      return;
    }
    FormDefinition form = forms.find(formId).orElseThrow();
    Snapshot before = snapshot(null);
    long instances = instances(processKey);
    for (Case c : cases(form, valid)) {
      send(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form", c, formId);
    }
    send(
        user,
        "/engine-rest/process-definition/key/" + processKey + "/start",
        cases(form, valid).get(0),
        formId);
    assertThat(snapshot(null)).as("after bad starts of %s", processKey).isEqualTo(before);
    assertThat(instances(processKey)).as("no %s started", processKey).isEqualTo(instances);
    covered.add(formId);
  }

  /** The forms of the user tasks and start events of the deployed processes with these keys. */
  public Set<String> formsOf(Collection<String> processKeys) {
    Set<String> ids = new TreeSet<>();
    for (String key : processKeys) {
      ProcessDefinition definition =
          engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
              .latestVersion()
              .singleResult();
      BpmnModelInstance model =
          engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      Consumer<ModelElementInstance> add =
          e -> {
            String ref = e.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            if (ref != null) {
              ids.add(ref);
            }
          };
      model.getModelElementsByType(UserTask.class).forEach(add);
      model.getModelElementsByType(StartEvent.class).forEach(add);
    }
    return ids;
  }

  private static String completePath(String taskId) {
    return "/engine-rest/task/" + taskId + "/complete";
  }

  private void send(String user, String path, Case c, String formId) {
    Answer answer = rest.post(path, user, c.body());
    requests++;
    assertThat(answer.status())
        .as("%s %s: %s -> %s", formId, path, c.what(), answer.body())
        .isEqualTo(400);
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError(formId + ": " + c.what() + ": not JSON: " + answer.body(), e);
    }
    String message = body.path("message").asText();
    assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(message).as("%s: %s", formId, c.what()).contains(c.expected());
    assertThat(danish(message)).as("Danish: %s", message).isTrue();
  }

  /** A message in Danish: it uses the validators' Danish words, never an engine's English. */
  static boolean danish(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return List.of(
                "feltet", "skal", "må ", "ugyldig", "ukendt", "variablen", "forespørgslen", "typen")
            .stream()
            .anyMatch(lower::contains)
        && !lower.contains("exception")
        && !lower.contains("cannot");
  }

  // --- generating the cases ------------------------------------------------------------------

  /** Every bad submission for the form, each a change of the valid submission. */
  public static List<Case> cases(FormDefinition form, Map<String, Object> valid) {
    Map<String, Object> base = slots(valid);
    List<Case> cases = new ArrayList<>();
    fields(form.fields(), base, List.of(), cases, base);
    Map<String, Object> unknown = copy(base);
    unknown.put("ukendtFelt", "x");
    cases.add(new Case("unknown field", "ukendtFelt", body(unknown)));
    cases.add(new Case("not JSON", "ikke gyldig JSON", "{\"variables\": {"));
    cases.add(new Case("no variables", "mangler variabler", "{}"));
    Map<String, Object> serialized = new LinkedHashMap<>(encode(base));
    serialized.put(
        "ukendtFelt",
        Map.of(
            "type",
            "Object",
            "value",
            "rO0ABXQAAXg=",
            "valueInfo",
            Map.of("objectTypeName", "java.lang.String")));
    cases.add(new Case("Java-serialized variable", "ukendtFelt", wrap(serialized)));
    return cases;
  }

  private static void fields(
      Map<String, FormField> fields,
      Map<String, Object> node,
      List<String> path,
      List<Case> cases,
      Map<String, Object> base) {
    boolean rowDone = false;
    for (FormField field : fields.values()) {
      if (field.readonly()) {
        continue;
      }
      List<String> at = append(path, field.key());
      if (field.isObject()) {
        Object value = node.get(field.key());
        boolean row = field.key().matches("r\\d+");
        if (value instanceof Map<?, ?> && !(row && rowDone)) {
          @SuppressWarnings("unchecked")
          Map<String, Object> child = (Map<String, Object>) value;
          fields(field.children(), child, at, cases, base);
          rowDone |= row;
        }
        if (path.isEmpty()) {
          cases.add(change(base, at, "tekst", field, "object given as text"));
        }
        continue;
      }
      if (field.isList()) {
        cases.add(change(base, at, "tekst", field, "list given as text"));
        continue;
      }
      values(field).forEach((what, bad) -> cases.add(change(base, at, bad, field, what)));
      if (path.isEmpty()
          && field.required()
          && !field.conditional()
          && node.containsKey(field.key())) {
        cases.add(change(base, at, null, field, "required left out"));
        if (!"checkbox".equals(field.type())) {
          cases.add(change(base, at, "   ", field, "required left blank"));
        }
      }
    }
  }

  /** Bad values for one field, by what is wrong with them. */
  static Map<String, Object> values(FormField field) {
    Map<String, Object> bad = new LinkedHashMap<>();
    switch (field.type()) {
      case "number" -> {
        bad.put("number as words", "mange");
        bad.put("number as boolean", true);
        if (field.max() != null) {
          bad.put("number over max", field.max().add(BigDecimal.ONE));
        }
        if (field.min() != null) {
          bad.put("number under min", field.min().subtract(BigDecimal.ONE));
        }
      }
      case "checkbox" -> {
        bad.put("checkbox as text", "ja");
        bad.put("checkbox as number", 1);
      }
      case "select", "radio" -> {
        if (field.allowedValues() != null) {
          bad.put("option not offered", "UGYLDIG_VAERDI");
          bad.put("option as number", 7);
        } else {
          text(field, bad);
        }
      }
      case "checklist", "taglist" -> bad.put("options as text", "ikke en liste");
      case "datetime" -> {
        bad.put("date in Danish notation", "31.12.2027");
        bad.put("date that does not exist", "2027-02-30");
        bad.put("date as number", 20271231);
      }
      default -> text(field, bad);
    }
    return bad;
  }

  private static void text(FormField field, Map<String, Object> bad) {
    bad.put("text as number", 12345);
    int over = field.maxLength() != null ? field.maxLength() + 1 : 100_001;
    bad.put("text over max length (" + over + ")", "x".repeat(over));
    bad.put("script", "Tekst " + SCRIPT);
    bad.put("markup", "Tekst " + MARKUP);
    bad.put("control character", "før\u0000efter");
  }

  private static Case change(
      Map<String, Object> base, List<String> path, Object value, FormField field, String what) {
    Map<String, Object> changed = copy(base);
    Map<String, Object> node = changed;
    for (String key : path.subList(0, path.size() - 1)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> next = (Map<String, Object>) node.get(key);
      node = next;
    }
    String last = path.get(path.size() - 1);
    if (value == null) {
      node.remove(last);
    } else {
      node.put(last, value);
    }
    return new Case(String.join(".", path) + ": " + what, field.label(), body(changed));
  }

  // --- bodies ----------------------------------------------------------------------------------

  /** Lists of rows become row slots {@code {"r1": ..., "r2": ...}}, as Tasklist submits them. */
  static Map<String, Object> slots(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, slotted(v)));
    return out;
  }

  private static Object slotted(Object value) {
    if (value instanceof List<?> list) {
      Map<String, Object> slots = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        slots.put("r" + (i + 1), slotted(list.get(i)));
      }
      return slots;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), slotted(v)));
      return copy;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> copy.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : v));
    return copy;
  }

  private static Map<String, Object> encode(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?>) {
            try {
              variables.put(k, Map.of("type", "Json", "value", JSON.writeValueAsString(v)));
            } catch (JsonProcessingException e) {
              throw new IllegalStateException(e);
            }
          } else {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("value", v);
            variables.put(k, variable);
          }
        });
    return variables;
  }

  static String body(Map<String, Object> values) {
    return wrap(encode(values));
  }

  private static String wrap(Map<String, Object> variables) {
    try {
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> append(List<String> path, String key) {
    List<String> out = new ArrayList<>(path);
    out.add(key);
    return out;
  }

  // --- what must not change ----------------------------------------------------------------------

  /** The klu_ tables (row counts and a hash of their content) and the process's state. */
  public record Snapshot(
      Map<String, String> tables, Map<String, Object> variables, long tasks, long incidents) {}

  Snapshot snapshot(String processInstanceId) {
    Map<String, String> tables = new LinkedHashMap<>();
    for (String table : kluTables(jdbc)) {
      tables.put(table, digest(jdbc, table));
    }
    Map<String, Object> variables =
        processInstanceId == null
            ? Map.of()
            : engine.getRuntimeService().getVariables(processInstanceId).entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        e -> String.valueOf(e.getValue()),
                        (a, b) -> a,
                        java.util.TreeMap::new));
    return new Snapshot(
        tables,
        variables,
        engine.getTaskService().createTaskQuery().count(),
        engine.getRuntimeService().createIncidentQuery().count());
  }

  /** A table's row count and a hash of its content (binary columns by their hash). */
  public static String digest(JdbcTemplate jdbc, String table) {
    List<String> rows =
        jdbc.queryForList("SELECT * FROM " + table).stream()
            .map(r -> new java.util.TreeMap<>(lower(r)).toString())
            .sorted()
            .toList();
    return rows.size() + " rows, " + sha256(String.join("\n", rows));
  }

  /** The application's own tables (not Flyway's history). */
  public static List<String> kluTables(JdbcTemplate jdbc) {
    return jdbc
        .queryForList(
            "SELECT table_name FROM information_schema.tables"
                + " WHERE lower(table_schema) = 'public'",
            String.class)
        .stream()
        .map(t -> t.toLowerCase(Locale.ROOT))
        .filter(t -> t.startsWith("klu_") && !t.equals("klu_schema_history"))
        .sorted()
        .toList();
  }

  private static Map<String, Object> lower(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach(
        (k, v) ->
            out.put(
                k.toLowerCase(Locale.ROOT),
                v instanceof byte[] bytes
                    ? sha256(new String(bytes, StandardCharsets.ISO_8859_1))
                    : v));
    return out;
  }

  private long instances(String processKey) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .count();
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
