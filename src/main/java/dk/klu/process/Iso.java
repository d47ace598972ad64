package dk.klu.process;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates in variables: ISO-8601 with seconds and offset, as timers and due dates read them. */
public final class Iso {

  private Iso() {}

  public static String format(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  public static String format(ZonedDateTime time) {
    return format(time.toOffsetDateTime());
  }
}
