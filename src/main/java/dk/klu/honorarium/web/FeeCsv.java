package dk.klu.honorarium.web;

import static dk.klu.rules.MeetingSchedule.local;

import dk.klu.honorarium.DanishNumbers;
import dk.klu.honorarium.FeeLine;
import dk.klu.honorarium.FeeList;
import dk.klu.honorarium.YearTotal;
import dk.klu.meeting.Meeting;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The fee lists as CSV files the way Danish finance systems and Excel read them: UTF-8 with a byte
 * order mark, semicolons between fields, a decimal comma without thousands separators, dates as
 * dd-mm-åååå, Danish headers, CRLF line ends. Fields with a semicolon, quote or line break are
 * quoted; a field that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class FeeCsv {

  static final String MEETING_HEADER =
      "Mødedato;Møde;Linje;Navn;Bruger-id;Rolle;Erstatter;Timer;Sats (kr. pr. time);"
          + "Beløb (kr.);Konto;Godkendt af;Godkendt den";
  static final String YEAR_HEADER = "År;Navn;Bruger-id;Antal møder;Timer;Beløb (kr.);Konto";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private FeeCsv() {}

  /** The payouts of one approved list: one line per GP who is paid. */
  static byte[] meeting(Meeting meeting, FeeList list, String account) {
    StringBuilder csv = new StringBuilder(BOM).append(MEETING_HEADER).append(CRLF);
    for (FeeLine line : list.paidLines()) {
      row(
          csv,
          DATE.format(local(meeting.startsAt())),
          meeting.title(),
          String.valueOf(line.lineNo()),
          line.name(),
          line.userId(),
          line.roleText(),
          line.replacesName(),
          DanishNumbers.plain(line.hours()),
          DanishNumbers.plain(list.rate()),
          DanishNumbers.plain(line.amount()),
          account,
          list.approvedBy(),
          list.approvedAt() == null ? "" : DATE_TIME.format(local(list.approvedAt())));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The year's total per GP. */
  static byte[] year(int year, List<YearTotal> totals, String account) {
    StringBuilder csv = new StringBuilder(BOM).append(YEAR_HEADER).append(CRLF);
    for (YearTotal total : totals) {
      row(
          csv,
          String.valueOf(year),
          total.name(),
          total.userId(),
          String.valueOf(total.meetings()),
          DanishNumbers.plain(total.hours()),
          DanishNumbers.plain(total.amount()),
          account);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(field(fields[i]));
    }
    csv.append(CRLF);
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    return text.matches("-?\\d+(,\\d+)?");
  }
}
