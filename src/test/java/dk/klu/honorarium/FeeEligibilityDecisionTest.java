package dk.klu.honorarium;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.DecisionTable;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The decision table {@code klu-fee-eligibility} on its own, case by case: an appointed GP within
 * and beyond the paid seats, a replacement paid in the member's place (and beyond the seats), the
 * replaced and the absent member, an additional GP, a municipal member and the practice consultant;
 * every participation with any seat gives exactly one answer (hit policy UNIQUE), and every rule is
 * used.
 */
class FeeEligibilityDecisionTest {

  private static DecisionTable table;

  @BeforeAll
  static void parse() throws Exception {
    table = DecisionTable.parse(Path.of("bpmn/klu-fee-eligibility.dmn"), "klu-fee-eligibility");
  }

  @AfterAll
  static void everyRuleIsUsed() {
    assertThat(table.rulesHit())
        .containsExactlyInAnyOrder(
            "Rule_AppointedWithinSeats",
            "Rule_AppointedBeyondSeats",
            "Rule_ReplacementWithinSeats",
            "Rule_ReplacementBeyondSeats",
            "Rule_AppointedReplaced",
            "Rule_AppointedAbsent",
            "Rule_AdditionalGp",
            "Rule_MunicipalMember",
            "Rule_PracticeConsultant");
  }

  static DmnDecisionResultEntries evaluate(Participation participation, Integer seat, int seats) {
    DmnDecisionResult result =
        table.evaluate(
            Variables.createVariables()
                .putValue("participation", participation.danish())
                .putValue("seatNumber", seat)
                .putValue("paidSeats", seats));
    assertThat(result)
        .as("exactly one rule for %s, %s of %s", participation, seat, seats)
        .hasSize(1);
    return result.getSingleResult();
  }

  static boolean paid(Participation participation, Integer seat, int seats) {
    return evaluate(participation, seat, seats).getEntry("paid");
  }

  static String reason(Participation participation, Integer seat, int seats) {
    return evaluate(participation, seat, seats).getEntry("reason");
  }

  /** Not paid, without a seat, in a committee of six paid seats; for {@code reason}. */
  static void notPaidWithoutASeat(Participation participation, String reason) {
    assertThat(paid(participation, null, 6)).isFalse();
    assertThat(reason(participation, null, 6)).isEqualTo(reason);
  }

  @Test
  void appointedGpWithinThePaidSeatsIsPaid() {
    assertThat(paid(Participation.APPOINTED_GP_PRESENT, 1, 6)).isTrue();
    assertThat(paid(Participation.APPOINTED_GP_PRESENT, 6, 6)).isTrue();
    assertThat(reason(Participation.APPOINTED_GP_PRESENT, 2, 2))
        .isEqualTo("Udpeget praktiserende læge inden for udvalgets honorerede pladser");
  }

  @Test
  void replacementIsPaidInTheMembersPlace() {
    assertThat(paid(Participation.REPLACEMENT_GP, 3, 6)).isTrue();
    assertThat(reason(Participation.REPLACEMENT_GP, 3, 6))
        .isEqualTo("Stedfortræder for et udpeget medlem; honoreres i medlemmets sted");
    // the member who sent the replacement is not paid as well
    notPaidWithoutASeat(
        Participation.APPOINTED_GP_REPLACED,
        "Erstattet af en anden læge, som honoreres i medlemmets sted");
  }

  @Test
  void additionalGpIsNotPaid() {
    notPaidWithoutASeat(
        Participation.ADDITIONAL_GP, "Ekstra deltagende læge; udløser ikke honorar");
  }

  @Test
  void moreGpsPresentThanPaidSeats_onlyTheSeatsArePaid() {
    // national guidance: two paid seats; appointed members take the first, replacements follow
    assertThat(paid(Participation.APPOINTED_GP_PRESENT, 1, 2)).isTrue();
    assertThat(paid(Participation.APPOINTED_GP_PRESENT, 2, 2)).isTrue();
    assertThat(paid(Participation.APPOINTED_GP_PRESENT, 3, 2)).isFalse();
    assertThat(paid(Participation.REPLACEMENT_GP, 3, 2)).isFalse();
    assertThat(reason(Participation.REPLACEMENT_GP, 4, 2))
        .isEqualTo("Flere praktiserende læger til stede end udvalgets honorerede pladser");
    assertThat(reason(Participation.APPOINTED_GP_PRESENT, 7, 6))
        .isEqualTo("Flere praktiserende læger til stede end udvalgets honorerede pladser");
    // a committee without paid seats pays nobody
    assertThat(paid(Participation.APPOINTED_GP_PRESENT, 1, 0)).isFalse();
  }

  @Test
  void municipalMemberIsNotPaid() {
    notPaidWithoutASeat(
        Participation.MUNICIPAL_MEMBER,
        "Kommunal repræsentant; honoreres ikke for deltagelse i KLU");
  }

  @Test
  void absentMemberAndPracticeConsultantAreNotPaid() {
    notPaidWithoutASeat(Participation.APPOINTED_GP_ABSENT, "Ikke til stede");
    assertThat(paid(Participation.PRACTICE_CONSULTANT, null, 6)).isFalse();
  }

  /** Full coverage: every participation, with or without a seat number, gets exactly one rule. */
  @ParameterizedTest
  @EnumSource(Participation.class)
  void everyParticipationGetsExactlyOneAnswer(Participation participation) {
    for (int seats = 0; seats <= 7; seats++) {
      for (int seat = 1; seat <= 8; seat++) {
        boolean paid = paid(participation, participation.takesSeat() ? seat : null, seats);
        assertThat(paid).isEqualTo(participation.takesSeat() && seat <= seats);
      }
    }
  }
}
