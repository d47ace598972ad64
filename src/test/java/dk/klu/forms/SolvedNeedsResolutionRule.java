package dk.klu.forms;

import java.util.List;

/**
 * Example rule (test fixture): when the outcome is {@code SOLVED}, the resolution must be given.
 * The schema cannot say so, as the resolution field is hidden for other outcomes.
 */
class SolvedNeedsResolutionRule implements FormRule {

  private final String formId;

  SolvedNeedsResolutionRule(String formId) {
    this.formId = formId;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public List<String> validate(FormSubmission submission) {
    boolean solved = "SOLVED".equals(submission.value("triageOutcome"));
    Object resolution = submission.value("triageResolution");
    if (solved && (!(resolution instanceof String text) || text.isBlank())) {
      return List.of("Feltet \"Løsning\" skal udfyldes, når punktet er løst.");
    }
    return List.of();
  }
}
