package dk.klu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
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
    RulesOfProcedure mixed = with(A, Period.ofDays(28), Period.ofDays(14), Period.ofDays(14));

    assertThat(RulesConsistency.violations(mixed))
        .singleElement()
        .asString()
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
        new RulesOfProcedure(
            A.name(),
            A.callLeadTime(),
            A.intakePeriod(),
            A.intakeReminderBefore(),
            Period.ofDays(2),
            Period.ofDays(3),
            Period.ofDays(3),
            A.agendaLeadTime(),
            A.meetingDuration(),
            A.meetingsPerYear(),
            A.minutesDraftPeriod(),
            A.minutesApprovalPeriod(),
            A.followUpReminderBefore(),
            A.moreInformationPeriod());
    assertThat(RulesConsistency.violations(r))
        .singleElement()
        .asString()
        .contains("kræver 15 dage");
  }

  @Test
  void aReminderThatWouldComeWithTheCallIsReported() {
    RulesOfProcedure r =
        new RulesOfProcedure(
            "Forkert",
            A.callLeadTime(),
            A.intakePeriod(),
            A.intakePeriod(), // reminder == intake
            A.triagePeriod(),
            A.chairReviewPeriod(),
            A.casePresentationPeriod(),
            A.agendaLeadTime(),
            A.meetingDuration(),
            A.meetingsPerYear(),
            A.minutesDraftPeriod(),
            A.minutesApprovalPeriod(),
            A.followUpReminderBefore(),
            A.moreInformationPeriod());
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
        new RulesOfProcedure(
            A.name(),
            Period.ofMonths(1),
            A.intakePeriod(),
            A.intakeReminderBefore(),
            Period.ZERO,
            A.chairReviewPeriod(),
            A.casePresentationPeriod(),
            A.agendaLeadTime(),
            A.meetingDuration(),
            A.meetingsPerYear(),
            A.minutesDraftPeriod(),
            A.minutesApprovalPeriod(),
            A.followUpReminderBefore(),
            A.moreInformationPeriod());
    assertThat(RulesConsistency.violations(r))
        .containsExactlyInAnyOrder(
            "klu.rules.call-lead-time (P1M) skal angives i dage eller uger, ikke måneder eller år",
            "klu.rules.triage-period (0 dage) skal være positiv");
  }

  static RulesOfProcedure with(
      RulesOfProcedure r, Period callLeadTime, Period intakePeriod, Period agendaLeadTime) {
    return new RulesOfProcedure(
        r.name(),
        callLeadTime,
        intakePeriod,
        r.intakeReminderBefore(),
        r.triagePeriod(),
        r.chairReviewPeriod(),
        r.casePresentationPeriod(),
        agendaLeadTime,
        r.meetingDuration(),
        r.meetingsPerYear(),
        r.minutesDraftPeriod(),
        r.minutesApprovalPeriod(),
        r.followUpReminderBefore(),
        r.moreInformationPeriod());
  }
}
