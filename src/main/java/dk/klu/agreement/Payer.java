package dk.klu.agreement;

/** Who pays an agreement's special fee. */
public enum Payer {
  REGION("Regionen"),
  MUNICIPALITY("Kommunen"),
  NONE("Intet særskilt honorar");

  private final String danish;

  Payer(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
