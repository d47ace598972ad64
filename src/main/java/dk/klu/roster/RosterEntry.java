package dk.klu.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One term of one person on the committee.
 *
 * @param userId the Camunda user the person logs in with, or null
 * @param appointedBy the body that appointed them (e.g. "PLO-Aalborg", "Sundheds- og
 *     Kulturforvaltningen")
 * @param organisation their department or organisation
 * @param contactPerson the municipal member who is the GPs' contact person (national guidance)
 * @param termTo the last day of the term, or null while it runs
 * @param createdAt when the term was entered
 * @param endedAt when its end was entered, or null
 */
public record RosterEntry(
    long id,
    String userId,
    String name,
    CommitteeRole role,
    String appointedBy,
    String organisation,
    String email,
    boolean contactPerson,
    LocalDate termFrom,
    LocalDate termTo,
    OffsetDateTime createdAt,
    OffsetDateTime endedAt) {

  /** Whether the person sits on the committee on the day. */
  public boolean servesOn(LocalDate day) {
    return !termFrom.isAfter(day) && (termTo == null || !termTo.isBefore(day));
  }
}
