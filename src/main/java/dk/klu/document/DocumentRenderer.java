package dk.klu.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an agenda or minutes from one Thymeleaf template to accessible HTML (language, headings,
 * lists and tables with headers) and to tagged PDF (PDF/UA, fonts embedded) from the same HTML.
 */
@Component
public class DocumentRenderer {

  private static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  private final ITemplateEngine templates;
  private final String committeeName;

  public DocumentRenderer(
      ITemplateEngine templates,
      @Value("${klu.committee.display-name:Kommunalt Lægeligt Udvalg}") String committeeName) {
    this.templates = templates;
    this.committeeName = committeeName;
  }

  /**
   * The document as an HTML page.
   *
   * @param web whether it is shown on the web (with navigation) or printed to PDF
   * @param status a line such as "Udkast" or "Version 2, udsendt 4. marts 2027"
   */
  public String html(DocumentContent.View view, boolean web, String status, String note) {
    Context context = new Context(DocumentContent.DANISH);
    context.setVariables(
        Map.of(
            "doc", view,
            "committee", committeeName,
            "web", web,
            "status", status == null ? "" : status,
            "note", note == null ? "" : note));
    String template = view.kind() == DocumentKind.AGENDA ? "documents/agenda" : "documents/minutes";
    return templates.process(template, context);
  }

  /**
   * Another document from its template in {@code templates/documents/} (the annual evaluation),
   * with the committee's name and the given variables.
   */
  public String html(String template, Map<String, Object> variables) {
    Context context = new Context(DocumentContent.DANISH);
    context.setVariables(variables);
    context.setVariable("committee", committeeName);
    return templates.process("documents/" + template, context);
  }

  /**
   * The same document as a tagged PDF (PDF/UA) with embedded fonts. Loads nothing from outside: the
   * documents carry text people wrote, so an {@code <img>}, {@code @import}, {@code url()} or
   * {@code file:} reference in it must never make the server fetch a URL or read a local file. The
   * fonts come from the class path through {@link #font}, not through a URI.
   */
  public byte[] pdf(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    // Every external resource (CSS, images, SVG, XML, embedded files) is refused before and after
    // its URI is resolved, and no URI resolves: openhtmltopdf then renders without it.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.useUriResolver((baseUri, uri) -> null);
    builder.usePdfUaAccessibility(true);
    builder.withProducer(committeeName);
    font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF kunne ikke dannes", e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(
        () -> {
          InputStream in = DocumentRenderer.class.getResourceAsStream(FONTS + file);
          if (in == null) {
            throw new IllegalStateException("Skrifttypen " + file + " mangler på classpath");
          }
          return in;
        },
        FONT_FAMILY,
        weight,
        style,
        true);
  }
}
