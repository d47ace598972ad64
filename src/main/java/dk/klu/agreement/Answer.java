package dk.klu.agreement;

/** The regional body's answer to a draft agreement. */
public enum Answer {
  FORMALISED("Formaliseret"),
  CHANGES_REQUESTED("Ændringer ønsket"),
  REJECTED("Afvist");

  private final String danish;

  Answer(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
