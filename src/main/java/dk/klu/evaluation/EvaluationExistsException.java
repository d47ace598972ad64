package dk.klu.evaluation;

/**
 * The year already has an evaluation, owned by another process instance: one evaluation per year
 * (docs/adr/0006). A business outcome, not a fault: the process layer turns it into the model's
 * error {@code EVALUATION_EXISTS}, which ends the second instance as modelled instead of as an
 * incident.
 */
public class EvaluationExistsException extends IllegalStateException {

  public EvaluationExistsException(int year) {
    super("Årsevalueringen for " + year + " er allerede startet.");
  }
}
