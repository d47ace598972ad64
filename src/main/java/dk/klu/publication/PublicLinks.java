package dk.klu.publication;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the application's pages, from {@code klu.public-url} (the address people
 * reach the application at; mail and calendars need absolute links).
 */
@Component
public class PublicLinks {

  private final String base;

  public PublicLinks(@Value("${klu.public-url:http://localhost:8080}") String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** A path in the application (or an absolute URL, returned as it is) as an absolute URL. */
  public String absolute(String pathOrUrl) {
    if (pathOrUrl == null) {
      return null;
    }
    return pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")
        ? pathOrUrl
        : base + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
  }

  public String meetingPage(long meetingId) {
    return absolute("/public/meetings/" + meetingId);
  }

  /** The host name, used in calendar UIDs and mail Message-IDs. */
  public String host() {
    String host = URI.create(base).getHost();
    return host == null ? "localhost" : host;
  }
}
