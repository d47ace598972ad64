package dk.klu.people;

/**
 * People as documents and lists name them: a user id becomes the person's full name ("Lene Læge"
 * for {@code laege}); anything else, such as a name typed into a form, is shown as typed. Domain
 * services ask this port; {@link EnginePersonNames} answers from the engine's identity service,
 * where people log in.
 */
public interface PersonNames {

  /** The person's full name for a user id; a text that is not a user id as it is; "" for null. */
  String nameOf(String userIdOrName);
}
