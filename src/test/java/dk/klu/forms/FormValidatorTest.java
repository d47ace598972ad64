package dk.klu.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

  static FormDefinition form;
  final FormValidator validator = new FormValidator();

  @BeforeAll
  static void readForm() throws IOException {
    try (InputStream in =
        FormValidatorTest.class.getResourceAsStream("/forms-test/validator-test.form")) {
      form = FormParser.parse(in, "fallback");
    }
  }

  /** A submission the form would send. */
  static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("title", "Ny praksis i Vejle");
    values.put("description", "Linje 1\nLinje 2\tmed tab");
    values.put("minutes", 15);
    values.put("topic", "A");
    values.put("urgent", false);
    values.put("date", "2025-03-31");
    values.put("meetingAt", "2025-03-31T14:30+02:00");
    values.put("outcome", "DEFERRED");
    values.put("tags", List.of("x", "y"));
    values.put("contactEmail", "sekretariat@klu.example");
    values.put("code", "AB-12");
    values.put(
        "items",
        List.of(
            Map.of("decision", "APPROVE", "note", "ok", "itemId", "i-1", "position", 1),
            Map.of("decision", "REJECT")));
    return values;
  }

  List<String> validate(Map<String, Object> values) {
    return validator.validate(form, values);
  }

  List<String> with(String key, Object value) {
    Map<String, Object> values = valid();
    values.put(key, value);
    return validate(values);
  }

  @Test
  void parsesTheForm() {
    assertThat(form.id()).isEqualTo("validator-test");
    assertThat(form.fields())
        .containsKeys("title", "minutes", "contactEmail", "code", "items")
        .doesNotContainKey("text");
    FormField items = form.fields().get("items");
    assertThat(items.isList()).isTrue();
    assertThat(items.children()).containsOnlyKeys("decision", "note");
    assertThat(form.fields().get("topic").allowedValues()).containsExactly("A", "B");
    assertThat(form.fields().get("resolution").conditional()).isTrue();
    assertThat(form.fields().get("caseNumber").readonly()).isTrue();
    assertThat(form.fields().get("date").dateSubtype()).isEqualTo("date");
  }

  @Test
  void acceptsWhatTheFormSends() {
    assertThat(validate(valid())).isEmpty();
  }

  @Test
  void acceptsEmptyOptionalFields() {
    Map<String, Object> values = valid();
    values.put("description", "");
    values.put("minutes", null);
    values.put("topic", null);
    values.put("tags", List.of());
    values.remove("date");
    assertThat(validate(values)).isEmpty();
  }

  @Test
  void refusesMissingRequired() {
    Map<String, Object> values = valid();
    values.remove("title");
    values.put("outcome", "  ");
    assertThat(validate(values))
        .containsExactly("Feltet \"Titel\" skal udfyldes.", "Feltet \"Udfald\" skal udfyldes.");
  }

  @Test
  void refusesTooLongAndTooShort() {
    assertThat(with("title", "x".repeat(245)))
        .containsExactly("Feltet \"Titel\" må højst være 200 tegn (er 245).");
    assertThat(with("title", "ab"))
        .containsExactly("Feltet \"Titel\" skal være mindst 3 tegn (er 2).");
  }

  @Test
  void refusesWrongTypes() {
    assertThat(with("title", 42)).containsExactly("Feltet \"Titel\" skal være tekst.");
    assertThat(with("minutes", "abc"))
        .containsExactly("Feltet \"Forventet tid (minutter)\" skal være et tal.");
    assertThat(with("minutes", "15"))
        .containsExactly("Feltet \"Forventet tid (minutter)\" skal være et tal.");
    assertThat(with("urgent", "true"))
        .containsExactly("Feltet \"Haster\" skal være sand eller falsk.");
    assertThat(with("tags", "x")).containsExactly("Feltet \"Mærker\" skal være en liste.");
  }

  @Test
  void acceptsDecimalsAndRefusesOutOfRange() {
    assertThat(with("minutes", 7.5)).isEmpty();
    assertThat(with("minutes", 61))
        .containsExactly("Feltet \"Forventet tid (minutter)\" skal være et tal mellem 5 og 60.");
    assertThat(with("minutes", 4.99))
        .containsExactly("Feltet \"Forventet tid (minutter)\" skal være et tal mellem 5 og 60.");
  }

  @Test
  void refusesValuesNotOffered() {
    assertThat(with("topic", "X")).containsExactly("Feltet \"Emne\" har en ugyldig værdi \"X\".");
    assertThat(with("tags", List.of("x", "z")))
        .containsExactly("Feltet \"Mærker\" har en ugyldig værdi \"z\".");
  }

  @Test
  void refusesUnknownKeys() {
    assertThat(with("foo", "bar"))
        .containsExactly("Ukendt felt \"foo\" – formularen har ikke det felt.");
  }

  @Test
  void checksDatesAndTimes() {
    assertThat(with("date", "31-03-2025"))
        .containsExactly("Feltet \"Dato\" skal være en dato (ÅÅÅÅ-MM-DD).");
    assertThat(with("date", "2025-02-30"))
        .containsExactly("Feltet \"Dato\" skal være en dato (ÅÅÅÅ-MM-DD).");
    assertThat(with("meetingAt", "2025-03-31T14:30")).isEmpty();
    assertThat(with("meetingAt", "2025-03-31T14:30:00Z")).isEmpty();
    assertThat(with("meetingAt", "2025-03-31 14:30"))
        .containsExactly("Feltet \"Mødetidspunkt\" skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM).");
    // Only the ISO value form-js sends: a date as a person writes it is never read some other way.
    assertThat(with("date", "03/05/2025"))
        .containsExactly("Feltet \"Dato\" skal være en dato (ÅÅÅÅ-MM-DD).");
    assertThat(with("meetingAt", "05.03.2027T14:00"))
        .containsExactly("Feltet \"Mødetidspunkt\" skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM).");
    assertThat(with("meetingAt", "2027-02-29T14:00"))
        .containsExactly("Feltet \"Mødetidspunkt\" skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM).");
  }

  @Test
  void validatesEveryRowOfADynamicList() {
    assertThat(
            with(
                "items",
                List.of(
                    Map.of("decision", "APPROVE"),
                    Map.of("decision", "MAYBE", "note", "n".repeat(51)),
                    Map.of("note", "uden beslutning"))))
        .containsExactly(
            "Række 2: Feltet \"Beslutning\" har en ugyldig værdi \"MAYBE\".",
            "Række 2: Feltet \"Note\" må højst være 50 tegn (er 51).",
            "Række 3: Feltet \"Beslutning\" skal udfyldes.");
  }

  @Test
  void allowsOnlyScalarExtraKeysInRows() {
    assertThat(with("items", List.of(Map.of("decision", "APPROVE", "meta", Map.of("a", 1)))))
        .containsExactly("Række 1: Ukendt felt \"meta\" – formularen har ikke det felt.");
    assertThat(with("items", List.of(Map.of("decision", "APPROVE", "big", "x".repeat(10_001)))))
        .containsExactly("Række 1: Ukendt felt \"big\" – formularen har ikke det felt.");
    assertThat(with("items", Map.of("decision", "APPROVE")))
        .containsExactly("Feltet \"Punkter\" skal være en liste af rækker.");
    assertThat(with("items", List.of("APPROVE")))
        .containsExactly("Række 1: Feltet \"Punkter\" skal bestå af rækker med felter.");
  }

  @Test
  void refusesControlCharactersAndScriptTags() {
    String message = "Feltet \"Beskrivelse\" indeholder ugyldige tegn eller markup.";
    assertThat(with("description", "før\u0000efter")).containsExactly(message);
    assertThat(with("description", "tekst \u001b[31m")).containsExactly(message);
    assertThat(with("description", "<ScRiPt>alert(1)</script>")).containsExactly(message);
    assertThat(with("description", "a < b, 3<4 og b > a")).isEmpty();
    assertThat(with("description", "a < b og b > a")).isEmpty();
    assertThat(with("description", "a < b og <b>fed</b>")).containsExactly(message);
    assertThat(with("description", "<img src=x onerror=alert(1)>")).containsExactly(message);
    assertThat(with("description", "før <!-- skjult --> efter")).containsExactly(message);
    assertThat(with("description", "</textarea>")).containsExactly(message);
    assertThat(with("items", List.of(Map.of("decision", "APPROVE", "title", "<script>x</script>"))))
        .containsExactly("Række 1: Feltet \"title\" indeholder ugyldige tegn eller markup.");
  }

  @Test
  void ignoresReadonlyValues() {
    assertThat(with("caseNumber", 12345)).isEmpty();
    assertThat(with("caseNumber", "x".repeat(500))).isEmpty();
  }

  @Test
  void doesNotRequireConditionalFields() {
    Map<String, Object> values = valid();
    values.put("outcome", "SOLVED");
    assertThat(validate(values)).isEmpty();
    values.put("resolution", 5);
    assertThat(validate(values)).containsExactly("Feltet \"Løsning\" skal være tekst.");
  }

  @Test
  void checksPatternAndEmail() {
    assertThat(with("code", "ab-12"))
        .containsExactly("Feltet \"Kode\" har ikke det forventede format.");
    assertThat(with("contactEmail", "ikke en adresse"))
        .containsExactly("Feltet \"E-mail\" skal være en e-mailadresse.");
  }

  @Test
  void exampleRuleRequiresResolutionWhenSolved() {
    FormRule rule = new SolvedNeedsResolutionRule("validator-test");
    Map<String, Object> values = Map.of("triageOutcome", "SOLVED");
    assertThat(
            rule.validate(
                new FormSubmission("validator-test", values, null, null, "p:1", "p", name -> null)))
        .containsExactly("Feltet \"Løsning\" skal udfyldes, når punktet er løst.");
    assertThat(
            rule.validate(
                new FormSubmission(
                    "validator-test",
                    Map.of("triageOutcome", "SOLVED", "triageResolution", "Aftalt"),
                    "t",
                    "pi",
                    "p:1",
                    "p",
                    name -> null)))
        .isEmpty();
  }
}
