package dk.klu.honorarium;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts and hours as Danish people and Danish spreadsheets read them (decimal comma). */
public final class DanishNumbers {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private DanishNumbers() {}

  /** For people: {@code 1.234,50}. */
  public static String amount(BigDecimal value) {
    return format("#,##0.00", value);
  }

  /** For files: {@code 1234,50} (no thousands separator, which imports misread). */
  public static String plain(BigDecimal value) {
    return format("0.00", value);
  }

  /** Hours for people: {@code 2}, {@code 2,5}. */
  public static String hours(BigDecimal value) {
    return format("0.##", value);
  }

  private static String format(String pattern, BigDecimal value) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DANISH));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value == null ? BigDecimal.ZERO : value);
  }
}
