package dk.klu.evaluation;

/** Where a year's evaluation is. */
public enum EvaluationStatus {
  DRAFTING("Under udarbejdelse i sekretariatet"),
  AWAITING_APPROVAL("Til godkendelse hos formandskabet"),
  APPROVED("Godkendt af formandskabet"),
  SENT("Sendt til Samarbejdsudvalget"),
  ARCHIVED("Sendt og arkiveret");

  private final String danish;

  EvaluationStatus(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
