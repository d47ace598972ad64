package dk.klu.agenda;

/**
 * Topics of agenda items: the national guidance's standing topics (at every meeting) and its topics
 * as needed, plus "other". The form {@code klu-agenda-item-start} offers the same values.
 */
public enum Topic {
  SUNDHEDSAFTALE("Opfølgning på sundhedsaftalen", true),
  SUNDHEDSPOLITIK("Lokale sundhedspolitiske initiativer", true),
  LAEGEDAEKNING("Lægedækning", true),
  KOMMUNIKATION("Elektronisk kommunikation mellem almen praksis og kommunen", true),
  GENOPTRAENING("Genoptræning og træning", false),
  AELDRE_DEMENS("Ældre og demente patienter", false),
  HENVISNING("Henvisningsmønstre, herunder vederlagsfri fysioterapi", false),
  FOREBYGGELSE("Forebyggelse", false),
  SOCIALMEDICIN("Socialmedicinsk samarbejde", false),
  BOERN_UNGE("Børn og unge", false),
  PSYKIATRI_MISBRUG("Psykiatri og misbrug", false),
  ARBEJDSMARKED("Tilbagevenden til arbejdsmarkedet", false),
  KRONISK_SYGDOM("Kronisk sygdom", false),
  PALLIATION("Palliation", false),
  MEDICIN("Polyfarmaci og medicinhåndtering", false),
  PRAKSISKONSULENTER("Praksiskonsulenternes arbejde", false),
  ANDET("Andet", false);

  private final String danish;
  private final boolean standing;

  Topic(String danish, boolean standing) {
    this.danish = danish;
    this.standing = standing;
  }

  /** The name people see. */
  public String danish() {
    return danish;
  }

  /** A standing topic is on every meeting's agenda (national guidance). */
  public boolean standing() {
    return standing;
  }
}
