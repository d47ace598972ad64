package dk.klu.honorarium;

/**
 * How a person took part in a meeting, as the decision table {@code klu-fee-eligibility} reads it:
 * the Danish text is the value of the table's input "Deltagelse", so process owners read the table
 * in Danish.
 */
public enum Participation {
  /** An appointed GP member (the GP chair included) who was present. */
  APPOINTED_GP_PRESENT("Udpeget praktiserende læge, til stede"),
  /** A GP who came in an appointed GP member's place. */
  REPLACEMENT_GP("Stedfortræder for udpeget læge"),
  /** An appointed GP member who sent another GP in their place. */
  APPOINTED_GP_REPLACED("Udpeget praktiserende læge, erstattet"),
  /** An appointed GP member who was absent without a replacement. */
  APPOINTED_GP_ABSENT("Udpeget praktiserende læge, fraværende"),
  /** A GP who came in addition to the appointed members. */
  ADDITIONAL_GP("Ekstra deltagende læge"),
  /** The KLU chair and the municipality's members. */
  MUNICIPAL_MEMBER("Kommunal repræsentant"),
  /** The municipality's practice consultant. */
  PRACTICE_CONSULTANT("Praksiskonsulent");

  private final String danish;

  Participation(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }

  /** Whether the person takes one of the committee's paid seats if there is one left. */
  public boolean takesSeat() {
    return this == APPOINTED_GP_PRESENT || this == REPLACEMENT_GP;
  }
}
