package dk.klu.agreement;

import java.util.List;

/**
 * What the drafters answer about a draft, the inputs of the decision table {@code
 * klu-agreement-route}, which says which routes they open.
 *
 * @param bindingObligations the GPs are bound by obligations whose breach should be sanctionable
 *     under the GP agreement
 * @param newUnpaidTask a new task, not paid under the GP agreement, that needs a special fee
 * @param specialFee the agreement has a special fee
 */
public record RouteFacts(boolean bindingObligations, boolean newUnpaidTask, boolean specialFee) {

  /** Answers that contradict each other, in Danish; empty when they fit together. */
  public List<String> contradictions() {
    return newUnpaidTask && !specialFee
        ? List.of(
            "En ny opgave, der ikke honoreres efter overenskomsten, kræver et særskilt honorar:"
                + " markér \"Særskilt honorar\".")
        : List.of();
  }
}
