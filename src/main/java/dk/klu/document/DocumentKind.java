package dk.klu.document;

/** The committee's two documents. */
public enum DocumentKind {
  AGENDA("Dagsorden", "dagsorden"),
  MINUTES("Referat", "referat");

  private final String danish;
  private final String slug;

  DocumentKind(String danish, String slug) {
    this.danish = danish;
    this.slug = slug;
  }

  public String danish() {
    return danish;
  }

  /** The word used in file names and URLs. */
  public String slug() {
    return slug;
  }
}
