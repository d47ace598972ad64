package dk.klu.agenda;

/** An agenda item's status as the submitter follows it, and what happens next, in Danish. */
public enum ItemStatus {
  WAITING(
      "Venter på næste indkaldelse",
      "Punktet kommer med, når sekretariatet indkalder punkter til næste møde. Du får besked."),
  SUBMITTED(
      "Indsendt",
      "Sekretariatet visiterer punktet efter fristen, og formandskabet sammensætter dagsordenen."),
  LATE(
      "Modtaget efter fristen; sekretariatet vurderer",
      "Sekretariatet beslutter, om punktet når dette møde eller flyttes til næste møde."),
  NEEDS_INFORMATION(
      "Mangler oplysninger",
      "Uddyb punktet i din opgave i Tasklist; derefter visiterer sekretariatet det igen."),
  ON_AGENDA(
      "På dagsordenen",
      "Punktet er foreslået til mødet; formandskabet godkender dagsordenen, der sendes ud før"
          + " mødet."),
  SOLVED(
      "Løst af sekretariatet",
      "Sagen er løst uden behandling i udvalget; du har fået besked om løsningen."),
  REFERRED(
      "Henvist til den ansvarlige enhed",
      "Sekretariatet har sendt sagen videre til den enhed eller PLO-Aalborg, der har ansvaret;"
          + " du har fået besked om hvortil."),
  REJECTED("Afvist", "Punktet kommer ikke på dagsordenen; du har fået besked om begrundelsen."),
  DISCUSSED(
      "Behandlet på mødet",
      "Udvalget har behandlet punktet; beslutningen står i referatet, når det er godkendt."),
  /** A standing topic the chairs left out of this meeting's agenda. */
  LEFT_OUT("Ikke med på dette møde", "Formandskabet har ikke taget punktet med på dette møde."),
  FOLLOW_UP_DONE("Opfølgning afsluttet", "Opfølgningen på punktet er afsluttet.");

  private final String danish;
  private final String next;

  ItemStatus(String danish, String next) {
    this.danish = danish;
    this.next = next;
  }

  public String danish() {
    return danish;
  }

  /** One line in Danish: what happens next, or what has happened. */
  public String next() {
    return next;
  }
}
