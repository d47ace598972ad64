package dk.klu.honorarium;

/** What the decision table {@code klu-fee-eligibility} decided for one person. */
public record FeeDecision(boolean paid, String reason) {}
