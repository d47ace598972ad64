package dk.klu.honorarium.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV fields as spreadsheets read them: quoted when needed, never taken for a formula. */
class FeeCsvTest {

  @Test
  void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    assertThat(FeeCsv.field("Hansen; Jens")).isEqualTo("\"Hansen; Jens\"");
    assertThat(FeeCsv.field("Jens \"JH\" Hansen")).isEqualTo("\"Jens \"\"JH\"\" Hansen\"");
    assertThat(FeeCsv.field("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
    assertThat(FeeCsv.field("Jens Hansen")).isEqualTo("Jens Hansen");
    assertThat(FeeCsv.field(null)).isEmpty();
  }

  @Test
  void formulasAreDefusedButNumbersAreNot() {
    assertThat(FeeCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(FeeCsv.field("+45 1234")).isEqualTo("'+45 1234");
    assertThat(FeeCsv.field("@navn")).isEqualTo("'@navn");
    assertThat(FeeCsv.field("-2469,00")).isEqualTo("-2469,00");
  }
}
