package dk.klu.honorarium;

/** Where a meeting's fee list is. */
public enum FeeListStatus {
  AWAITING_APPROVAL("Afventer godkendelse"),
  SENT_BACK("Sendt tilbage til rettelse"),
  APPROVED("Godkendt");

  private final String danish;

  FeeListStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
