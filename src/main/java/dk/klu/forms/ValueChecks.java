package dk.klu.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks of single values; each answers a Danish message, or empty when the value is fine. */
final class ValueChecks {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME =
      Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?"
              + "(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@<>()\\[\\]\\\\,;:\"]+@([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}");
  private static final Pattern PHONE = Pattern.compile("(\\+|00)\\d{6,20}");

  /**
   * An HTML tag, end tag, comment, doctype or processing instruction: {@code <b>}, {@code </p>},
   * {@code <img src=x onerror=...>}, {@code <!-- -->}. A {@code <} not followed by a letter, as in
   * "a < b", is text.
   */
  private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^<>]*>|<!|<\\?[a-zA-Z]");

  private ValueChecks() {}

  static String message(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  /** Text: type, characters, length, pattern and validation type. */
  static Optional<String> text(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return Optional.of(message("Feltet \"%s\" skal være tekst.", field.label()));
    }
    Optional<String> unsafe = safeCharacters(field.label(), text);
    if (unsafe.isPresent()) {
      return unsafe;
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      return Optional.of(
          message(
              "Feltet \"%s\" må højst være %d tegn (er %d).",
              field.label(), field.maxLength(), text.length()));
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      return Optional.of(
          message(
              "Feltet \"%s\" skal være mindst %d tegn (er %d).",
              field.label(), field.minLength(), text.length()));
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      return Optional.of(message("Feltet \"%s\" har ikke det forventede format.", field.label()));
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      return Optional.of(message("Feltet \"%s\" skal være en e-mailadresse.", field.label()));
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      return Optional.of(message("Feltet \"%s\" skal være et telefonnummer.", field.label()));
    }
    return Optional.empty();
  }

  /**
   * Refuses ASCII control characters other than tab and line breaks, script tags and any other
   * markup: what people write is text, and every page and document shows it as text.
   */
  static Optional<String> safeCharacters(String label, String text) {
    boolean control =
        text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f);
    if (control
        || text.toLowerCase(Locale.ROOT).contains("<script")
        || MARKUP.matcher(text).find()) {
      return Optional.of(message("Feltet \"%s\" indeholder ugyldige tegn eller markup.", label));
    }
    return Optional.empty();
  }

  /** As form-js: the pattern is searched for, not anchored ({@code RegExp.test}). */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true; // a pattern Java cannot read is not checked here; the form still checks it
    }
  }

  /** A JSON number (or a numeric string when the field serializes to string) within min/max. */
  static Optional<String> number(FormField field, Object value) {
    BigDecimal number = decimal(value, field.numberAsString());
    if (number == null) {
      return Optional.of(message("Feltet \"%s\" skal være et tal.", field.label()));
    }
    BigDecimal min = field.min();
    BigDecimal max = field.max();
    boolean tooSmall = min != null && number.compareTo(min) < 0;
    boolean tooLarge = max != null && number.compareTo(max) > 0;
    if (!tooSmall && !tooLarge) {
      return Optional.empty();
    }
    if (min != null && max != null) {
      return Optional.of(
          message(
              "Feltet \"%s\" skal være et tal mellem %s og %s.",
              field.label(), plain(min), plain(max)));
    }
    return Optional.of(
        tooSmall
            ? message("Feltet \"%s\" skal være mindst %s.", field.label(), plain(min))
            : message("Feltet \"%s\" må højst være %s.", field.label(), plain(max)));
  }

  private static BigDecimal decimal(Object value, boolean numericStringAllowed) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof BigDecimal big) {
      return big;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (numericStringAllowed && value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
      return new BigDecimal(text);
    }
    return null;
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A date, time or date-time string as the form-js datetime component writes it. */
  static Optional<String> dateTime(FormField field, Object value) {
    String text = value instanceof String s ? s : "";
    return switch (field.dateSubtype()) {
      case "time" ->
          TIME.matcher(text).matches()
              ? Optional.empty()
              : Optional.of(
                  message("Feltet \"%s\" skal være et klokkeslæt (TT:MM).", field.label()));
      case "datetime" -> {
        var m = DATE_TIME.matcher(text);
        yield m.matches() && validDate(m.group(1))
            ? Optional.empty()
            : Optional.of(
                message("Feltet \"%s\" skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM).", field.label()));
      }
      default ->
          DATE.matcher(text).matches() && validDate(text)
              ? Optional.empty()
              : Optional.of(
                  message("Feltet \"%s\" skal være en dato (ÅÅÅÅ-MM-DD).", field.label()));
    };
  }

  private static boolean validDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** One of the static options of a select or radio (or an element of a checklist). */
  static Optional<String> option(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return Optional.of(
          message("Feltet \"%s\" har en ugyldig værdi \"%s\".", field.label(), shown(value)));
    }
    if (field.allowedValues() == null) {
      return text(field, text);
    }
    return field.allowedValues().contains(text)
        ? Optional.empty()
        : Optional.of(
            message("Feltet \"%s\" har en ugyldig værdi \"%s\".", field.label(), shown(text)));
  }

  /** A value as it may be repeated in a message: short and without control characters. */
  static String shown(Object value) {
    String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
