package dk.klu.roster.process;

import static dk.klu.process.contract.Variable.*;

import dk.klu.process.contract.FormId;
import dk.klu.process.contract.ModelElement;
import dk.klu.process.contract.Variable;
import dk.klu.roster.CommitteeRole;
import java.time.LocalDate;

/**
 * The contract of {@code klu-member} (docs/adr/0012): a new person on the committee's roster and
 * the secretariat's introduction of them (Aalborg's rules: "Sekretariatet har ansvar for at
 * introducere nye medlemmer"). Started by the secretariat in Tasklist (*Nyt medlem af KLU*) or by
 * {@code POST /api/roster}.
 */
public final class MemberProcess {

  public static final String KEY = "klu-member";

  /** The flow nodes of bpmn/klu-member.bpmn, named by their ids. */
  public enum Element implements ModelElement {
    StartEvent_MemberProposed,
    ServiceTask_AddToRoster,
    UserTask_IntroduceMember,
    BoundaryEvent_IntroductionReminder,
    ServiceTask_RemindIntroduction,
    EndEvent_IntroductionReminded,
    ServiceTask_RecordIntroduction,
    EndEvent_MemberIntroduced;
  }

  /** The forms of the model. */
  public enum Form implements FormId {
    MEMBER_START,
    MEMBER_INTRODUCTION
  }

  // start form klu-member-start: the term
  public static final Variable<String> NAME = stringVariable("memberName");
  public static final Variable<CommitteeRole> ROLE =
      enumVariable("memberRole", CommitteeRole.class);
  public static final Variable<String> APPOINTED_BY = stringVariable("memberAppointedBy");
  public static final Variable<String> ORGANISATION = stringVariable("memberOrganisation");
  public static final Variable<String> EMAIL = stringVariable("memberEmail");
  public static final Variable<String> USER_ID = stringVariable("memberUserId");
  public static final Variable<Boolean> CONTACT_PERSON = booleanVariable("memberContactPerson");
  public static final Variable<LocalDate> TERM_FROM = localDateVariable("memberTermFrom");
  public static final Variable<LocalDate> TERM_TO = localDateVariable("memberTermTo");

  /** Set by the start event ({@code camunda:initiator}). */
  public static final Variable<String> INITIATOR = stringVariable("memberInitiator");

  // set when the term is entered, for the introduction task
  public static final Variable<Long> TERM_ID = longVariable("rosterTermId");
  public static final Variable<String> ROLE_TEXT = stringVariable("memberRoleText");
  public static final Variable<String> TERM_FROM_TEXT = stringVariable("memberTermFromText");
  public static final Variable<String> FIRST_MEETING_TEXT = stringVariable("firstMeetingText");
  public static final Variable<String> INTRODUCTION_DUE = stringVariable("introductionDue");
  public static final Variable<String> INTRODUCTION_REMINDER =
      stringVariable("introductionReminder");

  // introduction form klu-member-introduction
  public static final Variable<Boolean> MATERIAL_SENT = booleanVariable("introMaterialSent");
  public static final Variable<Boolean> YEAR_PLAN_SENT = booleanVariable("introYearPlanSent");
  public static final Variable<Boolean> MINUTES_SENT = booleanVariable("introMinutesSent");
  public static final Variable<String> CONTACT = stringVariable("introContact");
  public static final Variable<String> NOTE = stringVariable("introNote");

  private MemberProcess() {}
}
