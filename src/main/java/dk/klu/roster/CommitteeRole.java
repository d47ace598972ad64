package dk.klu.roster;

import dk.klu.security.KluGroups;

/**
 * A person's place in the committee (Aalborg's rules, *Deltagere*; the national guidance). The
 * Camunda group is how the person works in Tasklist; the role is what they are in the committee.
 */
public enum CommitteeRole {
  /** The municipality's chair (Aalborg: the vice director of Sundheds- og Kulturforvaltningen). */
  CHAIR("Formand", KluGroups.CHAIR, true, false),
  /** The GPs' chair (Aalborg: the chair of PLO-Aalborg), a PLO GP member. */
  GP_CHAIR("PLO-formand", KluGroups.CHAIR, true, true),
  /** A GP member appointed by PLO (Aalborg) or the local lægelaug (national guidance). */
  PLO_MEMBER("Praktiserende læge (PLO)", KluGroups.MEMBER, true, true),
  /** A representative of one of the municipality's departments. */
  MUNICIPAL_MEMBER("Kommunal repræsentant", KluGroups.MEMBER, true, false),
  /** A representative of the hospital (Aalborg: Aalborg Universitetshospital). */
  HOSPITAL_MEMBER("Repræsentant for sygehuset", KluGroups.MEMBER, true, false),
  /** A municipal practice consultant: attends, receives agenda and minutes; not a member. */
  PRACTICE_CONSULTANT("Praksiskonsulent", KluGroups.PRACTICE_CONSULTANT, false, false),
  /** The committee's secretary: attends and writes the minutes; not a member. */
  SECRETARY("Sekretær", KluGroups.SECRETARIAT, false, false);

  private final String danish;
  private final String group;
  private final boolean member;
  private final boolean ploGp;

  CommitteeRole(String danish, String group, boolean member, boolean ploGp) {
    this.danish = danish;
    this.group = group;
    this.member = member;
    this.ploGp = ploGp;
  }

  /** The role as documents and lists name it. */
  public String danish() {
    return danish;
  }

  /** The Camunda group a person in this role works in. */
  public String group() {
    return group;
  }

  /** A member of the committee (called for items); consultants and the secretary attend only. */
  public boolean member() {
    return member;
  }

  /** A GP appointed by PLO: the only people who fill the committee's paid seats. */
  public boolean ploGp() {
    return ploGp;
  }
}
