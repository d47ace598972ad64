package dk.klu.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * ical4j in strict mode on a calendar: parsed without relaxed parsing, then validated against RFC
 * 5545 and, for the METHOD it names, RFC 5546. (ical4j 4.1 may name the wrong component in an
 * entry's context, e.g. "VALARM" for an event's second DTSTAMP.)
 */
public final class CalendarChecker {

  private CalendarChecker() {}

  /** The ERROR entries of strict parsing and validation; a calendar that does not parse fails. */
  public static List<String> errors(String ics) {
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, false);
    CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, false);
    Calendar parsed;
    try {
      parsed = new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException e) {
      throw new AssertionError("Kalenderen kan ikke læses strengt: " + e.getMessage(), e);
    }
    ValidationResult result = parsed.validate();
    return result.getEntries().stream()
        .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
        .map(ValidationEntry::toString)
        .toList();
  }

  public static List<String> errors(byte[] ics) {
    return errors(new String(ics, StandardCharsets.UTF_8));
  }
}
