package dk.klu.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision table {@code klu-agreement-route} on its own, with the DMN engine and no process:
 * every one of the 16 combinations of the four route questions gives exactly one answer (hit policy
 * UNIQUE), the answers are the national guidance's, and every rule is used.
 */
class AgreementRouteDecisionTest {

  private static final Path FILE = Path.of("bpmn/klu-agreement-route.dmn");
  private static final Set<String> RULES_HIT = new HashSet<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(
            (DmnDecisionTableEvaluationListener)
                (DmnDecisionTableEvaluationEvent event) ->
                    event.getMatchingRules().forEach(r -> RULES_HIT.add(r.getId()))));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(FILE)) {
      decision = engine.parseDecision("klu-agreement-route", in);
    }
  }

  @AfterAll
  static void everyRuleIsUsed() {
    assertThat(RULES_HIT)
        .containsExactlyInAnyOrder(
            "Rule_SanctionableWithoutFee",
            "Rule_SanctionableWithFee",
            "Rule_NewUnpaidTask",
            "Rule_BilateralWithoutFee",
            "Rule_BilateralFeePaidDirectly",
            "Rule_BilateralFeeViaRegion");
  }

  static DmnDecisionResultEntries evaluate(
      boolean binding, boolean newTask, boolean fee, boolean viaRegion) {
    DmnDecisionResult result =
        engine.evaluateDecision(
            decision,
            Variables.createVariables()
                .putValue("bindingObligations", binding)
                .putValue("newUnpaidTask", newTask)
                .putValue("specialFee", fee)
                .putValue("settledViaRegion", viaRegion));
    assertThat(result)
        .as("exactly one rule for %s", List.of(binding, newTask, fee, viaRegion))
        .hasSize(1);
    return result.getSingleResult();
  }

  /** All 16 combinations with the expected route, payer and settlement requirement. */
  static Stream<Arguments> combinations() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (int bits = 0; bits < 16; bits++) {
      boolean binding = (bits & 8) != 0;
      boolean newTask = (bits & 4) != 0;
      boolean fee = (bits & 2) != 0;
      boolean viaRegion = (bits & 1) != 0;
      boolean routeA = binding || newTask;
      String payer =
          routeA ? (newTask || fee ? "REGION" : "NONE") : (fee ? "MUNICIPALITY" : "NONE");
      boolean settlement = !routeA && fee && viaRegion;
      all.add(
          Arguments.of(
              binding,
              newTask,
              fee,
              viaRegion,
              routeA ? "SU_PARAGRAPH_2" : "PRAKSISUDVALG_BILATERAL",
              payer,
              settlement));
    }
    return all.build();
  }

  @ParameterizedTest(name = "binding={0} newTask={1} fee={2} viaRegion={3} -> {4}, {5}, {6}")
  @MethodSource("combinations")
  void everyCombinationHasOneAnswer(
      boolean binding,
      boolean newTask,
      boolean fee,
      boolean viaRegion,
      String route,
      String payer,
      boolean settlementRequired) {
    Map<String, Object> answer = evaluate(binding, newTask, fee, viaRegion).getEntryMap();
    assertThat(answer)
        .containsEntry("route", route)
        .containsEntry("payer", payer)
        .containsEntry("settlementAgreementRequired", settlementRequired);
    // the values the process maps to enums
    assertThat(Route.valueOf(route)).isNotNull();
    assertThat(Payer.valueOf(payer)).isNotNull();
  }

  @Test
  void sanctionableObligationsGoToTheSamarbejdsudvalgAsParagraph2() {
    assertThat(evaluate(true, false, false, false).getEntryMap())
        .containsEntry("route", "SU_PARAGRAPH_2")
        .containsEntry("payer", "NONE");
  }

  @Test
  void aNewUnpaidTaskIsParagraph2AndTheRegionPaysEvenViaTheRegionsSystem() {
    assertThat(evaluate(false, true, true, true).getEntryMap())
        .containsEntry("route", "SU_PARAGRAPH_2")
        .containsEntry("payer", "REGION")
        .containsEntry("settlementAgreementRequired", false);
  }

  @Test
  void otherwiseBilateralWithThePraksisudvalgAndTheMunicipalityPays() {
    assertThat(evaluate(false, false, true, false).getEntryMap())
        .containsEntry("route", "PRAKSISUDVALG_BILATERAL")
        .containsEntry("payer", "MUNICIPALITY")
        .containsEntry("settlementAgreementRequired", false);
  }

  @Test
  void theMunicipalitysFeeViaTheRegionsSystemNeedsTheSettlementAgreement() {
    assertThat(evaluate(false, false, true, true).getEntryMap())
        .containsEntry("route", "PRAKSISUDVALG_BILATERAL")
        .containsEntry("payer", "MUNICIPALITY")
        .containsEntry("settlementAgreementRequired", true);
  }

  @Test
  void theDecisionIsReadableAndKeptInHistory() throws Exception {
    String xml = Files.readString(FILE);
    assertThat(xml)
        .contains("hitPolicy=\"UNIQUE\"")
        .contains("camunda:historyTimeToLive=\"P730D\"")
        .contains("label=\"Aftalevej\"");
    assertThat(decision.getName()).isEqualTo("Aftalevej og betaler");
  }
}
