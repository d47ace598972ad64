package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormDefinition;
import dk.klu.forms.FormParser;
import dk.klu.process.contract.Variable;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A process's forms (in {@code forms/}) and its model (in {@code bpmn/}) as files, for the tests
 * that check that forms and process agree on names.
 */
public final class ProcessForms {

  private ProcessForms() {}

  /**
   * The variables a process declares: the names of a contract's {@code static Variable} fields, or
   * the values of the {@code static String} constants of a variables class not yet a contract.
   */
  public static Set<String> declaredVariables(Class<?> declarations) throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field field : declarations.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      if (field.getType() == Variable.class) {
        names.add(((Variable<?>) field.get(null)).name());
      } else if (field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }
    return names;
  }

  /** The form files whose name starts with {@code prefix}. */
  public static List<Path> files(String prefix) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  /** The form with the id, parsed from its file. */
  public static FormDefinition form(String id) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("forms", id + ".form"))) {
      FormDefinition form = FormParser.parse(in, "x");
      assertThat(form.id()).isEqualTo(id);
      return form;
    }
  }

  /** The files of the forms with the ids. */
  public static List<Path> filesOf(Collection<String> ids) {
    return ids.stream().map(id -> Path.of("forms", id + ".form")).toList();
  }

  /** The form ids of the files (their names without {@code .form}). */
  public static List<String> ids(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString().replace(".form", "")).toList();
  }

  /** Every field key of the forms in the files; each file is named by its form's id. */
  public static List<String> fieldKeys(List<Path> files) throws Exception {
    List<String> keys = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        FormDefinition form = FormParser.parse(in, "x");
        assertThat(file.getFileName().toString()).isEqualTo(form.id() + ".form");
        keys.addAll(form.fields().keySet());
      }
    }
    return keys;
  }

  /** The model refers to each of the forms, and to no other. */
  public static void assertModelRefersToExactly(String model, Collection<String> ids)
      throws Exception {
    String xml = Files.readString(Path.of(model));
    for (String id : ids) {
      assertThat(xml).as(id).contains("camunda:formRef=\"" + id + "\"");
    }
    assertThat(xml.split("camunda:formRef=\"", -1)).hasSize(ids.size() + 1);
  }
}
