package dk.klu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The agenda and minutes claim PDF/UA-1; veraPDF, the reference validator, checks that claim with
 * its PDF/UA-1 profile (ISO 14289-1 and the Matterhorn protocol's machine-checkable conditions).
 * Runs offline: the profiles ship inside veraPDF's jars.
 */
class PdfUaTest {

  private final DocumentRenderer renderer = DocumentRendererTest.renderer();

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void publicDocumentPassesPdfUa1(DocumentKind kind) throws Exception {
    assertThat(failures(pdf(kind, Audience.PUBLIC))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void committeeDocumentPassesPdfUa1(DocumentKind kind) throws Exception {
    assertThat(failures(pdf(kind, Audience.COMMITTEE))).isEmpty();
  }

  private byte[] pdf(DocumentKind kind, Audience audience) {
    String html =
        renderer.html(DocumentRendererTest.view(kind, audience), false, "", "Rettet 1. marts 2027");
    return renderer.pdf(html);
  }

  /** The failed checks, one line each: rule, what it says and where (empty when compliant). */
  static List<String> failures(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + " "
                          + a.getMessage()
                          + " @ "
                          + a.getLocation().getContext())
              .distinct()
              .collect(Collectors.toList());
      assertThat(result.getTotalAssertions()).as("checks run").isPositive();
      assertThat(failed.isEmpty()).as(String.join("\n", failed)).isEqualTo(result.isCompliant());
      return failed;
    }
  }
}
