package dk.klu.agreement;

/**
 * How far a formalised agreement has come in practice, as the secretariat keeps it up and the
 * annual evaluation reports it ("opfølgning og status på implementeringen").
 */
public enum ImplementationStatus {
  NOT_STARTED("Ikke påbegyndt"),
  IN_PROGRESS("I gang"),
  IMPLEMENTED("Implementeret"),
  STOPPED("Standset");

  private final String danish;

  ImplementationStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }

  /** Whether the follow-up has ended: implemented or stopped. */
  public boolean settled() {
    return this == IMPLEMENTED || this == STOPPED;
  }
}
