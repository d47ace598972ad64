package dk.klu.agreement.process;

import dk.klu.agreement.Agreement;
import dk.klu.agreement.GpChannel;
import dk.klu.meeting.Meeting;
import dk.klu.notification.Message;
import dk.klu.security.KluGroups;
import java.util.ArrayList;
import java.util.List;

/**
 * The Danish messages of {@code klu-agreement}. Keys name the cause (agreement, sending round,
 * reminder number), so a retried step records nothing twice. Recipients are user ids, groups, or
 * the configured e-mail addresses of the regional bodies and the GPs.
 */
final class AgreementMessages {

  private AgreementMessages() {}

  static Message created(Agreement a) {
    return new Message(
        "agreement-created:" + a.id(),
        "AGREEMENT_CREATED",
        List.of(Message.group(KluGroups.SECRETARIAT), Message.group(KluGroups.PRACTICE_CONSULTANT)),
        "Aftaleudkast til udarbejdelse: " + a.title(),
        "KLU har aftalt et udkast til en aftale: \""
            + a.title()
            + "\".\n\nSekretariatet og praksiskonsulenten udarbejder udkastet i Tasklist"
            + " (\"Udarbejd aftaleudkast\"), hvorefter det sendes ad den rette vej til formalisering.",
        a.originMeetingId(),
        a.originItemId());
  }

  /** The subject of the draft sent to the body. */
  static String draftSubject(Agreement a) {
    return "Udkast til aftale fra KLU: " + a.title();
  }

  /** The text sent to the body: what the registry keeps a copy of. */
  static String draftBody(Agreement a, String committee) {
    StringBuilder body = new StringBuilder();
    body.append("Til ")
        .append(a.route().body())
        .append("\n\n")
        .append(committee)
        .append(" har udarbejdet vedlagte udkast til aftale og beder om, at det formaliseres som ")
        .append(a.route().danish().toLowerCase(java.util.Locale.ROOT))
        .append(".\n\nHonorar: ")
        .append(a.payer().danish());
    if (a.settlementAgreementRequired()) {
      body.append(" (afregnes via regionens afregningssystem efter aftale mellem kommunen og")
          .append(" regionen)");
    }
    body.append(".\n\n--- Udkast: ")
        .append(a.title())
        .append(" ---\n\n")
        .append(a.draftText())
        .append(
            "\n\nSvar venligst KLU-sekretariatet: aftalen formaliseres (med ikrafttrædelsesdato),")
        .append(" der ønskes ændringer, eller aftalen afvises (med begrundelse).");
    return body.toString();
  }

  static Message draft(Agreement a, String subject, String body) {
    return new Message(
        "agreement-sent:" + a.id() + ":" + a.sendingRound(),
        "AGREEMENT_SENT",
        List.of(a.recipientAddress(), Message.group(KluGroups.SECRETARIAT)),
        subject,
        body,
        a.originMeetingId(),
        a.originItemId());
  }

  static Message reminder(Agreement a, int number) {
    return new Message(
        "agreement-reminder:" + a.id() + ":" + a.sendingRound() + ":" + number,
        "AGREEMENT_REMINDER",
        List.of(a.recipientAddress(), Message.group(KluGroups.SECRETARIAT)),
        "Påmindelse: svar på udkast til aftale fra KLU: " + a.title(),
        "KLU sendte "
            + Meeting.danish(a.sentAt())
            + " et udkast til aftale, \""
            + a.title()
            + "\", til "
            + a.route().body()
            + " og afventer stadig svar. Svar venligst KLU-sekretariatet.",
        a.originMeetingId(),
        a.originItemId());
  }

  static Message overdue(Agreement a, String chairUser, String gpChairUser) {
    List<String> to = new ArrayList<>(List.of(Message.group(KluGroups.SECRETARIAT)));
    to.add(chairUser);
    to.add(gpChairUser);
    return new Message(
        "agreement-overdue:" + a.id() + ":" + a.sendingRound(),
        "AGREEMENT_ANSWER_OVERDUE",
        to,
        "Intet svar på aftaleudkast: " + a.title(),
        a.route().body()
            + " har ikke svaret på udkastet til aftale \""
            + a.title()
            + "\", som blev sendt "
            + Meeting.danish(a.sentAt())
            + " ("
            + a.reminders()
            + " påmindelser). Sekretariatet bør kontakte udvalget direkte.",
        a.originMeetingId(),
        a.originItemId());
  }

  /** The default text for the GPs, which the practice consultant and secretariat may edit. */
  static String gpText(Agreement a) {
    String text =
        "Ny lokal aftale: "
            + a.title()
            + "\n\nAftalen er formaliseret som "
            + a.route().danish().toLowerCase(java.util.Locale.ROOT)
            + " og gælder fra "
            + Meeting.danishDate(a.effectiveDate())
            + ". Honorar: "
            + a.payer().danish()
            + ".\n\n"
            + a.draftText();
    // the form allows 10,000 characters: a prefilled text must fit
    return text.length() <= 10_000 ? text : text.substring(0, 9_997) + "...";
  }

  static Message gps(Agreement a, GpChannel channel, String text, String gpMailingList) {
    List<String> to =
        channel == GpChannel.MAIL
            ? List.of(gpMailingList, Message.group(KluGroups.MEMBER))
            : List.of(
                Message.group(KluGroups.PRACTICE_CONSULTANT), Message.group(KluGroups.SECRETARIAT));
    return new Message(
        "agreement-gps:" + a.id(),
        channel == GpChannel.MAIL ? "AGREEMENT_GP_MAIL" : "AGREEMENT_GP_NEWSLETTER",
        to,
        (channel == GpChannel.MAIL ? "" : "Til nyhedsbrevet: ") + "Ny lokal aftale: " + a.title(),
        text,
        a.originMeetingId(),
        a.originItemId());
  }
}
