package dk.klu.honorarium.process;

import dk.klu.honorarium.DanishNumbers;
import dk.klu.honorarium.FeeList;
import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of {@code klu-honorarium}, all to the secretariat; their Danish text is in {@code
 * templates/mail/kinds/fees-*.txt}. Keys name the cause (meeting, reminder number), so a retried
 * step records nothing twice.
 */
@Component
record HonorariumMessages(MailTexts texts) {

  private static final List<String> SECRETARIAT = List.of(Message.group(KluGroups.SECRETARIAT));

  Message reminder(Meeting meeting, FeeList list, int number) {
    return texts
        .message(
            "FEES_APPROVAL_REMINDER",
            "fees-reminder:" + meeting.id() + ":" + number,
            SECRETARIAT,
            meeting.id(),
            null,
            totals(meeting, list))
        .withTasklistLink();
  }

  Message approved(Meeting meeting, FeeList list) {
    Map<String, Object> model = new HashMap<>(totals(meeting, list));
    model.put("approvedBy", list.approvedBy());
    return texts
        .message(
            "FEES_APPROVED",
            "fees-approved:" + meeting.id(),
            SECRETARIAT,
            meeting.id(),
            null,
            model)
        .withLink("/api/fees/meetings/" + meeting.id() + ".csv", "Hent honorarlisten (CSV)");
  }

  Message attendanceChangedAfterApproval(Meeting meeting, long cause) {
    return texts.message(
        "FEES_ATTENDANCE_AFTER_APPROVAL",
        "fees-attendance-after-approval:" + meeting.id() + ":" + cause,
        SECRETARIAT,
        meeting.id(),
        null,
        Map.of("meeting", meeting.label()));
  }

  private static Map<String, Object> totals(Meeting meeting, FeeList list) {
    return Map.of(
        "meeting",
        meeting.label(),
        "total",
        DanishNumbers.amount(list.totalAmount()),
        "doctors",
        list.paidLines().size());
  }
}
