package dk.klu.minutes;

/** One person's attendance at a meeting. */
public record Attendee(String name, String userId, Role role, Status status, String replacedBy) {

  /** Why the person is on the list. */
  public enum Role {
    CHAIR("Formand"),
    GP_MEMBER("Praktiserende læge (PLO)"),
    MUNICIPAL_MEMBER("Kommunal repræsentant"),
    PRACTICE_CONSULTANT("Praksiskonsulent"),
    ADDITIONAL_GP("Ekstra deltagende læge");

    private final String danish;

    Role(String danish) {
      this.danish = danish;
    }

    public String danish() {
      return danish;
    }
  }

  /** Present, absent, or replaced by another GP (who is then paid in the member's place). */
  public enum Status {
    PRESENT,
    ABSENT,
    REPLACED
  }
}
