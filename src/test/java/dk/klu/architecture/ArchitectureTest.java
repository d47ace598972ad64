package dk.klu.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The package rules the README's <em>Architecture</em> section states, and its package picture.
 *
 * <ul>
 *   <li>a feature's domain code (the classes directly in {@code dk.klu.<feature>}) knows nothing of
 *       the engine but its user directory (the identity service), and nothing of its own process
 *       and web layers;
 *   <li>the shared packages do not depend on any feature's web layer;
 *   <li>{@code docs/architecture/packages.dot} is the picture of the packages as the code has them
 *       (regenerate with {@code -Dklu.architecture.write=true}, render with {@code dot -Tpng}).
 * </ul>
 */
class ArchitectureTest {

  /** The committee's work, one package each, with a process and a web layer where it has them. */
  static final List<String> FEATURES =
      List.of(
          "yearplan",
          "meeting",
          "agenda",
          "minutes",
          "followup",
          "honorarium",
          "agreement",
          "evaluation",
          "roster");

  /** What the work produces for people: documents, mail, the public archive, the overview. */
  static final List<String> OUTPUTS =
      List.of("document", "notification", "publication", "overview");

  /** Used by all: drawn as one row, without their many incoming arrows. */
  static final List<String> SHARED =
      List.of(
          "process",
          "persistence",
          "forms",
          "rules",
          "people",
          "tasklist",
          "http",
          "security",
          "deployment",
          "demo",
          "testing");

  static final Path PICTURE = Path.of("docs/architecture/packages.dot");

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dk.klu");

  static String[] domainPackages() {
    return java.util.stream.Stream.concat(
            FEATURES.stream(), java.util.stream.Stream.of("document", "notification"))
        .map(f -> "dk.klu." + f)
        .toArray(String[]::new);
  }

  @Test
  void everyPackageHasItsPlaceInThePicture() {
    SortedSet<String> unplaced = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      group(c).filter(g -> !placed(g)).ifPresent(unplaced::add);
    }
    assertThat(unplaced).as("packages the architecture does not name").isEmpty();
  }

  @Test
  void domainCodeKnowsNothingOfTheEngineButItsUserDirectory() {
    DescribedPredicate<JavaClass> engineBeyondUsers =
        DescribedPredicate.describe(
            "the engine beyond its user directory",
            c ->
                c.getPackageName().startsWith("org.camunda")
                    && !c.getPackageName().equals("org.camunda.bpm.engine.identity")
                    && !c.getName().equals("org.camunda.bpm.engine.IdentityService")
                    // saving a roster member's user without a password policy check
                    && !c.getName().equals("org.camunda.bpm.engine.impl.IdentityServiceImpl"));
    noClasses()
        .that(resideInAnyPackage(domainPackages()))
        .should()
        .dependOnClassesThat(engineBeyondUsers)
        .check(CLASSES);
  }

  @Test
  void domainCodeDoesNotReachIntoProcessOrWebLayers() {
    noClasses()
        .that(resideInAnyPackage(domainPackages()))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dk.klu.*.process..", "dk.klu.*.web..")
        .check(CLASSES);
  }

  @Test
  void sharedCodeDoesNotDependOnAFeaturesWebLayer() {
    noClasses()
        .that(
            resideInAnyPackage(
                SHARED.stream().map(s -> "dk.klu." + s + "..").toArray(String[]::new)))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            FEATURES.stream().map(f -> "dk.klu." + f + ".web..").toArray(String[]::new))
        .check(CLASSES);
  }

  @Test
  void theDomainsDependOnEachOtherWithoutCycles() {
    SortedMap<String, SortedSet<String>> uses = domainUses();
    for (String start : uses.keySet()) {
      java.util.Deque<List<String>> paths = new java.util.ArrayDeque<>();
      paths.push(List.of(start));
      while (!paths.isEmpty()) {
        List<String> path = paths.pop();
        for (String next : uses.getOrDefault(path.get(path.size() - 1), new TreeSet<>())) {
          assertThat(next)
              .as("a cycle between domain packages: %s -> %s", path, next)
              .isNotEqualTo(start);
          if (!path.contains(next)) {
            List<String> longer = new java.util.ArrayList<>(path);
            longer.add(next);
            paths.push(longer);
          }
        }
      }
    }
  }

  @Test
  void theProcessPictureHasEveryProcessAndMessageOfTheModels() throws IOException {
    String picture = Files.readString(Path.of("docs/architecture/processes.dot"));
    SortedSet<String> keys = new TreeSet<>();
    SortedSet<String> messages = new TreeSet<>();
    try (var models = Files.newDirectoryStream(Path.of("bpmn"), "*.bpmn")) {
      for (Path model : models) {
        var instance = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(model.toFile());
        instance
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .forEach(p -> keys.add(p.getId()));
        instance
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class)
            .forEach(m -> messages.add(m.getName()));
      }
    }
    assertThat(found(picture, "\"(klu-[a-z-]+)\"")).isEqualTo(keys);
    assertThat(found(picture, "(Message_\\w+)")).isEqualTo(messages);
  }

  static SortedSet<String> found(String text, String regex) {
    return java.util.regex.Pattern.compile(regex)
        .matcher(text)
        .results()
        .map(r -> r.group(1))
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  @Test
  void thePackagePictureIsTheCodes() throws IOException {
    String dot = picture();
    if (Boolean.getBoolean("klu.architecture.write")) {
      Files.createDirectories(PICTURE.getParent());
      Files.writeString(PICTURE, dot, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PICTURE, StandardCharsets.UTF_8))
        .as(
            "%s is not the code's picture: regenerate it with"
                + " mvn test -Dtest=ArchitectureTest -Dklu.architecture.write=true",
            PICTURE)
        .isEqualTo(dot);
  }

  /** Which domain package's classes use which other's (shared packages aside). */
  static SortedMap<String, SortedSet<String>> domainUses() {
    SortedMap<String, SortedSet<String>> uses = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      Optional<String> from = group(c).filter(ArchitectureTest::drawn);
      if (from.isEmpty() || !layer(c).equals("domain")) {
        continue; // the process and web layers orchestrate across the domains by design
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        group(d.getTargetClass())
            .filter(to -> !to.equals(from.get()) && drawn(to))
            .ifPresent(to -> uses.computeIfAbsent(from.get(), g -> new TreeSet<>()).add(to));
      }
    }
    return uses;
  }

  /** The features and outputs with their layers, and which domain uses which. */
  static String picture() {
    SortedMap<String, SortedSet<String>> layers = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      group(c)
          .filter(ArchitectureTest::drawn)
          .ifPresent(g -> layers.computeIfAbsent(g, x -> new TreeSet<>()).add(layer(c)));
    }
    StringBuilder dot = new StringBuilder();
    dot.append("// Generated by ArchitectureTest from the compiled classes; do not edit.\n")
        .append("digraph packages {\n")
        .append("  rankdir=TB; nodesep=0.3; ranksep=0.6;\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\",")
        .append(" fontsize=11, fillcolor=\"#eef4fb\"];\n")
        .append("  edge [color=\"#5b6b7b\", arrowsize=0.6];\n");
    for (List<String> row : List.of(FEATURES, OUTPUTS)) {
      String colour = row == FEATURES ? "#eef4fb" : "#f3f7ec";
      for (String g : row) {
        dot.append(
            "  \"%s\" [label=\"%s\\n%s\", fillcolor=\"%s\"];\n"
                .formatted(
                    g, g, String.join(" · ", layers.getOrDefault(g, new TreeSet<>())), colour));
      }
    }
    dot.append("  shared [shape=box, style=filled, fillcolor=\"#f4f4f4\", label=\"used by all: ")
        .append(String.join(", ", SHARED))
        .append("\"];\n");
    dot.append("  { rank=sink; shared; }\n");
    domainUses()
        .forEach(
            (from, targets) ->
                targets.forEach(to -> dot.append("  \"%s\" -> \"%s\";\n".formatted(from, to))));
    return dot.append("}\n").toString();
  }

  /** The top-level package under dk.klu that a class belongs to, if it is the application's. */
  static Optional<String> group(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith("dk.klu.")) {
      return Optional.empty();
    }
    String rest = p.substring("dk.klu.".length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  static boolean drawn(String group) {
    return FEATURES.contains(group) || OUTPUTS.contains(group);
  }

  static boolean placed(String group) {
    return FEATURES.contains(group) || OUTPUTS.contains(group) || SHARED.contains(group);
  }

  /** domain, process or web: the sub-package of a feature a class lives in. */
  static String layer(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    return parts.length > 3 ? parts[3] : "domain";
  }
}
