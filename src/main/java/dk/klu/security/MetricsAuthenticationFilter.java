package dk.klu.security;

import dk.klu.http.JsonErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/**
 * HTTP Basic authentication for the actuator's metrics, checked against the engine's users:
 * administrators and process owners may read them.
 */
class MetricsAuthenticationFilter implements Filter {

  private final IdentityService identityService;

  MetricsAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse httpResponse = (HttpServletResponse) response;
    String[] credentials = basicCredentials(http.getHeader("Authorization"));
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      httpResponse.setHeader("WWW-Authenticate", "Basic realm=\"klu\"");
      JsonErrors.write(httpResponse, 401, "AuthenticationException", "Log ind for at se målinger.");
      return;
    }
    boolean allowed =
        identityService
                .createGroupQuery()
                .groupMember(credentials[0])
                .groupIdIn(KluGroups.ADMIN, KluGroups.PROCESS_OWNER)
                .count()
            > 0;
    if (!allowed) {
      JsonErrors.write(
          httpResponse,
          403,
          "AuthorizationException",
          "Kun procesejere og administratorer kan se målinger.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The user id and password of a Basic header, or null. */
  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
