package dk.klu;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.agreement.AgreementProperties;
import dk.klu.evaluation.EvaluationProperties;
import dk.klu.honorarium.FeeProperties;
import dk.klu.publication.EmbedSites;
import dk.klu.rules.RulesOfProcedure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A bad {@code klu.*} value stops the start with Spring Boot's binding failure, whose reason names
 * the property in Danish; the defaults bind.
 */
class PropertiesValidationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Bound.class);

  @EnableConfigurationProperties({
    EvaluationProperties.class,
    FeeProperties.class,
    AgreementProperties.class,
    EmbedSites.class,
    RulesOfProcedure.class
  })
  static class Bound {}

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "klu.evaluation.recipient=| klu.evaluation.recipient skal være en e-mailadresse",
        "klu.evaluation.recipient=samarbejdsudvalget | klu.evaluation.recipient skal være en"
            + " e-mailadresse",
        "klu.evaluation.completion-period=P0D | klu.evaluation.completion-period skal være en"
            + " positiv periode",
        "klu.evaluation.approval-period=-P7D | klu.evaluation.approval-period skal være en positiv"
            + " periode",
        "klu.evaluation.reminder-before=-P1D | klu.evaluation.reminder-before må ikke være negativ",
        "klu.fees.rate=-1 | klu.fees.rate må ikke være negativ",
        "klu.fees.fixed-hours=0 | klu.fees.fixed-hours skal være et positivt tal",
        "klu.fees.paid-seats=-1 | klu.fees.paid-seats må ikke være negativ",
        "klu.fees.approval-reminder-after=P0D | klu.fees.approval-reminder-after skal være en"
            + " positiv periode",
        "klu.agreement.answer-reminder-interval=P0D | klu.agreement.answer-reminder-interval skal"
            + " være en positiv periode",
        "klu.agreement.answer-escalation-after=-P60D | klu.agreement.answer-escalation-after skal"
            + " være en positiv periode",
        "klu.agreement.implementation-follow-up=P0M | klu.agreement.implementation-follow-up skal"
            + " være en positiv periode",
        "klu.embed.allowed-sites=* | klu.embed.allowed-sites skal være web-steders oprindelse"
            + " skrevet som https://host",
        "klu.embed.allowed-sites=sundhedstilbud.aalborg.dk | https://host (eller https://host:port)",
        "klu.embed.allowed-sites=https://sundhedstilbud.aalborg.dk/klu | https://host",
        "klu.embed.allowed-sites=https://a.dk?x=1 | https://host",
        "klu.embed.allowed-sites=javascript:alert(1) | https://host",
        "klu.embed.allowed-sites=https://a.dk; script-src * | https://host",
        "klu.embed.allowed-sites=https://ok.dk/,ftp://a.dk | https://host",
        "klu.rules.meeting-duration=PT0S | klu.rules.meeting-duration skal være positiv",
        "klu.rules.meeting-duration=-PT1H | klu.rules.meeting-duration skal være positiv",
        "klu.rules.meeting-duration=PT9H | klu.rules.meeting-duration må højst være 8 timer",
        "klu.rules.meetings-per-year=1 | klu.rules.meetings-per-year skal være mindst 2",
      })
  void aBadValueStopsTheStartNamingTheProperty(String property, String reason) {
    runner
        .withPropertyValues(property)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasRootCauseInstanceOf(BindValidationException.class)
                    .rootCause()
                    .hasMessageContaining(reason));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "klu.fees.rate=0",
        "klu.fees.paid-seats=0",
        "klu.evaluation.reminder-before=P0D",
        "klu.evaluation.recipient=su@region.dk",
        "klu.embed.allowed-sites=https://a.dk/, http://intranet.example:8443",
        "klu.rules.meeting-duration=PT8H",
        "klu.rules.meetings-per-year=2"
      })
  void theDefaultsAndTheEdgesBind(String property) {
    runner
        .withPropertyValues(property)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(FeeProperties.class));
  }
}
