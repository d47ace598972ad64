package dk.klu.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.evaluation.Evaluation;
import dk.klu.evaluation.EvaluationReport;
import dk.klu.evaluation.EvaluationReport.AgreementLine;
import dk.klu.evaluation.EvaluationReport.Count;
import dk.klu.evaluation.EvaluationReport.MeetingLine;
import dk.klu.evaluation.EvaluationStatus;
import dk.klu.evaluation.EvaluationSummary;
import dk.klu.support.HtmlChecker;
import dk.klu.support.PdfStructure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The annual evaluation's template: valid HTML (Nu checker), escaped text, tagged PDF. */
class EvaluationDocumentsTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2027-12-01T09:00:00+01:00");

  private final EvaluationDocuments documents =
      new EvaluationDocuments(null, DocumentRendererTest.renderer(), () -> NOW);

  static Evaluation evaluation(String assessment) {
    EvaluationReport report =
        new EvaluationReport(
            2027,
            NOW,
            new EvaluationReport.Meetings(4, 4, 3),
            List.of(
                new MeetingLine(
                    1, "KLU-møde", LocalDate.of(2027, 3, 4), true, 7, true, false, 21, 8),
                new MeetingLine(
                    2, "KLU-møde", LocalDate.of(2027, 12, 9), false, 0, null, null, null, null)),
            new EvaluationReport.Items(
                7,
                2,
                5,
                List.of(new Count("LAEGEDAEKNING", "Lægedækning", 3)),
                List.of(new Count("SUBMITTED", "Indsendt", 3))),
            new EvaluationReport.Deadlines(4, 3, 1, 1, 1, 1, 0),
            new EvaluationReport.Durations(
                1, new BigDecimal("21.0"), 21, 2, new BigDecimal("12.5"), 17),
            new EvaluationReport.FollowUps(4, 2, 1, 1, 1),
            new EvaluationReport.Agreements(
                1,
                1,
                List.of(new Count("FORMALISED", "Formaliseret", 1)),
                List.of(
                    new AgreementLine(
                        9,
                        "KOL & <b>spirometri</b>",
                        "Formaliseret",
                        "§ 2-aftale",
                        LocalDate.of(2027, 7, 1),
                        LocalDate.of(2027, 3, 5),
                        "I gang",
                        LocalDate.of(2027, 10, 1),
                        "Halvdelen af praksis er i gang."))));
    return new Evaluation(
        1,
        2027,
        EvaluationStatus.AWAITING_APPROVAL,
        report,
        assessment,
        "Fortsæt med fire møder.",
        1,
        null,
        "sekretaer",
        NOW,
        null,
        null,
        null,
        null,
        null,
        "sekretaer",
        NOW);
  }

  @Test
  void validHtmlWithEveryFigureAndTheTextEscaped() {
    for (boolean web : List.of(true, false)) {
      String html =
          documents.previewHtml(evaluation("Godt samarbejde <script>alert('x')</script>"), web);
      assertThat(HtmlChecker.errors(html)).as("web=" + web).isEmpty();
      assertThat(html)
          .contains("<html lang=\"da\"", "<th scope=\"col\">", "<caption>")
          .contains("Årsevaluering 2027", "Udkast – ikke godkendt")
          .contains("12,5", "1. juli 2027", "4. marts 2027", "Lægedækning")
          .contains("&lt;script&gt;", "KOL &amp; &lt;b&gt;spirometri&lt;/b&gt;")
          .contains("I gang pr. 1. oktober 2027", "Halvdelen af praksis er i gang.")
          .doesNotContain("<script>");
    }
  }

  @Test
  void pdfIsTaggedWithLanguageAndTitle() throws Exception {
    byte[] pdf = documents.previewPdf(evaluation("Godt samarbejde: æ ø å."));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PdfStructure.assertTaggedDanish(doc, "Årsevaluering 2027 – Testkommunes KLU");
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Godt samarbejde: æ ø å.", "Lokale aftaler", "Forløbstider");
    }
    java.nio.file.Files.write(java.nio.file.Path.of("target", "aarsevaluering-udkast.pdf"), pdf);
  }

  @Test
  void pdfReadsLabelsBeforeValuesAndCaptionsInTheirTables() throws Exception {
    byte[] pdf = documents.previewPdf(evaluation("Godt samarbejde."));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(PdfStructure.texts(doc))
          .containsSequence("År", "2027")
          .containsSequence("Tal opgjort", "1. december 2027 kl. 09.00");
      assertThat(PdfStructure.readingOrder(doc))
          .filteredOn(e -> e.type().equals("Caption"))
          .isNotEmpty()
          .allMatch(e -> e.path().endsWith("/Table/Caption"));
    }
  }

  @Test
  void pdfPassesVeraPdfsPdfUa1Profile() throws Exception {
    org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    assertThat(PdfUaTest.failures(documents.previewPdf(evaluation("Godt samarbejde.")))).isEmpty();
  }

  @Test
  void daysInDanish() {
    assertThat(EvaluationSummary.days(new BigDecimal("21.0"))).isEqualTo("21");
    assertThat(EvaluationSummary.days(new BigDecimal("10.0"))).isEqualTo("10");
    assertThat(EvaluationSummary.days(new BigDecimal("12.5"))).isEqualTo("12,5");
    assertThat(EvaluationSummary.days(null)).isEqualTo("–");
  }
}
