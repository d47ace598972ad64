package dk.klu.meeting.process;

import dk.klu.meeting.Meeting;
import dk.klu.notification.Message;
import dk.klu.roster.CommitteeRole;
import dk.klu.roster.RosterEntry;
import dk.klu.roster.RosterService;
import dk.klu.rules.MeetingSchedule;
import dk.klu.security.KluGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Who a meeting's mails go to, from the roster on the meeting's date: the committee's members are
 * called for items; the members, the practice consultants and the secretary receive the agenda and
 * the minutes. A person is reached at the roster's e-mail address, or through their user when the
 * roster has none. Until anyone is on the roster for that day, the Camunda groups are used as
 * before the roster existed.
 */
@Component
public record MeetingRecipients(RosterService roster) {

  /** The call for items and its reminder: the members (and the secretariat, for the call). */
  public List<String> called(Meeting m) {
    return of(m, CommitteeRole::member, List.of(Message.group(KluGroups.MEMBER)));
  }

  /** The agenda and the minutes: everyone on the roster. */
  public List<String> readers(Meeting m) {
    return of(
        m, role -> true, List.of(Message.group(KluGroups.MEMBER), Message.group(KluGroups.CHAIR)));
  }

  private List<String> of(Meeting m, Predicate<CommitteeRole> who, List<String> withoutRoster) {
    var day = m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate();
    List<RosterEntry> onTheDay = roster.on(day);
    if (onTheDay.isEmpty()) {
      return withoutRoster;
    }
    List<String> recipients = new ArrayList<>();
    for (RosterEntry e : onTheDay) {
      if (who.test(e.role())) {
        String address = e.email() != null ? e.email() : e.userId();
        if (address != null && !recipients.contains(address)) {
          recipients.add(address);
        }
      }
    }
    return recipients;
  }
}
