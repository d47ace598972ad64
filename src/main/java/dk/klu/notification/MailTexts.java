package dk.klu.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Danish text of mail, from Thymeleaf templates in TEXT mode under {@code templates/}. Each
 * message kind has one template, {@code mail/kinds/<kind>.txt} (the kind in lower case with
 * hyphens: {@code FEES_APPROVED} is {@code fees-approved.txt}), written as a mail is: the subject
 * on the first line, a blank line, then the body. It is rendered when the message is recorded, so
 * the outbox keeps the very text a retry or a resend sends.
 */
@Component
public class MailTexts {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTexts() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    engine.setTemplateResolver(resolver);
  }

  /** The subject and body of a message. */
  public record Text(String subject, String body) {

    /** A message with this text. */
    public Message message(
        String kind, String key, List<String> recipients, Long meetingId, Long itemId) {
      return new Message(key, kind, recipients, subject, body, meetingId, itemId);
    }
  }

  /** The template of a message kind. */
  private static String template(String kind) {
    return "mail/kinds/" + kind.toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
  }

  /**
   * A text template (a path under {@code templates/}) filled with the model, without the newline
   * that ends the file.
   */
  public String render(String template, Map<String, ?> model) {
    String text = engine.process(template, new Context(DANISH, new HashMap<>(model)));
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /** The subject and body of a message kind, filled with the model. */
  public Text text(String kind, Map<String, ?> model) {
    String text = render(template(kind), model);
    int blank = text.indexOf("\n\n");
    return new Text(text.substring(0, blank), text.substring(blank + 2));
  }

  /** A message of the given kind, its subject and body from the kind's template. */
  public Message message(
      String kind,
      String key,
      List<String> recipients,
      Long meetingId,
      Long itemId,
      Map<String, ?> model) {
    return text(kind, model).message(kind, key, recipients, meetingId, itemId);
  }
}
