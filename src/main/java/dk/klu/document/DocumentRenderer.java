package dk.klu.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.klu.meeting.CommitteeProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an agenda or minutes from one Thymeleaf template to accessible HTML (language, headings,
 * lists and tables with headers) and to tagged PDF (PDF/UA, fonts embedded) from the same HTML.
 */
@Component
public record DocumentRenderer(ITemplateEngine templates, CommitteeProperties committee) {

  private static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  /**
   * The document as an HTML page.
   *
   * @param web whether it is shown on the web (with navigation) or printed to PDF
   * @param status a line such as "Udkast" or "Version 2, udsendt 4. marts 2027"
   */
  public String html(DocumentContent.View view, boolean web, String status, String note) {
    return html(
        view.kind() == DocumentKind.AGENDA ? "agenda" : "minutes",
        Map.of(
            "doc",
            view,
            "web",
            web,
            "status",
            status == null ? "" : status,
            "note",
            note == null ? "" : note));
  }

  /**
   * A document from its template in {@code templates/documents/} (the agenda and minutes above, the
   * annual evaluation), with the committee's name and the given variables.
   */
  public String html(String template, Map<String, Object> variables) {
    Context context = new Context(DocumentContent.DANISH);
    context.setVariables(variables);
    context.setVariable("committee", committee.displayName());
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
    builder.withProducer(committee.displayName());
    font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
      return captionsInsideTables(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("PDF kunne ikke dannes", e);
    }
  }

  /**
   * openhtmltopdf tags a table with a caption as a Div holding Caption and Table side by side (the
   * CSS table wrapper box); a screen reader then does not know whose caption it is. ISO 32000-1
   * (14.8.4.3.4) puts Caption inside Table, as its first kid: moved there in the structure tree.
   */
  static byte[] captionsInsideTables(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
      if (root == null || !moveCaptions(root.getKids())) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static boolean moveCaptions(List<Object> kids) {
    boolean moved = false;
    for (int i = 0; i < kids.size(); i++) {
      if (!(kids.get(i) instanceof PDStructureElement element)) {
        continue;
      }
      List<Object> children = element.getKids();
      if (children.size() == 2
          && children.get(0) instanceof PDStructureElement caption
          && "Caption".equals(caption.getStructureType())
          && children.get(1) instanceof PDStructureElement table
          && "Table".equals(table.getStructureType())) {
        element.removeKid(caption);
        List<Object> rows = table.getKids();
        if (rows.isEmpty()) {
          table.appendKid(caption);
        } else {
          table.insertBefore(caption, rows.get(0));
        }
        // insertBefore leaves the caption's /P at the Div; a reader walking up from its content
        // (veraPDF, PDF/UA-1 7.1-3) would find it outside the tree
        caption.setParent(table);
        moved = true;
      } else {
        moved |= moveCaptions(children);
      }
    }
    return moved;
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
