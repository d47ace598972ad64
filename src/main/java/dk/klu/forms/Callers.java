package dk.klu.forms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling: on {@code /engine-rest} the engine authentication the REST authentication filter
 * set, on the webapps' API the user logged in to the session for the engine in the path.
 */
final class Callers {

  static final String ADMIN_GROUP = "camunda-admin";

  private final IdentityService identityService;

  Callers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The caller's engine authentication, or null when nobody is authenticated. */
  Authentication caller(HttpServletRequest request, Endpoint endpoint) {
    if (endpoint.rest()) {
      return identityService.getCurrentAuthentication();
    }
    HttpSession session = request.getSession(false);
    Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (all == null
        || !(all.getAuthenticationForProcessEngine(endpoint.engineName())
            instanceof UserAuthentication user)) {
      return null;
    }
    return new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
  }

  static boolean isAdmin(Authentication caller) {
    List<String> groups = caller == null ? null : caller.getGroupIds();
    return groups != null && groups.contains(ADMIN_GROUP);
  }
}
