package dk.klu.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which sites may frame the embeddable list of minutes; what is refused at start-up is in {@link
 * dk.klu.PropertiesValidationTest}.
 */
class EmbedSitesTest {

  @Test
  void withoutSitesOnlyTheApplicationItselfMayFrameTheList() {
    assertThat(new EmbedSites(List.of()).frameAncestors()).isEqualTo("'self'");
    assertThat(new EmbedSites(List.of("", " ")).frameAncestors()).isEqualTo("'self'");
  }

  @Test
  void namedSitesAreAddedAsOrigins() {
    EmbedSites sites =
        new EmbedSites(
            List.of(" https://sundhedstilbud.aalborg.dk/", "http://intranet.example:8443"));
    assertThat(sites.frameAncestors())
        .isEqualTo("'self' https://sundhedstilbud.aalborg.dk http://intranet.example:8443");
  }
}
