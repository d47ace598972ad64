package dk.klu.http;

import java.util.List;

/** Input a person must correct: answered with 400 and every Danish reason, nothing changed. */
public class InvalidInput extends RuntimeException {

  private final List<String> reasons;

  public InvalidInput(List<String> reasons) {
    super(String.join(" ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
