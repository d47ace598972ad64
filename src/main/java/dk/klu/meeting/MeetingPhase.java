package dk.klu.meeting;

/** Where a meeting is in its cycle. */
public enum MeetingPhase {
  PLANNED("Planlagt"),
  INTAKE_OPEN("Indkaldelse af punkter udsendt"),
  INTAKE_CLOSED("Frist for punkter overskredet; visitering"),
  AGENDA_DRAFTED("Dagsorden hos formandskabet"),
  AGENDA_APPROVED("Dagsorden godkendt"),
  AGENDA_SENT("Dagsorden udsendt"),
  HELD("Mødet er afholdt"),
  MINUTES_PUBLISHED("Referat offentliggjort"),
  CLOSED("Afsluttet");

  private final String danish;

  MeetingPhase(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }

  /** Items can still join this meeting's agenda through the chairs' review. */
  public boolean beforeAgendaDraft() {
    return ordinal() <= INTAKE_CLOSED.ordinal();
  }
}
