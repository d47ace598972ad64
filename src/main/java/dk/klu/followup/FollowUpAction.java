package dk.klu.followup;

import java.time.LocalDate;

/** An action agreed in the minutes, with an owner and a due date. */
public record FollowUpAction(
    long id,
    long meetingId,
    long itemId,
    String description,
    String owner,
    LocalDate dueDate,
    Status status,
    String doneNote) {

  /** Open until the secretariat records what was done. */
  public enum Status {
    OPEN,
    DONE
  }
}
