package dk.klu.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** The group ids are part of the public contract: other systems and the README name them. */
public final class KluGroups {

  public static final String SECRETARIAT = "secretariat";
  public static final String CHAIR = "chair";
  public static final String MEMBER = "member";
  public static final String PRACTICE_CONSULTANT = "practice-consultant";
  public static final String PROCESS_OWNER = "process-owner";

  /** Camunda's own administrator group. */
  public static final String ADMIN = Groups.CAMUNDA_ADMIN;

  /** The committee's groups with their Danish names, in the order Admin lists them. */
  public static final List<GroupDefinition> ALL =
      List.of(
          new GroupDefinition(SECRETARIAT, "KLU-sekretariatet"),
          new GroupDefinition(CHAIR, "Formandskabet"),
          new GroupDefinition(MEMBER, "Udvalgsmedlemmer"),
          new GroupDefinition(PRACTICE_CONSULTANT, "Praksiskonsulenter"),
          new GroupDefinition(PROCESS_OWNER, "Procesejere"));

  private KluGroups() {}

  /** A group id with the name people see. */
  public record GroupDefinition(String id, String name) {}
}
