package dk.klu.agreement.process;

import dk.klu.agreement.Agreement;
import dk.klu.agreement.GpChannel;
import dk.klu.meeting.Meeting;
import dk.klu.notification.MailTexts;
import dk.klu.notification.Message;
import dk.klu.persistence.ColumnValue;
import dk.klu.security.KluGroups;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messages of {@code klu-agreement}; their Danish text is in {@code
 * templates/mail/kinds/agreement-*.txt}. Keys name the cause (agreement, sending round, reminder
 * number), so a retried step records nothing twice. Recipients are user ids, groups, or the
 * configured e-mail addresses of the regional bodies and the GPs.
 */
@Component
record AgreementMessages(MailTexts texts) {

  private static final String SECRETARIAT = Message.group(KluGroups.SECRETARIAT);

  private Message message(String kind, String key, List<String> to, Agreement a, Map<String, ?> m) {
    return texts.message(kind, key, to, a.originMeetingId(), a.originItemId(), m);
  }

  Message created(Agreement a) {
    return message(
        "AGREEMENT_CREATED",
        "agreement-created:" + a.id(),
        List.of(SECRETARIAT, Message.group(KluGroups.PRACTICE_CONSULTANT)),
        a,
        Map.of("title", a.title()));
  }

  /** The draft to the body: what the registry keeps a copy of. */
  MailTexts.Text draft(Agreement a, String committee) {
    return texts.text(
        "AGREEMENT_SENT",
        Map.of(
            "title", a.title(),
            "regionalBody", a.route().body(),
            "committee", committee,
            "route", a.route().danish(),
            "payer", a.payer().danish(),
            "settlement", a.settlementAgreementRequired(),
            "draft", a.draftText()));
  }

  /** The draft as sent, once the agreement knows its recipient and sending round. */
  static Message sent(Agreement a, MailTexts.Text draft) {
    return draft.message(
        "AGREEMENT_SENT",
        "agreement-sent:" + a.id() + ":" + a.sendingRound(),
        List.of(a.recipientAddress(), SECRETARIAT),
        a.originMeetingId(),
        a.originItemId());
  }

  Message reminder(Agreement a, int number) {
    return message(
        "AGREEMENT_REMINDER",
        "agreement-reminder:" + a.id() + ":" + a.sendingRound() + ":" + number,
        List.of(a.recipientAddress(), SECRETARIAT),
        a,
        Map.of(
            "title", a.title(),
            "sentAt", Meeting.danish(a.sentAt()),
            "regionalBody", a.route().body()));
  }

  Message overdue(Agreement a, String chairUser, String gpChairUser) {
    return message(
        "AGREEMENT_ANSWER_OVERDUE",
        "agreement-overdue:" + a.id() + ":" + a.sendingRound(),
        List.of(SECRETARIAT, chairUser, gpChairUser),
        a,
        Map.of(
            "title", a.title(),
            "sentAt", Meeting.danish(a.sentAt()),
            "regionalBody", a.route().body(),
            "reminders", a.reminders()));
  }

  /** The default text for the GPs, which the practice consultant and secretariat may edit. */
  String gpText(Agreement a) {
    String text =
        texts.render(
            "mail/agreement-gp-text.txt",
            Map.of(
                "title", a.title(),
                "route", a.route().danish(),
                "effective", Meeting.danishDate(a.effectiveDate()),
                "payer", a.payer().danish(),
                "draft", a.draftText()));
    // the form allows 10,000 characters: a prefilled text must fit
    return ColumnValue.fit(text, 10_000);
  }

  Message gps(Agreement a, GpChannel channel, String text, String gpMailingList) {
    boolean mail = channel == GpChannel.MAIL;
    return message(
        mail ? "AGREEMENT_GP_MAIL" : "AGREEMENT_GP_NEWSLETTER",
        "agreement-gps:" + a.id(),
        mail
            ? List.of(gpMailingList, Message.group(KluGroups.MEMBER))
            : List.of(Message.group(KluGroups.PRACTICE_CONSULTANT), SECRETARIAT),
        a,
        Map.of("title", a.title(), "text", text));
  }
}
