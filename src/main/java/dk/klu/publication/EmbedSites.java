package dk.klu.publication;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The web sites allowed to show the public list of minutes ({@code /public/embed/minutes}) in a
 * frame, from {@code klu.embed.allowed-sites} (comma separated origins, such as {@code
 * https://sundhedstilbud.aalborg.dk}). Empty (the default) allows only the application itself: a
 * municipality names its own site. A value that is not an origin stops the start with the reason.
 */
@Component
public class EmbedSites {

  private final List<String> origins;

  public EmbedSites(@Value("${klu.embed.allowed-sites:}") List<String> configured) {
    List<String> valid = new ArrayList<>();
    for (String site : configured) {
      String value = site.strip();
      if (value.isEmpty()) {
        continue;
      }
      valid.add(origin(value));
    }
    this.origins = List.copyOf(valid);
  }

  /** The Content-Security-Policy {@code frame-ancestors} source list for the embeddable pages. */
  public String frameAncestors() {
    return origins.isEmpty() ? "'self'" : "'self' " + String.join(" ", origins);
  }

  public List<String> origins() {
    return origins;
  }

  private static String origin(String value) {
    URI uri;
    try {
      uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    } catch (IllegalArgumentException e) {
      throw invalid(value);
    }
    boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
    boolean bare =
        (uri.getPath() == null || uri.getPath().isEmpty())
            && uri.getQuery() == null
            && uri.getFragment() == null
            && uri.getUserInfo() == null;
    if (!web || uri.getHost() == null || !bare) {
      throw invalid(value);
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static IllegalStateException invalid(String value) {
    return new IllegalStateException(
        "klu.embed.allowed-sites: '"
            + value
            + "' is not a web site's origin; write it as https://host (or https://host:port),"
            + " without a path, one per site, separated by commas");
  }
}
