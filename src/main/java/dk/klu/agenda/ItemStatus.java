package dk.klu.agenda;

/** An agenda item's status as the submitter follows it. */
public enum ItemStatus {
  WAITING("Venter på næste indkaldelse"),
  SUBMITTED("Indsendt"),
  LATE("Modtaget efter fristen; sekretariatet vurderer"),
  NEEDS_INFORMATION("Mangler oplysninger"),
  ON_AGENDA("På dagsordenen"),
  SOLVED("Løst af sekretariatet"),
  REJECTED("Afvist"),
  DISCUSSED("Behandlet på mødet"),
  /** A standing topic the chairs left out of this meeting's agenda. */
  LEFT_OUT("Ikke med på dette møde"),
  FOLLOW_UP_DONE("Opfølgning afsluttet");

  private final String danish;

  ItemStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
