package dk.klu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text people read derives its deadlines from the rules in force (issue 13, point 5): no
 * form, template or message in the code writes a lead time of its own ("4 uger", "1 uge", "ca. 6
 * uger"), which would be wrong under the national profile. Texts that name a deadline compute it
 * from {@link RulesOfProcedure} (e.g. {@link RulesOfProcedure#inWords}) or show the computed date.
 */
class TextsFollowTheRulesTest {

  static final Pattern FIXED_LEAD_TIME =
      Pattern.compile(
          "\\b\\d+ (uge|uger)\\b|\\b(en|to|tre|fire|seks) uger?\\b", Pattern.CASE_INSENSITIVE);

  static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      return files.filter(f -> f.toString().endsWith(suffix)).toList();
    }
  }

  @Test
  void noFormOrTemplateWritesALeadTimeOfItsOwn() throws IOException {
    List<Path> texts = new ArrayList<>(files("forms", ".form"));
    texts.addAll(files("forms/src", ".json"));
    texts.addAll(files("src/main/resources/templates", ".html"));
    texts.addAll(files("src/main/resources/templates", ".txt"));
    // the rules themselves name their periods in words (RulesOfProcedure.inWords)
    files("src/main/java", ".java").stream()
        .filter(f -> !f.endsWith(Path.of("dk/klu/rules/RulesOfProcedure.java")))
        .forEach(texts::add);
    assertThat(texts).hasSizeGreaterThan(30);
    List<String> found = new ArrayList<>();
    for (Path file : texts) {
      var matcher = FIXED_LEAD_TIME.matcher(Files.readString(file));
      while (matcher.find()) {
        found.add(file + ": \"" + matcher.group() + "\"");
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsAFixedFigure() {
    assertThat(FIXED_LEAD_TIME.matcher("indkaldelse af punkter **4 uger** før").find()).isTrue();
    assertThat(FIXED_LEAD_TIME.matcher("senest en uge før mødet").find()).isTrue();
    assertThat(FIXED_LEAD_TIME.matcher("efter forretningsordenen").find()).isFalse();
  }
}
