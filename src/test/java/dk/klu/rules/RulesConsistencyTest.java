package dk.klu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesConsistencyTest {

  private static final RulesOfProcedure A = RulesOfProcedure.aalborg();

  @Test
  void aalborgAndNationalAreConsistent() {
    assertThat(RulesConsistency.violations(RulesOfProcedure.aalborg())).isEmpty();
    assertThat(RulesConsistency.violations(RulesOfProcedure.nationalGuidance())).isEmpty();
  }

  @Test
  void nationalAgendaLeadTimeWithItemsDueTwoWeeksBeforeIsRefused() {
    Period twoWeeks = Period.ofDays(14);
    RulesOfProcedure mixed =
        with(
            A,
            Map.of(
                "callLeadTime", Period.ofDays(28),
                "intakePeriod", twoWeeks,
                "agendaLeadTime", twoWeeks));

    assertThat(theViolation(mixed))
        .contains(
            "klu.rules.call-lead-time (28 dage)",
            "klu.rules.intake-period (14 dage)",
            "14 dage før mødet",
            "klu.rules.agenda-lead-time (14 dage)",
            "klu.rules.triage-period",
            "kræver 19 dage",
            "kolliderer");
    assertThatThrownBy(() -> RulesConsistency.assertConsistent(mixed))
        .isInstanceOf(InconsistentRulesException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("klu.rules.agenda-lead-time")
        .hasMessageContaining("klu.rules.intake-period");
  }

  @Test
  void theOriginallyBriefedSecretariatPeriodsDoNotFitAalborgsWeek() {
    // triage 2 + chair review 3 + case presentation 3 = 8 days, but Aalborg leaves 14 - 7 = 7.
    RulesOfProcedure r =
        with(
            A,
            Map.of(
                "triagePeriod", Period.ofDays(2),
                "chairReviewPeriod", Period.ofDays(3),
                "casePresentationPeriod", Period.ofDays(3)));
    assertThat(theViolation(r)).contains("kræver 15 dage");
  }

  @Test
  void aReminderThatWouldComeWithTheCallIsReported() {
    RulesOfProcedure r =
        with(
            A,
            Map.of(
                "name", "Forkert", "intakeReminderBefore", A.intakePeriod())); // reminder == intake
    assertThatThrownBy(() -> RulesConsistency.assertConsistent(r))
        .isInstanceOfSatisfying(
            InconsistentRulesException.class,
            e ->
                assertThat(e.getViolations())
                    .singleElement()
                    .asString()
                    .contains("klu.rules.intake-reminder-before (14 dage)"))
        .hasMessageStartingWith("Forretningsordenen 'Forkert' er inkonsistent");
  }

  @Test
  void nonPositiveAndMonthPeriodsAreRefused() {
    RulesOfProcedure r =
        with(A, Map.of("callLeadTime", Period.ofMonths(1), "triagePeriod", Period.ZERO));
    assertThat(RulesConsistency.violations(r))
        .containsExactlyInAnyOrder(
            "klu.rules.call-lead-time (P1M) skal angives i dage eller uger, ikke måneder eller år",
            "klu.rules.triage-period (0 dage) skal være positiv");
  }

  /** The one violation of {@code r}'s rules. */
  private static String theViolation(RulesOfProcedure r) {
    List<String> violations = RulesConsistency.violations(r);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  /**
   * A copy of {@code r} with the named components replaced, so that each case names only what it
   * changes; an unknown name fails the test.
   */
  static RulesOfProcedure with(RulesOfProcedure r, Map<String, Object> replaced) {
    RecordComponent[] components = RulesOfProcedure.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    Set<String> unknown = new HashSet<>(replaced.keySet());
    try {
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        types[i] = components[i].getType();
        values[i] =
            replaced.containsKey(name) ? replaced.get(name) : components[i].getAccessor().invoke(r);
        unknown.remove(name);
      }
      assertThat(unknown).as("components of RulesOfProcedure").isEmpty();
      return RulesOfProcedure.class.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
