package dk.klu.agreement;

/** Where an agreement came from. */
public enum Origin {
  MINUTES("Aftalt i KLU (referat)"),
  SECRETARIAT("Oprettet af sekretariatet");

  private final String danish;

  Origin(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
