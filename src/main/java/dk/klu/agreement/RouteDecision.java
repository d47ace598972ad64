package dk.klu.agreement;

/**
 * The decision table's answer: the route, who pays, and whether the municipality–region settlement
 * agreement is required.
 */
public record RouteDecision(Route route, Payer payer, boolean settlementAgreementRequired) {}
