package dk.klu.minutes;

/** One person's attendance at a meeting. */
public record Attendee(String name, String userId, Role role, Status status, String replacedBy) {

  /** Why the person is on the list: their place in the committee on the meeting's day. */
  public enum Role {
    CHAIR("Formand"),
    GP_CHAIR("PLO-formand"),
    GP_MEMBER("Praktiserende læge (PLO)"),
    MUNICIPAL_MEMBER("Kommunal repræsentant"),
    HOSPITAL_MEMBER("Repræsentant for sygehuset"),
    PRACTICE_CONSULTANT("Praksiskonsulent"),
    SECRETARY("Sekretær"),
    ADDITIONAL_GP("Ekstra deltagende læge");

    private final String danish;

    Role(String danish) {
      this.danish = danish;
    }

    public String danish() {
      return danish;
    }

    /** The attendance role of a place in the committee. */
    public static Role of(dk.klu.roster.CommitteeRole role) {
      return switch (role) {
        case CHAIR -> CHAIR;
        case GP_CHAIR -> GP_CHAIR;
        case PLO_MEMBER -> GP_MEMBER;
        case MUNICIPAL_MEMBER -> MUNICIPAL_MEMBER;
        case HOSPITAL_MEMBER -> HOSPITAL_MEMBER;
        case PRACTICE_CONSULTANT -> PRACTICE_CONSULTANT;
        case SECRETARY -> SECRETARY;
      };
    }

    /** A GP appointed by PLO: fills a paid seat, and only they can be replaced by another GP. */
    public boolean ploGp() {
      return this == GP_CHAIR || this == GP_MEMBER;
    }
  }

  /** Present, absent, or replaced by another GP (who is then paid in the member's place). */
  public enum Status {
    PRESENT,
    ABSENT,
    REPLACED
  }
}
