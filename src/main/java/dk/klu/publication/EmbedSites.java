package dk.klu.publication;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The web sites allowed to show the public list of minutes ({@code /public/embed/minutes}) in a
 * frame, from {@code klu.embed.allowed-sites} (comma separated origins, such as {@code
 * https://sundhedstilbud.aalborg.dk}). Empty (the default) allows only the application itself: a
 * municipality names its own site. A value that is not an origin stops the start with the reason.
 *
 * @param allowedSites the origins, without blanks and a trailing slash
 */
@ConfigurationProperties("klu.embed")
@Validated
public record EmbedSites(
    @DefaultValue
        List<
                @Pattern(
                    regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?",
                    message =
                        "klu.embed.allowed-sites skal være web-steders oprindelse skrevet som"
                            + " https://host (eller https://host:port), uden sti, adskilt af"
                            + " kommaer")
                String>
            allowedSites) {

  public EmbedSites {
    allowedSites =
        allowedSites.stream()
            .map(String::strip)
            .filter(site -> !site.isEmpty())
            .map(site -> site.endsWith("/") ? site.substring(0, site.length() - 1) : site)
            .toList();
  }

  /** The Content-Security-Policy {@code frame-ancestors} source list for the embeddable pages. */
  public String frameAncestors() {
    return allowedSites.isEmpty() ? "'self'" : "'self' " + String.join(" ", allowedSites);
  }
}
