package dk.klu.process.contract;

import static dk.klu.process.contract.Variable.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Typed reads tolerate what the engine and Tasklist hand over; writes store what models expect. */
class VariableTest {

  enum Colour {
    RED
  }

  @Test
  void readsWhatTheEngineAndTasklistHandOver() {
    Map<String, Object> values = new HashMap<>();
    values.put("id", 7); // an Integer, as a REST client may send it
    values.put("on", null); // an unticked checkbox
    values.put("day", "2027-06-01T00:00:00+02:00");
    values.put("blankDay", "");
    values.put("colour", "RED");
    values.put("ids", List.of(1, 2L));
    values.put("note", "");

    assertThat(longVariable("id").from(values).get()).isEqualTo(7L);
    assertThat(booleanVariable("on").from(values).getOrDefault(false)).isFalse();
    assertThat(localDateVariable("day").from(values).get()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(localDateVariable("blankDay").from(values).isSet()).isFalse();
    assertThat(enumVariable("colour", Colour.class).from(values).get()).isEqualTo(Colour.RED);
    assertThat(longListVariable("ids").from(values).get()).containsExactly(1L, 2L);
    assertThat(stringVariable("note").from(values).getOrNull()).isEmpty();
    assertThat(stringVariable("missing").from(values).getOrNull()).isNull();
  }

  @Test
  void aMissingRequiredValueNamesTheVariable() {
    assertThatThrownBy(() -> longVariable("agreementId").from(Map.of()).get())
        .hasMessageContaining("agreementId");
  }

  @Test
  void writesTheTypesTheModelsAndFormsExpect() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("day")).thenReturn("2027-06-01");

    localDateVariable("day").set(scope, LocalDate.of(2027, Month.JUNE, 1));
    enumVariable("colour", Colour.class).set(scope, Colour.RED);
    longVariable("id").set(scope, 3L);
    stringVariable("note").clear(scope);

    verify(scope).setVariable("day", "2027-06-01");
    verify(scope).setVariable("colour", "RED");
    verify(scope).setVariable("id", 3L);
    verify(scope).setVariable("note", null);
    assertThat(localDateVariable("day").from(scope).get()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(enumVariable("colour", Colour.class).entry(Colour.RED))
        .isEqualTo(Map.entry("colour", "RED"));
  }
}
