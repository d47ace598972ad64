package dk.klu.agenda;

/** The secretariat's triage of a submitted item (Aalborg's rules: solve at secretariat level). */
public enum TriageOutcome {
  ON_AGENDA("Sættes på dagsordenen"),
  SOLVED("Løst af sekretariatet"),
  /**
   * Referred to the unit responsible or to PLO-Aalborg: the committee does not replace the units'
   * own dialogue with the GPs (Aalborg's rules).
   */
  REFERRED("Henvist til den ansvarlige enhed eller PLO-Aalborg"),
  NEEDS_INFORMATION("Mangler oplysninger"),
  REJECTED("Afvist");

  private final String danish;

  TriageOutcome(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
