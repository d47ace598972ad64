package dk.klu.process.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agenda.process.AgendaItemProcess;
import dk.klu.agreement.process.AgreementProcess;
import dk.klu.evaluation.process.EvaluationProcess;
import dk.klu.forms.FormDefinition;
import dk.klu.forms.FormField;
import dk.klu.forms.FormParser;
import dk.klu.honorarium.process.HonorariumProcess;
import dk.klu.meeting.process.MeetingCollections;
import dk.klu.meeting.process.MeetingProcess;
import dk.klu.yearplan.process.YearPlanProcess;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The models, the forms and the process contracts agree, for every process in bpmn/ and every form
 * in forms/ (docs/adr/0012):
 *
 * <ul>
 *   <li>every form a model references exists, its id is its file name, and every form is referenced
 *       by exactly one model;
 *   <li>every field key of a form is a variable declared in its process's contract;
 *   <li>every variable an expression of the model reads (gateway conditions, timers, due dates,
 *       assignees, collections, input mappings) is declared, and is set by a form, a start, a
 *       mapping of the model, or a step (a {@code set}/{@code setVariable}/{@code put} of it in the
 *       process code);
 *   <li>for a process with a contract class, every variable its delegates read ({@code
 *       X.from(...)}) is set the same way, its element enum is the model's flow nodes, its form
 *       enum the model's forms and its message names the model's messages;
 *   <li>no expression of a model calls a domain service: models call delegates and process-layer
 *       beans, and every method a model calls exists on its bean.
 * </ul>
 *
 * A called process (the meeting's triage, agenda preparation and follow-up) starts with what its
 * callers pass in ({@code camunda:in}); what a call passes in counts as read by the caller.
 */
class FormsContractTest {

  /** Each process's contract, where its variables are declared. */
  static final Map<String, Class<?>> DECLARATIONS =
      Map.of(
          AgreementProcess.KEY,
          AgreementProcess.class,
          "klu-meeting",
          MeetingProcess.class,
          AgendaItemProcess.KEY,
          AgendaItemProcess.class,
          YearPlanProcess.KEY,
          YearPlanProcess.class,
          EvaluationProcess.KEY,
          EvaluationProcess.class,
          HonorariumProcess.KEY,
          HonorariumProcess.class,
          dk.klu.roster.process.MemberProcess.KEY,
          dk.klu.roster.process.MemberProcess.class,
          dk.klu.agenda.process.TriageProcess.KEY,
          dk.klu.agenda.process.TriageProcess.class,
          dk.klu.meeting.process.AgendaPreparationProcess.KEY,
          dk.klu.meeting.process.AgendaPreparationProcess.class,
          dk.klu.followup.process.FollowUpProcess.KEY,
          dk.klu.followup.process.FollowUpProcess.class);

  /**
   * Names an expression may use that are no process variables: the engine's own and the beans a
   * model may call (delegates are resolved from {@code delegateExpression}, not read here).
   */
  static final Set<String> NOT_VARIABLES =
      Set.of(
          "execution",
          "task",
          "decisionResult",
          "true",
          "false",
          "null",
          "empty",
          "not",
          "and",
          "or",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod");

  static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);
  static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'\"])([A-Za-z_]\\w*)(?!\\w)");

  static Map<String, BpmnModelInstance> models;
  static String processCode;

  @BeforeAll
  static void readModels() throws IOException {
    models = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        models.put(process.getId(), model);
      }
    }
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        code.append(Files.readString(file)).append('\n');
      }
    }
    processCode = code.toString();
  }

  @Test
  void everyProcessHasItsDeclarations() {
    assertThat(models.keySet()).containsExactlyInAnyOrderElementsOf(DECLARATIONS.keySet());
  }

  @Test
  void everyFormIsReferencedByExactlyOneModelAndNamedByItsFile() throws Exception {
    List<String> referenced = new ArrayList<>();
    for (String key : models.keySet()) {
      referenced.addAll(formRefs(key));
    }
    List<String> files;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      files =
          forms
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".form"))
              .map(f -> f.substring(0, f.length() - ".form".length()))
              .toList();
    }
    assertThat(files).hasSize(35);
    assertThat(referenced).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    for (String id : files) {
      assertThat(form(id).id()).as("id inside forms/" + id + ".form").isEqualTo(id);
    }
  }

  @Test
  void everyFormFieldIsADeclaredVariableOfItsProcess() throws Exception {
    Map<String, List<String>> undeclared = new LinkedHashMap<>();
    int keys = 0;
    for (String key : models.keySet()) {
      Set<String> declared = declared(key);
      for (String formId : formRefs(key)) {
        for (String field : form(formId).fields().keySet()) {
          keys++;
          if (!declared.contains(field)) {
            undeclared.computeIfAbsent(formId, f -> new ArrayList<>()).add(field);
          }
        }
      }
    }
    assertThat(keys).isGreaterThan(90);
    assertThat(undeclared).as("form fields no contract declares").isEmpty();
  }

  @Test
  void everyVariableAModelReadsIsDeclaredAndSetBeforehand() throws Exception {
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    int reads = 0;
    for (String key : models.keySet()) {
      Set<String> declared = declared(key);
      Set<String> available = available(key);
      for (String name : modelReads(key)) {
        reads++;
        if (!declared.contains(name) || !available.contains(name)) {
          missing.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
        }
      }
    }
    assertThat(reads).isGreaterThan(30);
    assertThat(missing).as("variables read by a model but not declared and set").isEmpty();
  }

  @Test
  void everyVariableAContractDelegateReadsIsSetBeforehand() throws Exception {
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (Map.Entry<String, Class<?>> contract : DECLARATIONS.entrySet()) {
      Class<?> type = contract.getValue();
      String code = packageCode(type);
      Set<String> available = available(contract.getKey());
      Map<String, String> names = variableNamesByConstant(type);
      Matcher read = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\.from\\(").matcher(code);
      int reads = 0;
      while (read.find()) {
        String name = names.get(read.group(1));
        if (name == null) {
          continue;
        }
        reads++;
        if (!available.contains(name)) {
          missing.computeIfAbsent(contract.getKey(), k -> new TreeSet<>()).add(name);
        }
      }
      assertThat(reads).as(contract.getKey() + " delegates read through the contract").isPositive();
    }
    assertThat(missing).as("variables read by delegates but never set").isEmpty();
  }

  @Test
  void theContractsNameTheModelsElementsFormsAndMessages() throws Exception {
    for (Map.Entry<String, Class<?>> contract : DECLARATIONS.entrySet()) {
      BpmnModelInstance model = models.get(contract.getKey());
      Class<?> type = contract.getValue();
      assertThat(type.getField("KEY").get(null)).isEqualTo(contract.getKey());
      Set<String> nodes =
          model.getModelElementsByType(FlowNode.class).stream()
              .map(BaseElement::getId)
              .collect(Collectors.toSet());
      assertThat(enumValues(type, "Element", "id"))
          .as(contract.getKey() + " elements")
          .containsExactlyInAnyOrderElementsOf(nodes);
      assertThat(enumValues(type, "Form", "id"))
          .as(contract.getKey() + " forms")
          .containsExactlyInAnyOrderElementsOf(formRefs(contract.getKey()));
      Set<String> messages =
          model.getModelElementsByType(Message.class).stream()
              .map(Message::getName)
              .collect(Collectors.toSet());
      Set<String> declaredMessages = new TreeSet<>();
      for (Field field : type.getFields()) {
        if (field.getName().startsWith("MESSAGE_") && field.getType() == String.class) {
          declaredMessages.add((String) field.get(null));
        }
      }
      assertThat(declaredMessages).containsExactlyInAnyOrderElementsOf(messages);
    }
  }

  /**
   * The beans a model may call methods on: process-layer beans, each named here with its class, so
   * that a renamed method fails this test and not a meeting at run time.
   */
  static final Map<String, Class<?>> MODEL_BEANS =
      Map.of("meetingCollections", MeetingCollections.class);

  @Test
  void modelsCallProcessBeansOnlyAndTheirMethodsExist() {
    Map<String, Set<String>> wrong = new LinkedHashMap<>();
    Pattern call = Pattern.compile("(?<![\\w.])([a-z]\\w*)\\s*\\.\\s*(\\w+)\\s*\\(([^)]*)\\)");
    int calls = 0;
    for (String key : models.keySet()) {
      for (String expression : expressions(models.get(key))) {
        Matcher m = call.matcher(expression);
        while (m.find()) {
          if (m.group(1).equals("decisionResult")) {
            continue;
          }
          calls++;
          Class<?> bean = MODEL_BEANS.get(m.group(1));
          int arity = m.group(3).isBlank() ? 0 : m.group(3).split(",").length;
          boolean exists =
              bean != null
                  && bean.getPackageName().endsWith(".process")
                  && Arrays.stream(bean.getMethods())
                      .anyMatch(
                          method ->
                              method.getName().equals(m.group(2))
                                  && method.getParameterCount() == arity);
          if (!exists) {
            wrong.computeIfAbsent(key, k -> new TreeSet<>()).add(m.group());
          }
        }
      }
    }
    assertThat(calls).isPositive();
    assertThat(wrong)
        .as("calls in models to anything but an existing method of a process-layer bean")
        .isEmpty();
  }

  // --- what a process declares, sets and reads ----------------------------------------------

  /** The declared variable names: the contract's Variables. */
  static Set<String> declared(String key) throws IllegalAccessException {
    return new TreeSet<>(variableNamesByConstant(DECLARATIONS.get(key)).values());
  }

  static Map<String, String> variableNamesByConstant(Class<?> type) throws IllegalAccessException {
    Map<String, String> names = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      if (field.getType() == Variable.class) {
        names.put(field.getName(), ((Variable<?>) field.get(null)).name());
      }
    }
    return names;
  }

  /**
   * The variables set before anything reads them: the writable fields of the process's forms, the
   * start's initiator, the model's output and input mappings and loop variables, and what a step of
   * the process code sets.
   */
  static Set<String> available(String key) throws IllegalAccessException, IOException {
    Set<String> available = new TreeSet<>();
    BpmnModelInstance model = models.get(key);
    for (String formId : formRefs(key)) {
      form(formId).fields().values().stream()
          .filter(f -> !f.readonly())
          .map(FormField::key)
          .forEach(available::add);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaInitiator() != null) {
        available.add(start.getCamundaInitiator());
      }
    }
    for (DomElement element : all(model.getDocument().getRootElement())) {
      String local = element.getLocalName();
      if (local.equals("outputParameter") || local.equals("inputParameter")) {
        available.add(element.getAttribute("name"));
      } else if (local.equals("in") || local.equals("out")) {
        String target = element.getAttribute("target");
        if (target != null) {
          available.add(target);
        }
      } else if (local.equals("multiInstanceLoopCharacteristics")) {
        String variable =
            element.getAttribute("http://camunda.org/schema/1.0/bpmn", "elementVariable");
        if (variable != null) {
          available.add(variable);
        }
      }
    }
    // a called process starts with what its callers pass in (camunda:in on their call activity)
    for (BpmnModelInstance caller : models.values()) {
      for (CallActivity call : caller.getModelElementsByType(CallActivity.class)) {
        if (key.equals(call.getCalledElement())) {
          for (DomElement element : all(call.getDomElement())) {
            if (element.getLocalName().equals("in") && element.getAttribute("target") != null) {
              available.add(element.getAttribute("target"));
            }
          }
        }
      }
    }
    for (Map.Entry<String, String> constant :
        variableNamesByConstant(DECLARATIONS.get(key)).entrySet()) {
      if (setInCode(constant.getKey(), constant.getValue())) {
        available.add(constant.getValue());
      }
    }
    return available;
  }

  /**
   * Whether the process code sets the variable, by its constant or its literal name: with {@code
   * setVariable}, a map's {@code put}, the contract's {@code set}, or the contract's {@code entry}
   * in the values a process is started or a task completed with ({@code Variable.values}).
   */
  static boolean setInCode(String constant, String name) {
    String ref =
        "(?:(?:\\w+\\.)?"
            + Pattern.quote(constant)
            + "(?:\\.name\\(\\))?|\""
            + Pattern.quote(name)
            + "\")";
    Pattern write =
        Pattern.compile(
            "(?:setVariable(?:Local)?|putValue|put|setVariable\\w*)\\(\\s*"
                + ref
                + "\\s*,|\\b"
                + Pattern.quote(constant)
                + "\\.(?:set(?:Local)?|entry)\\(");
    return write.matcher(processCode).find();
  }

  static String packageCode(Class<?> type) throws IOException {
    Path dir = Path.of("src/main/java", type.getPackageName().replace('.', '/'));
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        code.append(Files.readString(file)).append('\n');
      }
    }
    return code.toString();
  }

  /** The variables the model's expressions read, and those its call activities pass on. */
  static Set<String> modelReads(String key) {
    Set<String> reads = new TreeSet<>();
    for (DomElement element : all(models.get(key).getDocument().getRootElement())) {
      if (element.getLocalName().equals("in") && element.getAttribute("source") != null) {
        reads.add(element.getAttribute("source"));
      }
    }
    for (String expression : expressions(models.get(key))) {
      String withoutStrings = expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
      Matcher m = IDENTIFIER.matcher(withoutStrings);
      while (m.find()) {
        String name = m.group(1);
        int after = m.end();
        boolean beanOrCall =
            after < withoutStrings.length()
                && (withoutStrings.charAt(after) == '.' || withoutStrings.charAt(after) == '(');
        if (!beanOrCall && !NOT_VARIABLES.contains(name)) {
          reads.add(name);
        }
      }
    }
    return reads;
  }

  /**
   * The {@code ${...}} expressions of a model that read variables: conditions, timers, due dates,
   * assignees, candidates, collections, input and output mappings. Delegate expressions name beans,
   * not variables, and are left out.
   */
  static List<String> expressions(BpmnModelInstance model) {
    List<String> expressions = new ArrayList<>();
    for (DomElement element : all(model.getDocument().getRootElement())) {
      List<String> texts = new ArrayList<>();
      if (element.getChildElements().isEmpty()) {
        texts.add(element.getTextContent());
      }
      for (String attribute :
          List.of(
              "dueDate",
              "followUpDate",
              "assignee",
              "candidateUsers",
              "candidateGroups",
              "collection",
              "conditionExpression")) {
        String value = element.getAttribute("http://camunda.org/schema/1.0/bpmn", attribute);
        if (value != null) {
          texts.add(value);
        }
      }
      for (String text : texts) {
        if (text == null) {
          continue;
        }
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
          expressions.add(m.group(1));
        }
      }
    }
    return expressions;
  }

  static List<DomElement> all(DomElement root) {
    List<DomElement> all = new ArrayList<>();
    all.add(root);
    for (DomElement child : root.getChildElements()) {
      all.addAll(all(child));
    }
    return all;
  }

  static List<String> formRefs(String key) {
    BpmnModelInstance model = models.get(key);
    List<String> refs = new ArrayList<>();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        refs.add(start.getCamundaFormRef());
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        refs.add(task.getCamundaFormRef());
      }
    }
    return refs;
  }

  static FormDefinition form(String id) throws IOException {
    Path file = Path.of("forms", id + ".form");
    assertThat(file).as("form of formRef " + id).exists();
    try (InputStream in = Files.newInputStream(file)) {
      return FormParser.parse(in, id + ".form");
    }
  }

  static Collection<String> enumValues(Class<?> contract, String name, String accessor)
      throws ReflectiveOperationException {
    Class<?> type =
        Arrays.stream(contract.getClasses())
            .filter(c -> c.getSimpleName().equals(name) && c.isEnum())
            .findFirst()
            .orElseThrow(() -> new AssertionError(contract.getSimpleName() + "." + name));
    List<String> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      values.add((String) type.getMethod(accessor).invoke(constant));
    }
    return values;
  }
}
