package dk.klu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

class RulesOfProcedureBindingTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(RulesConfiguration.class);

  @Test
  void defaultsAreAalborgsRulesAndStart() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed().hasSingleBean(RulesStartupCheck.class);
          assertThat(context.getBean(RulesOfProcedure.class)).isEqualTo(RulesOfProcedure.aalborg());
        });
  }

  @Test
  void componentScanAndImportRegisterTheCheckOnce() {
    new ApplicationContextRunner()
        .withUserConfiguration(Scanned.class)
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(RulesStartupCheck.class)
                    .hasSingleBean(RulesOfProcedure.class));
  }

  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = RulesConfiguration.class)
  static class Scanned {}

  @Test
  void periodsBindFromIsoAndSimpleFormat() {
    runner
        .withPropertyValues(
            "klu.rules.call-lead-time=P42D",
            "klu.rules.intake-period=14d",
            "klu.rules.agenda-lead-time=2w",
            "klu.rules.meeting-duration=3h")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              RulesOfProcedure rules = context.getBean(RulesOfProcedure.class);
              assertThat(rules.callLeadTime()).isEqualTo(Period.ofDays(42));
              assertThat(rules.intakePeriod()).isEqualTo(Period.ofDays(14));
              assertThat(rules.agendaLeadTime().getDays()).isEqualTo(14);
              assertThat(rules.meetingDuration()).isEqualTo(Duration.ofHours(3));
            });
    runner
        .withPropertyValues("klu.rules.call-lead-time=P28D")
        .run(
            c ->
                assertThat(c.getBean(RulesOfProcedure.class))
                    .isEqualTo(RulesOfProcedure.aalborg()));
    runner
        .withPropertyValues("klu.rules.call-lead-time=28d", "klu.rules.meeting-duration=PT2H")
        .run(
            c ->
                assertThat(c.getBean(RulesOfProcedure.class))
                    .isEqualTo(RulesOfProcedure.aalborg()));
  }

  @Test
  void nationalProfileBindsToNationalGuidance() {
    runner
        .withPropertyValues(
            "klu.rules.name=National vejledning",
            "klu.rules.call-lead-time=42d",
            "klu.rules.intake-period=14d",
            "klu.rules.agenda-lead-time=14d",
            "klu.rules.meeting-duration=PT3H",
            "klu.rules.meetings-per-year=2")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(RulesOfProcedure.class))
                  .isEqualTo(RulesOfProcedure.nationalGuidance());
            });
  }

  @Test
  void inconsistentRulesRefuseStartUp() {
    runner
        .withPropertyValues("klu.rules.agenda-lead-time=14d")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InconsistentRulesException.class)
                    .hasMessageContaining("klu.rules.agenda-lead-time (14 dage)")
                    .hasMessageContaining("klu.rules.intake-period (14 dage)")
                    .hasMessageContaining("kolliderer"));
  }
}
