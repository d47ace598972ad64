package dk.klu.honorarium.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV fields as spreadsheets read them: quoted when needed, never taken for a formula. */
class FeeCsvTest {

  static Stream<Arguments> fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    return Stream.of(
        arguments("Hansen; Jens", "\"Hansen; Jens\""),
        arguments("Jens \"JH\" Hansen", "\"Jens \"\"JH\"\" Hansen\""),
        arguments("to\nlinjer", "\"to\nlinjer\""),
        arguments("Jens Hansen", "Jens Hansen"),
        arguments(null, ""));
  }

  static Stream<Arguments> formulasAreDefusedButNumbersAreNot() {
    return Stream.of(
        arguments("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        arguments("+45 1234", "'+45 1234"),
        arguments("@navn", "'@navn"),
        arguments("-2469,00", "-2469,00"));
  }

  @ParameterizedTest
  @MethodSource({
    "fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted",
    "formulasAreDefusedButNumbersAreNot"
  })
  void fieldAsSpreadsheetsReadIt(String value, String field) {
    assertThat(FeeCsv.field(value)).isEqualTo(field);
  }
}
