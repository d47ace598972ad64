package dk.klu.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.DecisionTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision table {@code klu-agreement-route} on its own, with the DMN engine and no process: it
 * says which routes the national guidance opens for the drafters' answers, each with its
 * consequences (hit policy COLLECT), and does not pick one where both are open. Every one of the 8
 * combinations of the three route questions is walked against the guidance as read here, and every
 * rule is used.
 */
class AgreementRouteDecisionTest {

  private static final Path FILE = Path.of("bpmn/klu-agreement-route.dmn");
  private static final RouteOption PARAGRAPH_2_NO_FEE =
      new RouteOption(Route.SU_PARAGRAPH_2, Payer.NONE, false);
  private static final RouteOption PARAGRAPH_2_REGION_PAYS =
      new RouteOption(Route.SU_PARAGRAPH_2, Payer.REGION, false);
  private static final RouteOption BILATERAL_NO_FEE =
      new RouteOption(Route.PRAKSISUDVALG_BILATERAL, Payer.NONE, false);
  private static final RouteOption BILATERAL_MUNICIPALITY_PAYS =
      new RouteOption(Route.PRAKSISUDVALG_BILATERAL, Payer.MUNICIPALITY, true);

  private static DecisionTable table;

  @BeforeAll
  static void parse() throws Exception {
    table = DecisionTable.parse(FILE, "klu-agreement-route");
  }

  @AfterAll
  static void everyRuleIsUsed() {
    assertThat(table.rulesHit())
        .containsExactlyInAnyOrder(
            "Rule_Paragraph2Binding",
            "Rule_Paragraph2BindingWithFee",
            "Rule_Paragraph2NewTask",
            "Rule_BilateralWithoutFee",
            "Rule_BilateralWithFee");
  }

  static List<RouteOption> open(boolean binding, boolean newTask, boolean fee) {
    List<RouteOption> open = new ArrayList<>();
    for (DmnDecisionResultEntries row :
        table.evaluate(
            Variables.createVariables()
                .putValue("bindingObligations", binding)
                .putValue("newUnpaidTask", newTask)
                .putValue("specialFee", fee))) {
      open.add(
          new RouteOption(
              Route.valueOf(row.getEntry("route")),
              Payer.valueOf(row.getEntry("payer")),
              row.getEntry("settlementAgreementRequired")));
    }
    return open;
  }

  /**
   * All 8 combinations with the routes the guidance opens, written out from its text rather than
   * from the table: a) where sanctionable obligations are needed (only a), or for a new unpaid task
   * with a special fee, the region paying; b) where the sanction system is not relevant, a fee paid
   * by the municipality through the region's settlement system (footnote 1).
   */
  static Stream<Arguments> combinations() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (int bits = 0; bits < 8; bits++) {
      boolean binding = (bits & 4) != 0;
      boolean newTask = (bits & 2) != 0;
      boolean fee = (bits & 1) != 0;
      List<RouteOption> expected = new ArrayList<>();
      if (newTask && !fee) {
        // contradictory: refused by the draft form, no route is open
      } else if (binding) {
        expected.add(fee ? PARAGRAPH_2_REGION_PAYS : PARAGRAPH_2_NO_FEE);
      } else {
        if (newTask) {
          expected.add(PARAGRAPH_2_REGION_PAYS);
        }
        expected.add(fee ? BILATERAL_MUNICIPALITY_PAYS : BILATERAL_NO_FEE);
      }
      all.add(Arguments.of(binding, newTask, fee, expected));
    }
    return all.build();
  }

  @ParameterizedTest(name = "binding={0} newTask={1} fee={2} -> {3}")
  @MethodSource("combinations")
  void everyCombinationOpensTheGuidancesRoutes(
      boolean binding, boolean newTask, boolean fee, List<RouteOption> expected) {
    assertThat(open(binding, newTask, fee)).containsExactlyElementsOf(expected);
    // exactly the contradictory answers open no route, and they are refused with a Danish message
    assertThat(new RouteFacts(binding, newTask, fee).contradictions().isEmpty())
        .isEqualTo(!expected.isEmpty());
  }

  @Test
  void sanctionableObligationsOpenOnlyParagraph2_theRegionPaysAFee() {
    assertThat(open(true, false, false)).containsExactly(PARAGRAPH_2_NO_FEE);
    assertThat(open(true, false, true)).containsExactly(PARAGRAPH_2_REGION_PAYS);
    assertThat(open(true, true, true)).containsExactly(PARAGRAPH_2_REGION_PAYS);
  }

  @Test
  void aNewUnpaidTaskWithAFeeAndNoSanctionsOpensBothRoutes_eachWithItsPayer() {
    assertThat(open(false, true, true))
        .containsExactly(PARAGRAPH_2_REGION_PAYS, BILATERAL_MUNICIPALITY_PAYS);
  }

  @Test
  void noSanctionsAndNoFeeOpensOnlyTheBilateralRoute_nobodyPays() {
    assertThat(open(false, false, false)).containsExactly(BILATERAL_NO_FEE);
  }

  @Test
  void aMunicipalFeeOnTheBilateralRouteAlwaysNeedsTheSettlementAgreement() {
    assertThat(open(false, false, true)).containsExactly(BILATERAL_MUNICIPALITY_PAYS);
  }

  @Test
  void contradictoryAnswersOpenNoRouteAndAreRefusedInDanish() {
    assertThat(open(false, true, false)).isEmpty();
    assertThat(new RouteFacts(false, true, false).contradictions())
        .singleElement()
        .asString()
        .contains("særskilt honorar");
  }

  @Test
  void theOpenRoutesSurviveTheProcessVariable() {
    List<RouteOption> both = open(false, true, true);
    assertThat(RouteOption.decode(RouteOption.encode(both))).isEqualTo(both);
    assertThat(RouteOption.chosen(both, Route.PRAKSISUDVALG_BILATERAL))
        .isEqualTo(BILATERAL_MUNICIPALITY_PAYS);
  }

  @Test
  void theDecisionIsReadableAndKeptInHistory() throws Exception {
    String xml = Files.readString(FILE);
    assertThat(xml)
        .contains("hitPolicy=\"COLLECT\"")
        .contains("camunda:historyTimeToLive=\"P730D\"")
        .contains("label=\"Åben aftalevej\"")
        .contains("beskriver ikke a) for det tilfælde")
        .doesNotContain("settledViaRegion");
  }
}
