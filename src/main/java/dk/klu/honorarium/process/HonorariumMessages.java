package dk.klu.honorarium.process;

import dk.klu.honorarium.DanishNumbers;
import dk.klu.honorarium.FeeList;
import dk.klu.meeting.Meeting;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.List;

/**
 * The Danish messages of {@code klu-honorarium}, all to the secretariat. Keys name the cause
 * (meeting, reminder number), so a retried step records nothing twice.
 */
final class HonorariumMessages {

  static final String TASKLIST_LINK = "/camunda/app/tasklist/default/";

  private HonorariumMessages() {}

  static String csvLink(long meetingId) {
    return "/api/fees/meetings/" + meetingId + ".csv";
  }

  static Message reminder(Meeting meeting, FeeList list, int number) {
    return new Message(
            "fees-reminder:" + meeting.id() + ":" + number,
            "FEES_APPROVAL_REMINDER",
            List.of(Message.group(KluGroups.SECRETARIAT)),
            "Påmindelse: godkend honorarlisten for " + meeting.label(),
            "Honorarlisten for "
                + meeting.label()
                + " venter på godkendelse (opgaven \"Godkend honorarliste\" i Tasklist).\n\n"
                + "Honorarer i alt: "
                + DanishNumbers.amount(list.totalAmount())
                + " kr. til "
                + list.paidLines().size()
                + " læge(r).",
            meeting.id(),
            null)
        .withLink(TASKLIST_LINK, "Åbn Tasklist");
  }

  static Message approved(Meeting meeting, FeeList list) {
    return new Message(
            "fees-approved:" + meeting.id(),
            "FEES_APPROVED",
            List.of(Message.group(KluGroups.SECRETARIAT)),
            "Honorarlisten er godkendt: " + meeting.label(),
            "Honorarlisten for "
                + meeting.label()
                + " er godkendt af "
                + list.approvedBy()
                + " og kan ikke længere ændres.\n\n"
                + "Honorarer i alt: "
                + DanishNumbers.amount(list.totalAmount())
                + " kr. til "
                + list.paidLines().size()
                + " læge(r). Hent listen som CSV-fil til kommunens økonomisystem.",
            meeting.id(),
            null)
        .withLink(csvLink(meeting.id()), "Hent honorarlisten (CSV)");
  }

  static Message attendanceChangedAfterApproval(Meeting meeting, long cause) {
    return new Message(
        "fees-attendance-after-approval:" + meeting.id() + ":" + cause,
        "FEES_ATTENDANCE_AFTER_APPROVAL",
        List.of(Message.group(KluGroups.SECRETARIAT)),
        "Fremmødet er ændret efter godkendt honorarliste: " + meeting.label(),
        "Fremmødet til "
            + meeting.label()
            + " er registreret igen, efter at honorarlisten blev godkendt. Den godkendte liste er"
            + " låst og ændres ikke; ret en eventuel fejludbetaling direkte i økonomisystemet.",
        meeting.id(),
        null);
  }
}
