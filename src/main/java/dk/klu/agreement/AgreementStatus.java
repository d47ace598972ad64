package dk.klu.agreement;

/** Where an agreement is, as the registry and the annual evaluation show it. */
public enum AgreementStatus {
  DRAFTING("Under udarbejdelse"),
  AWAITING_SETTLEMENT_AGREEMENT("Afventer afregningsaftale med regionen"),
  AWAITING_COMMITTEE("Revideret udkast afventer udvalgets beslutning"),
  SENT("Sendt – afventer svar"),
  FORMALISED("Formaliseret"),
  REJECTED("Afvist"),
  WITHDRAWN("Opgivet");

  private final String danish;

  AgreementStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
