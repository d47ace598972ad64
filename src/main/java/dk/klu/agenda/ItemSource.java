package dk.klu.agenda;

/** Where an item came from. */
public enum ItemSource {
  SUBMITTED("Indsendt"),
  STANDING("Fast emne (anbefalet, kan udelades)"),
  FOLLOW_UP("Overført opfølgning"),
  YEAR_PLAN("Fra årshjulet");

  private final String danish;

  ItemSource(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
