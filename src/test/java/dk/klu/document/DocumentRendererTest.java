package dk.klu.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.document.DocumentContent.ActionView;
import dk.klu.document.DocumentContent.AttendeeView;
import dk.klu.document.DocumentContent.ItemView;
import dk.klu.meeting.CommitteeProperties;
import dk.klu.support.HtmlChecker;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The documents' templates: valid HTML (Nu checker), escaped text, and tagged PDF (PDF/UA). */
class DocumentRendererTest {

  private final DocumentRenderer renderer = renderer();

  /** The renderer of a committee named "Testkommunes KLU". */
  static DocumentRenderer renderer() {
    return new DocumentRenderer(
        engine(),
        new CommitteeProperties("KLU", "formand", "plo-formand", 10, 15, "Testkommunes KLU"));
  }

  static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  static DocumentContent.View view(DocumentKind kind, Audience audience) {
    ItemView open =
        new ItemView(
            "2.1",
            1,
            "Vagtlæger & <script>alert('x')</script>",
            "Lægedækning",
            "Til drøftelse/beslutning",
            20,
            null,
            "Linje 1\nLinje 2",
            "Sagsfremstilling med \"citat\"",
            "Udvalget drøftede <b>sagen</b>.",
            "Besluttet: æ ø å.",
            true,
            false,
            false,
            List.of(new ActionView("Skriv til PLO", "Sekretariatet", "1. april 2027")));
    ItemView closed =
        new ItemView(
            "3.1",
            2,
            "Lukket punkt",
            null,
            null,
            10,
            null,
            null,
            null,
            null,
            null,
            false,
            true,
            false,
            List.of());
    return new DocumentContent.View(
        7,
        kind,
        audience,
        kind.danish() + " – KLU-møde 4. marts 2027",
        "KLU-møde",
        "Torsdag den 4. marts 2027",
        "kl. 14.00–16.00",
        "Rådhuset, mødelokale 1",
        List.of(open),
        List.of(closed),
        30,
        List.of(new AttendeeView("Anne Læge", "Praktiserende læge (PLO)", "Til stede")),
        List.of(new ActionView("Skriv til PLO", "Sekretariatet", "1. april 2027")));
  }

  @Test
  void agendaAndMinutesAreValidHtmlWithTheirTextEscaped() {
    for (DocumentKind kind : DocumentKind.values()) {
      for (boolean web : List.of(true, false)) {
        String html = renderer.html(view(kind, Audience.PUBLIC), web, "Udkast", "Rettet dato");
        assertThat(HtmlChecker.errors(html)).as(kind + " web=" + web).isEmpty();
        assertThat(html)
            .contains("<html lang=\"da\"")
            .doesNotContain("<script>")
            .contains("&lt;script&gt;")
            .contains("Lukket punkt")
            .contains("<th scope=\"col\">");
      }
    }
  }

  @Test
  void theCheckerReallyReportsErrors() {
    assertThat(HtmlChecker.errors("<!DOCTYPE html><html><body><p><div></p></body></html>"))
        .isNotEmpty();
  }

  @Test
  void pdfIsTaggedWithLanguageTitleAndEmbeddedFonts() throws Exception {
    String html = renderer.html(view(DocumentKind.MINUTES, Audience.COMMITTEE), false, "", "");
    byte[] pdf = renderer.pdf(html);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(catalog.getLanguage()).isEqualTo("da");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Referat – KLU-møde 4. marts 2027");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Besluttet: æ ø å.").contains("Anne Læge").contains("Deltagere");
    }
  }
}
