package dk.klu.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sites may frame the embeddable list of minutes, and what is refused at start-up. */
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

  @Test
  void anythingButAnOriginStopsTheStartWithTheReason() {
    for (String wrong :
        List.of(
            "*",
            "sundhedstilbud.aalborg.dk",
            "https://sundhedstilbud.aalborg.dk/klu",
            "https://a.dk?x=1",
            "javascript:alert(1)",
            "https://a.dk; script-src *",
            "ftp://a.dk")) {
      assertThatThrownBy(() -> new EmbedSites(List.of(wrong)))
          .as(wrong)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("klu.embed.allowed-sites")
          .hasMessageContaining("https://host");
    }
  }
}
