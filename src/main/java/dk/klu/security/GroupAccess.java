package dk.klu.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application's own endpoints under {@code /api} check the caller's groups here: 401 without a
 * login, 403 with a Danish reason for someone outside the groups.
 */
public final class GroupAccess {

  private GroupAccess() {}

  /** The caller, who must belong to one of the groups. */
  public static Authentication require(
      IdentityService identityService, Set<String> groups, String what) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log ind for at se " + what + ".");
    }
    List<String> member = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (member.stream().noneMatch(groups::contains)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Du har ikke adgang til " + what + ".");
    }
    return caller;
  }
}
