package dk.klu.agreement;

/**
 * The two ways a draft agreement can be formalised (DOMAIN.md, "Agreements"), as the decision table
 * {@code klu-agreement-route} names them.
 */
public enum Route {
  /** a) The regional Samarbejdsudvalg formalises it as a § 2 agreement; the region pays a fee. */
  SU_PARAGRAPH_2("§ 2-aftale i Samarbejdsudvalget", "Samarbejdsudvalget"),
  /** b) A bilateral agreement between the municipality and the regional Praksisudvalg. */
  PRAKSISUDVALG_BILATERAL("Bilateral aftale med Praksisudvalget", "Praksisudvalget");

  private final String danish;
  private final String body;

  Route(String danish, String body) {
    this.danish = danish;
    this.body = body;
  }

  public String danish() {
    return danish;
  }

  /** The regional body the draft is sent to, in Danish. */
  public String body() {
    return body;
  }
}
