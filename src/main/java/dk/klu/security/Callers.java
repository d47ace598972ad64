package dk.klu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling: on {@code /engine-rest} the engine authentication the REST authentication filter
 * set, on the webapps' API the user logged in to the session for the engine in the path.
 */
public record Callers(IdentityService identityService) {

  static final String ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

  /** The caller's engine authentication, or null when nobody is authenticated. */
  public Authentication caller(HttpServletRequest request, boolean rest, String engineName) {
    if (rest) {
      return identityService.getCurrentAuthentication();
    }
    HttpSession session = request.getSession(false);
    Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (all == null
        || !(all.getAuthenticationForProcessEngine(engineName)
            instanceof UserAuthentication user)) {
      return null;
    }
    return new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
  }

  /** Whether the caller is a Camunda administrator. */
  public static boolean isAdmin(Authentication caller) {
    List<String> groups = caller == null ? null : caller.getGroupIds();
    return groups != null && groups.contains(ADMIN_GROUP);
  }
}
