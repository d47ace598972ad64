package dk.klu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowSlotsTest {

  static final String SUBMITTED =
      """
      {"r1": {"name": "A", "minutes": 10}, "r2": {}, "r3": {"name": "C", "ok": true},
       "r4": {"name": "", "ok": false}, "r5": {"name": null}}
      """;

  @Test
  void readsTheSlotsInOrderAndLeavesOutTheUnusedOnesAtTheEnd() {
    List<String> rows = RowSlots.read(SUBMITTED, r -> r.number() + ":" + r.text("name"));
    assertThat(rows).containsExactly("1:A", "2:null", "3:C");
  }

  @Test
  void aRowGivesItsValuesTyped() {
    List<RowSlots.Row> rows = RowSlots.numbered(SUBMITTED, 0);
    assertThat(rows.get(0).number("minutes", 5)).isEqualTo(10);
    assertThat(rows.get(1).number("minutes", 5)).isEqualTo(5);
    assertThat(rows.get(2).flag("ok")).isTrue();
    assertThat(rows.get(1).blank("name")).isTrue();
    assertThat(rows.get(1).values().containsKey("name")).isFalse();
  }

  @Test
  void mergesByPositionAndPadsRowsNobodyTouched() {
    List<String> merged =
        RowSlots.merge(
            List.of("x", "y", "z", "w"),
            SUBMITTED,
            (expected, given) -> "for mange",
            (base, row) -> base + row.number("minutes", 0));
    assertThat(merged).containsExactly("x10", "y0", "z0", "w0");
  }

  @Test
  void moreRowsThanTheDomainHasAreRefusedWithTheGivenMessage() {
    assertThatThrownBy(
            () ->
                RowSlots.merge(
                    List.of("x"),
                    Map.of("r1", Map.of("name", "A"), "r2", Map.of("name", "B")),
                    (expected, given) -> "Listen skal have " + expected + ", ikke " + given + ".",
                    (base, row) -> base))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Listen skal have 1, ikke 2.");
  }
}
