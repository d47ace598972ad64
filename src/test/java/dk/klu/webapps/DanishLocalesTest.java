package dk.klu.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Danish texts ({@code da.json}) keep step with the English texts of the Camunda webapp jar on
 * this build's classpath: every key, the same placeholders and markup, and Danish rather than
 * English. A Camunda upgrade that adds or removes keys fails here, naming the keys and their
 * English text, until da.json is brought up to date (README, "Danish webapps").
 */
class DanishLocalesTest {

  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Interpolations of angular-translate, e.g. {@code {{name}}} or {@code {{ name }}}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

  /** The markup some texts carry (they are shown with ng-bind-html). */
  static final Pattern MARKUP = Pattern.compile("</?(a|b|br|em|i|p|span|strong)\\b[^>]*>");

  /**
   * Texts that are the same in Danish: product and format names, and words Danish shares with
   * English. Compared in lower case, without a trailing colon or asterisk and without angle
   * brackets; texts without letters (operators such as {@code <=}) are not compared at all.
   */
  static final Set<String> SAME_IN_DANISH =
      Set.of(
          "admin",
          "camunda",
          "camunda cockpit",
          "cockpit",
          "csv",
          "definition",
          "diagram",
          "element",
          "filter",
          "global",
          "id",
          "job",
          "json",
          "links",
          "minimum",
          "null",
          "ok",
          "operator",
          "optimize",
          "start",
          "status",
          "system",
          "tasklist",
          "type",
          "version",
          "weekend");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void danishHasExactlyTheKeysOfTheShippedEnglish(String app) {
    Map<String, String> english = labels(app, "en");
    Map<String, String> danish = labels(app, "da");

    Map<String, String> missing = new TreeMap<>(english);
    missing.keySet().removeAll(danish.keySet());
    assertThat(missing)
        .as("%s: keys of the webapp jar's en.json missing from our da.json (key=English)", app)
        .isEmpty();

    List<String> stale = new ArrayList<>(danish.keySet());
    stale.removeAll(english.keySet());
    assertThat(stale).as("%s: keys in da.json that Camunda no longer has", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void danishKeepsPlaceholdersAndMarkup(String app) {
    noTextWhere(
        app, "texts whose {{placeholders}} or markup differ", DanishLocalesTest::markupDiffers);
  }

  private static String markupDiffers(String en, String da) {
    return !found(PLACEHOLDER, en).equals(found(PLACEHOLDER, da))
            || !found(MARKUP, en).equals(found(MARKUP, da))
        ? "\"" + en + "\" -> \"" + da + "\""
        : null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void danishIsNotLeftInEnglish(String app) {
    noTextWhere(app, "texts left in English", DanishLocalesTest::leftInEnglish);
  }

  private static String leftInEnglish(String en, String da) {
    if (da.isBlank() && !en.isBlank()) {
      return "empty";
    } else if (da.strip().equals(en.strip())
        && en.chars().anyMatch(Character::isLetter)
        && !SAME_IN_DANISH.contains(comparable(en))) {
      return "\"" + en + "\"";
    }
    return null;
  }

  /**
   * Asserts that {@code problem} finds nothing wrong with the Danish text of any key of the
   * webapp's English texts (a missing one reads as empty); it answers null when nothing is, and
   * what it answers otherwise is listed as "key: problem" under "app: what".
   */
  private static void noTextWhere(String app, String what, BinaryOperator<String> problem) {
    Map<String, String> danish = labels(app, "da");
    List<String> found = new ArrayList<>();
    labels(app, "en")
        .forEach(
            (key, en) -> {
              String wrong = problem.apply(en, danish.getOrDefault(key, ""));
              if (wrong != null) {
                found.add(key + ": " + wrong);
              }
            });
    assertThat(found).as("%s: %s", app, what).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void danishDatesHaveTheFieldsOfTheEnglish(String app) {
    JsonNode english = read(app, "en").path("dateLocales");
    JsonNode danish = read(app, "da").path("dateLocales");
    assertThat(fieldNames(danish)).as("%s: dateLocales", app).isEqualTo(fieldNames(english));
    if (!english.isMissingNode()) {
      assertThat(danish.path("months")).hasSize(12);
      assertThat(danish.path("months").get(4).asText()).isEqualTo("maj");
      assertThat(danish.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
    }
  }

  // --- reading the locale files from the classpath ---

  static Map<String, String> labels(String app, String language) {
    Map<String, String> labels = new LinkedHashMap<>();
    read(app, language)
        .path("labels")
        .fields()
        .forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
    assertThat(labels).as("labels of %s/locales/%s.json", app, language).isNotEmpty();
    return labels;
  }

  /**
   * en.json must come from the Camunda webapp jar (we never override it), da.json from us; each
   * exactly once on the classpath.
   */
  static JsonNode read(String app, String language) {
    String path = APP + app + "/locales/" + language + ".json";
    try {
      List<URL> urls = Collections.list(classLoader().getResources(path));
      assertThat(urls).as("%s on the classpath", path).hasSize(1);
      URL url = urls.get(0);
      if (language.equals("en")) {
        assertThat(url.toString()).as("where en.json comes from").contains("camunda-webapp-webjar");
      } else {
        assertThat(url.toString()).as("where da.json comes from").doesNotContain(".jar!");
      }
      try (InputStream in = url.openStream()) {
        return JSON.readTree(in); // Jackson skips the byte order mark of Camunda's files
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassLoader classLoader() {
    return DanishLocalesTest.class.getClassLoader();
  }

  private static List<String> found(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  private static String comparable(String text) {
    return text.strip()
        .replaceAll("[<>]", "")
        .replaceAll("[:*]+$", "")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    Collections.sort(names);
    return names;
  }
}
