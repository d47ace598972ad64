package dk.klu.agreement;

/** How the municipality's GPs are told of a formalised agreement. */
public enum GpChannel {
  NEWSLETTER("Nyhedsbrev"),
  MAIL("Mail til lægerne");

  private final String danish;

  GpChannel(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
