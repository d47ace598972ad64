package dk.klu.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.PdfStructure;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The PDFs read in order for a screen reader: their structure tree, walked as a screen reader walks
 * it, gives each label right before its value (veraPDF's PDF/UA-1 checks pass either way).
 */
class ReadingOrderTest {

  private final DocumentRenderer renderer = DocumentRendererTest.renderer();

  @Test
  void agendaReadsEachLabelBeforeItsValue() throws Exception {
    List<String> texts = texts(DocumentKind.AGENDA);

    readsTheMeetingBefore(texts, "1. Godkendelse af dagsorden");
    assertThat(texts)
        .containsSequence("Emne", "Lægedækning")
        .containsSequence("Forventet tid", "20 minutter");
  }

  @Test
  void minutesReadEachLabelBeforeItsValue() throws Exception {
    List<String> texts = texts(DocumentKind.MINUTES);

    readsTheMeetingBefore(texts, "Deltagere");
  }

  @Test
  void theReaderFollowsTheStructureTreeNotThePage() throws Exception {
    // the structure reader itself: every heading and table cell of the agenda, in document order
    assertThat(texts(DocumentKind.AGENDA))
        .containsSubsequence(
            "Dagsorden – KLU-møde 4. marts 2027",
            "2. Punkter til drøftelse/beslutning",
            "Beskrivelse",
            "4. Eventuelt",
            "Forventet tid pr. punkt",
            "Nr.",
            "2.1",
            "I alt",
            "30");
  }

  @Test
  void everyCaptionIsTheFirstKidOfItsTable() throws Exception {
    for (DocumentKind kind : DocumentKind.values()) {
      String html =
          renderer.html(DocumentRendererTest.view(kind, Audience.COMMITTEE), false, "", "");
      try (PDDocument doc = Loader.loadPDF(renderer.pdf(html))) {
        List<PdfStructure.Element> order = PdfStructure.readingOrder(doc);
        List<String> captions =
            order.stream().filter(e -> e.type().equals("Caption")).map(e -> e.path()).toList();
        assertThat(captions)
            .as(kind.name())
            .isNotEmpty()
            .allMatch(p -> p.endsWith("/Table/Caption"));
        for (int i = 0; i < order.size(); i++) {
          if (order.get(i).type().equals("Caption") && order.get(i).text().isEmpty()) {
            // where the caption begins, the Table itself comes right before: its first kid
            assertThat(order.get(i - 1).type()).isEqualTo("Table");
          }
        }
      }
    }
  }

  private List<String> texts(DocumentKind kind) throws Exception {
    String html = renderer.html(DocumentRendererTest.view(kind, Audience.COMMITTEE), false, "", "");
    try (PDDocument doc = Loader.loadPDF(renderer.pdf(html))) {
      return PdfStructure.texts(doc);
    }
  }

  /**
   * The meeting's facts, each label before its value, as agenda and minutes both open; read before
   * {@code firstTextAfter}.
   */
  private static void readsTheMeetingBefore(List<String> texts, String firstTextAfter) {
    assertThat(texts)
        .containsSequence("Møde", "KLU-møde")
        .containsSequence("Dato", "Torsdag den 4. marts 2027")
        .containsSequence("Tid", "kl. 14.00–16.00")
        .containsSequence("Sted", "Rådhuset, mødelokale 1");
    assertThat(texts.indexOf("Sted")).isLessThan(texts.indexOf(firstTextAfter));
  }
}
