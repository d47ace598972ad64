package dk.klu.notification;

import dk.klu.document.DocumentRepository;
import dk.klu.document.EvaluationDocuments;
import dk.klu.document.ReleasedDocument;
import dk.klu.meeting.Meeting;
import dk.klu.meeting.MeetingService;
import dk.klu.publication.MeetingCalendar;
import dk.klu.publication.PublicLinks;
import dk.klu.rules.MeetingSchedule;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a recorded message as mail: a plain-text and an HTML part from the templates {@code
 * mail/message.txt} and {@code mail/message.html}, the link as an absolute URL, and the attachments
 * the message names (the released PDF, a calendar invitation). One recipient gets the mail
 * addressed to them; several get it as blind copies, so members do not see each other's addresses.
 */
@Component
public record MailComposer(
    ITemplateEngine htmlTemplates,
    MailTexts textTemplates,
    MailProperties properties,
    PublicLinks links,
    DocumentRepository documents,
    MeetingService meetings,
    MeetingCalendar calendar) {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  /** Fills {@code mail} with the message for the given addresses. */
  public void compose(MimeMessage mail, OutboxEntry entry, List<String> addresses, Instant now)
      throws MessagingException {
    Message message = entry.message();
    MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
    try {
      helper.setFrom(properties.from(), properties.fromName());
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("Afsendernavnet kan ikke skrives", e);
    }
    if (addresses.size() == 1) {
      helper.setTo(addresses.get(0));
    } else {
      helper.setTo(properties.from());
      helper.setBcc(addresses.toArray(String[]::new));
    }
    helper.setSubject(message.subject());
    Map<String, Object> model =
        Map.of(
            "subject", message.subject(),
            "paragraphs", Arrays.asList(message.body().split("\\n\\s*\\n")),
            "body", message.body(),
            "link", message.link() == null ? "" : links.absolute(message.link()),
            "linkLabel", message.linkLabel() == null ? "Åbn" : message.linkLabel(),
            "sender", properties.fromName(),
            "archive", links.absolute("/public/meetings"));
    helper.setText(
        textTemplates.render("mail/message.txt", model) + "\n",
        htmlTemplates.process("mail/message", new Context(DANISH, model)));
    for (String reference : message.attachments()) {
      attach(helper, reference, addresses, now);
    }
  }

  private void attach(MimeMessageHelper helper, String reference, List<String> to, Instant now)
      throws MessagingException {
    String[] parts = reference.split(":", 2);
    long id = Long.parseLong(parts[1]);
    switch (parts[0]) {
      case "document" -> {
        ReleasedDocument doc =
            documents
                .get(id)
                .orElseThrow(() -> new MessagingException("Dokument " + id + " findes ikke"));
        Meeting m = meetings.get(doc.meetingId());
        String name =
            doc.fileName(m.startsAt().atZoneSameInstant(MeetingSchedule.KLU_ZONE).toLocalDate());
        helper.addAttachment(name, new ByteArrayResource(documents.pdf(id)), "application/pdf");
      }
      case "evaluation" -> {
        EvaluationDocuments.Released doc =
            documents
                .evaluation(id)
                .orElseThrow(() -> new MessagingException("Årsevaluering " + id + " findes ikke"));
        helper.addAttachment(
            doc.fileName(), new ByteArrayResource(documents.evaluationPdf(id)), "application/pdf");
      }
      case "invitation" -> {
        Meeting m = meetings.get(id);
        String ics = calendar.invitation(m, properties.from(), to, now);
        helper.addAttachment(
            "invitation.ics",
            new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
            "text/calendar; charset=UTF-8; method=REQUEST");
      }
      default -> throw new MessagingException("Ukendt bilag: " + reference);
    }
  }
}
