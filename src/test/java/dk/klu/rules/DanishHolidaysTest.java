package dk.klu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.rules.DanishHolidays.Kind;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidaysTest {

  @ParameterizedTest
  @CsvSource({
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25"
  })
  void easterSunday(int year, LocalDate expected) {
    assertThat(DanishHolidays.easterSunday(year)).isEqualTo(expected);
  }

  @Test
  void storeBededagOnlyUntil2023() {
    assertThat(DanishHolidays.holidays(2023))
        .containsEntry(LocalDate.of(2023, 5, 5), "Store bededag");
    assertThat(DanishHolidays.holidays(2024)).doesNotContainValue("Store bededag");
    assertThat(DanishHolidays.isNonWorkingDay(LocalDate.of(2024, 4, 26))).isFalse();
  }

  @Test
  void fullListFor2026() {
    assertThat(DanishHolidays.holidays(2026))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry(LocalDate.of(2026, 1, 1), "Nytårsdag"),
                    Map.entry(LocalDate.of(2026, 4, 2), "Skærtorsdag"),
                    Map.entry(LocalDate.of(2026, 4, 3), "Langfredag"),
                    Map.entry(LocalDate.of(2026, 4, 5), "Påskedag"),
                    Map.entry(LocalDate.of(2026, 4, 6), "2. påskedag"),
                    Map.entry(LocalDate.of(2026, 5, 14), "Kristi himmelfartsdag"),
                    Map.entry(LocalDate.of(2026, 5, 24), "Pinsedag"),
                    Map.entry(LocalDate.of(2026, 5, 25), "2. pinsedag"),
                    Map.entry(LocalDate.of(2026, 6, 5), "Grundlovsdag"),
                    Map.entry(LocalDate.of(2026, 12, 24), "Juleaften"),
                    Map.entry(LocalDate.of(2026, 12, 25), "Juledag"),
                    Map.entry(LocalDate.of(2026, 12, 26), "2. juledag"),
                    Map.entry(LocalDate.of(2026, 12, 31), "Nytårsaften"))));
    assertThat(DanishHolidays.publicHolidays(2026))
        .hasSize(10)
        .doesNotContainKeys(
            LocalDate.of(2026, 6, 5), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
  }

  @Test
  void customaryDaysAreDistinguishable() {
    assertThat(DanishHolidays.holiday(LocalDate.of(2026, 6, 5)))
        .hasValueSatisfying(h -> assertThat(h.kind()).isEqualTo(Kind.CUSTOMARY_DAY_OFF));
    assertThat(DanishHolidays.holiday(LocalDate.of(2026, 12, 25)))
        .hasValueSatisfying(h -> assertThat(h.kind()).isEqualTo(Kind.PUBLIC_HOLIDAY));
    assertThat(DanishHolidays.holiday(LocalDate.of(2026, 6, 4))).isEmpty();
  }

  @Test
  void officialHolidayWinsOverCustomaryDayOnTheSameDate() {
    // 2022: Pinsedag fell on Grundlovsdag.
    assertThat(DanishHolidays.holiday(LocalDate.of(2022, 6, 5)))
        .hasValueSatisfying(
            h -> {
              assertThat(h.name()).isEqualTo("Pinsedag");
              assertThat(h.kind()).isEqualTo(Kind.PUBLIC_HOLIDAY);
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2025-03-15, 2025-03-14", // Saturday -> Friday
    "2025-03-16, 2025-03-14", // Sunday -> Friday
    "2025-03-13, 2025-03-13", // working day stays
    "2027-03-29, 2027-03-24", // 2. påskedag -> past Easter and Skærtorsdag -> Wednesday
    "2025-12-26, 2025-12-23", // 2. juledag (Fri) -> past Juledag and Juleaften
    "2026-12-26, 2026-12-23", // 2. juledag on a Saturday
    "2026-01-01, 2025-12-30", // Nytårsdag -> past Nytårsaften
    "2025-06-05, 2025-06-04", // Grundlovsdag
    "2026-05-25, 2026-05-22" // 2. pinsedag -> Friday
  })
  void workingDayOnOrBefore(LocalDate date, LocalDate expected) {
    assertThat(DanishHolidays.workingDayOnOrBefore(date)).isEqualTo(expected);
  }

  @Test
  void workingDayBeforeIsStrictlyBefore() {
    assertThat(DanishHolidays.workingDayBefore(LocalDate.of(2025, 3, 17)))
        .isEqualTo(LocalDate.of(2025, 3, 14));
  }
}
