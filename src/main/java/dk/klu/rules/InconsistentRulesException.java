package dk.klu.rules;

import java.util.List;

/** Thrown when a {@link RulesOfProcedure} contradicts itself; carries all violations. */
public class InconsistentRulesException extends IllegalStateException {

  private final List<String> violations;

  /** Creates the exception for the named rule set with the given (Danish) violation messages. */
  public InconsistentRulesException(String rulesName, List<String> violations) {
    super(
        "Forretningsordenen '"
            + rulesName
            + "' er inkonsistent:\n - "
            + String.join("\n - ", violations));
    this.violations = List.copyOf(violations);
  }

  /** The individual violation messages, in Danish, each naming the property keys involved. */
  public List<String> getViolations() {
    return violations;
  }
}
