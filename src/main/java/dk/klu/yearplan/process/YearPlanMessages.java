package dk.klu.yearplan.process;

import dk.klu.meeting.Meeting;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import dk.klu.yearplan.DialogueMeeting;
import dk.klu.yearplan.YearPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The Danish messages of {@code klu-year-plan}. Keys name the cause (plan year and step), so a
 * retried step records nothing twice.
 */
final class YearPlanMessages {

  private YearPlanMessages() {}

  static Message dialogueAnnouncement(
      YearPlan plan, DialogueMeeting dialogue, List<String> invitees, String committee) {
    List<String> to = new ArrayList<>(invitees);
    to.add(Message.group(KluGroups.MEMBER));
    to.add(Message.group(KluGroups.SECRETARIAT));
    return new Message(
        "dialogue-announced:" + plan.year(),
        "DIALOGUE_ANNOUNCED",
        to,
        "Sæt kryds i kalenderen: dialogmøde " + Meeting.danishDate(dialogue.heldOn()),
        committee
            + " inviterer kommunens praktiserende læger og praksispersonale samt centrale"
            + " aktører i kommunen til dialogmøde "
            + Meeting.danishDate(dialogue.heldOn())
            + ".\n\nPå mødet drøfter vi samarbejdet mellem almen praksis og kommunen om de emner,"
            + " udvalget har aftalt. Program, tid og sted følger, når sekretariatet har planlagt"
            + " mødet.",
        null,
        null);
  }

  static Message dialogueProgramme(
      YearPlan plan, DialogueMeeting dialogue, List<String> invitees, String committee) {
    List<String> to = new ArrayList<>(invitees);
    to.add(Message.group(KluGroups.MEMBER));
    return new Message(
        "dialogue-programme:" + plan.year(),
        "DIALOGUE_PROGRAMME",
        to,
        "Program for dialogmødet " + Meeting.danishDate(dialogue.heldOn()),
        committee
            + " holder dialogmøde "
            + Meeting.danishDate(dialogue.heldOn())
            + " i "
            + dialogue.place()
            + ".\n\nProgram:\n"
            + dialogue.programme(),
        null,
        null);
  }

  static Message dialoguePlanningReminder(YearPlan plan, DialogueMeeting dialogue, String due) {
    return new Message(
        "dialogue-plan-reminder:" + plan.year(),
        "DIALOGUE_PLAN_REMINDER",
        List.of(Message.group(KluGroups.SECRETARIAT)),
        "Påmindelse: planlæg dialogmødet " + Meeting.danishDate(dialogue.heldOn()),
        "Dialogmødet "
            + Meeting.danishDate(dialogue.heldOn())
            + " skal være planlagt (sted og program) senest "
            + due
            + ". Opgaven \"Planlæg dialogmødet\" venter i Tasklist.",
        null,
        null);
  }

  static Message dialogueSummaryReminder(YearPlan plan, DialogueMeeting dialogue, String due) {
    return new Message(
        "dialogue-summary-reminder:" + plan.year(),
        "DIALOGUE_SUMMARY_REMINDER",
        List.of(Message.group(KluGroups.SECRETARIAT)),
        "Påmindelse: resumé af dialogmødet " + Meeting.danishDate(dialogue.heldOn()),
        "Resuméet af dialogmødet "
            + Meeting.danishDate(dialogue.heldOn())
            + " skal skrives senest "
            + due
            + ". Opgaven \"Skriv resumé af dialogmødet\" venter i Tasklist.",
        null,
        null);
  }
}
