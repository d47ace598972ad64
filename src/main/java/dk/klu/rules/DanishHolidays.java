package dk.klu.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Danish public holidays (helligdage) and the customary days off in Danish municipal offices.
 *
 * <p>Easter Sunday is computed with the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. Store
 * bededag is included up to and including 2023; it was abolished from 2024. When a customary day
 * off coincides with an official holiday (e.g. Grundlovsdag on Pinsedag, as in 2022) the official
 * holiday wins.
 */
public final class DanishHolidays {

  /** The last year in which Store bededag was a public holiday. */
  public static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

  /** Whether a day is an official public holiday or a customary day off. */
  public enum Kind {
    /** Official public holiday (helligdag). */
    PUBLIC_HOLIDAY,
    /** Customary day off in municipal offices (Juleaften, Grundlovsdag, Nytårsaften). */
    CUSTOMARY_DAY_OFF
  }

  /** One non-working day with its Danish name. */
  public record Holiday(LocalDate date, String name, Kind kind) {}

  private static final Map<Integer, Map<LocalDate, Holiday>> CACHE = new ConcurrentHashMap<>();

  private DanishHolidays() {}

  /** Easter Sunday of the given year (anonymous Gregorian algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** All non-working days of the year (official and customary) with their Danish names. */
  public static Map<LocalDate, String> holidays(int year) {
    return byDate(year).values().stream()
        .collect(
            Collectors.toMap(
                Holiday::date, Holiday::name, (x, y) -> x, TreeMap<LocalDate, String>::new));
  }

  /** Only the official public holidays (helligdage) of the year with their Danish names. */
  public static Map<LocalDate, String> publicHolidays(int year) {
    return byDate(year).values().stream()
        .filter(h -> h.kind() == Kind.PUBLIC_HOLIDAY)
        .collect(
            Collectors.toMap(
                Holiday::date, Holiday::name, (x, y) -> x, TreeMap<LocalDate, String>::new));
  }

  /** The holiday or customary day off on the given date, if any. */
  public static Optional<Holiday> holiday(LocalDate date) {
    return Optional.ofNullable(byDate(date.getYear()).get(date));
  }

  /** True for Saturdays and Sundays. */
  public static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** True for weekends, public holidays and customary days off. */
  public static boolean isNonWorkingDay(LocalDate date) {
    return isWeekend(date) || byDate(date.getYear()).containsKey(date);
  }

  /** The given date if it is a working day, otherwise the nearest working day before it. */
  public static LocalDate workingDayOnOrBefore(LocalDate date) {
    LocalDate result = date;
    while (isNonWorkingDay(result)) {
      result = result.minusDays(1);
    }
    return result;
  }

  /** The nearest working day strictly before the given date. */
  public static LocalDate workingDayBefore(LocalDate date) {
    return workingDayOnOrBefore(date.minusDays(1));
  }

  /** The nearest working day strictly after the given date. */
  public static LocalDate workingDayAfter(LocalDate date) {
    LocalDate result = date.plusDays(1);
    while (isNonWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  /** The working days strictly after {@code from} up to and including {@code to}, in order. */
  public static List<LocalDate> workingDaysAfter(LocalDate from, LocalDate to) {
    return from.plusDays(1).datesUntil(to.plusDays(1)).filter(d -> !isNonWorkingDay(d)).toList();
  }

  private static Map<LocalDate, Holiday> byDate(int year) {
    return CACHE.computeIfAbsent(year, DanishHolidays::compute);
  }

  private static Map<LocalDate, Holiday> compute(int year) {
    LocalDate easter = easterSunday(year);
    Map<LocalDate, Holiday> days = new TreeMap<>();
    // Customary days first, so that an official holiday on the same date replaces them.
    customary(days, year, MonthDay.of(6, 5), "Grundlovsdag");
    customary(days, year, MonthDay.of(12, 24), "Juleaften");
    customary(days, year, MonthDay.of(12, 31), "Nytårsaften");
    official(days, LocalDate.of(year, 1, 1), "Nytårsdag");
    official(days, easter.minusDays(3), "Skærtorsdag");
    official(days, easter.minusDays(2), "Langfredag");
    official(days, easter, "Påskedag");
    official(days, easter.plusDays(1), "2. påskedag");
    if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
      official(days, easter.plusDays(26), "Store bededag");
    }
    official(days, easter.plusDays(39), "Kristi himmelfartsdag");
    official(days, easter.plusDays(49), "Pinsedag");
    official(days, easter.plusDays(50), "2. pinsedag");
    official(days, LocalDate.of(year, 12, 25), "Juledag");
    official(days, LocalDate.of(year, 12, 26), "2. juledag");
    return Collections.unmodifiableMap(days);
  }

  private static void official(Map<LocalDate, Holiday> days, LocalDate date, String name) {
    days.put(date, new Holiday(date, name, Kind.PUBLIC_HOLIDAY));
  }

  private static void customary(
      Map<LocalDate, Holiday> days, int year, MonthDay monthDay, String name) {
    LocalDate date = monthDay.atYear(year);
    days.put(date, new Holiday(date, name, Kind.CUSTOMARY_DAY_OFF));
  }
}
