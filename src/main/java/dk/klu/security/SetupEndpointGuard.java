package dk.klu.security;

import dk.klu.http.JsonErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;

/**
 * Closes the Admin webapp's first-run setup endpoint once an administrator exists.
 *
 * <p>7.24.0 CE's own check can be bypassed (CVE-2026-77226, fixed only in enterprise patches), so
 * the request never reaches it: as soon as the {@code camunda-admin} group has a member, every
 * request under {@code /camunda/api/admin/setup/} is refused with 403.
 */
class SetupEndpointGuard implements Filter {

  private final IdentityService identityService;

  SetupEndpointGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (identityService.createUserQuery().memberOfGroup(KluGroups.ADMIN).count() > 0) {
      JsonErrors.write(
          (HttpServletResponse) response,
          HttpServletResponse.SC_FORBIDDEN,
          "AuthorizationException",
          "Opsætningen er lukket: der findes allerede en administrator.");
      return;
    }
    chain.doFilter(request, response);
  }
}
