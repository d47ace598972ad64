package dk.klu.yearplan.process;

import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import dk.klu.yearplan.DialogueMeeting;
import dk.klu.yearplan.YearPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of {@code klu-year-plan}; their Danish text is in {@code
 * templates/mail/kinds/dialogue-*.txt}. Keys name the cause (plan year and step), so a retried step
 * records nothing twice.
 */
@Component
record YearPlanMessages(MailTexts texts) {

  Message dialogueAnnouncement(
      YearPlan plan, DialogueMeeting dialogue, List<String> invitees, String committee) {
    List<String> to = new ArrayList<>(invitees);
    to.add(Message.group(KluGroups.MEMBER));
    to.add(Message.group(KluGroups.SECRETARIAT));
    return texts.message(
        "DIALOGUE_ANNOUNCED",
        "dialogue-announced:" + plan.year(),
        to,
        null,
        null,
        Map.of("date", date(dialogue), "committee", committee));
  }

  Message dialogueProgramme(
      YearPlan plan, DialogueMeeting dialogue, List<String> invitees, String committee) {
    List<String> to = new ArrayList<>(invitees);
    to.add(Message.group(KluGroups.MEMBER));
    return texts.message(
        "DIALOGUE_PROGRAMME",
        "dialogue-programme:" + plan.year(),
        to,
        null,
        null,
        Map.of(
            "date",
            date(dialogue),
            "committee",
            committee,
            "place",
            dialogue.place(),
            "programme",
            dialogue.programme()));
  }

  Message dialoguePlanningReminder(YearPlan plan, DialogueMeeting dialogue, String due) {
    return reminder("DIALOGUE_PLAN_REMINDER", "dialogue-plan-reminder:", plan, dialogue, due);
  }

  Message dialogueSummaryReminder(YearPlan plan, DialogueMeeting dialogue, String due) {
    return reminder("DIALOGUE_SUMMARY_REMINDER", "dialogue-summary-reminder:", plan, dialogue, due);
  }

  /** A reminder to the secretariat of a step due before or after the dialogue meeting. */
  private Message reminder(
      String kind, String cause, YearPlan plan, DialogueMeeting dialogue, String due) {
    return texts.message(
        kind,
        cause + plan.year(),
        List.of(Message.group(KluGroups.SECRETARIAT)),
        null,
        null,
        Map.of("date", date(dialogue), "due", due));
  }

  private static String date(DialogueMeeting dialogue) {
    return Meeting.danishDate(dialogue.heldOn());
  }
}
