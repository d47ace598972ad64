package dk.klu.people;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** {@link PersonNames} from the engine's users (first and last name). */
@Component
class EnginePersonNames implements PersonNames {

  private final IdentityService identityService;

  EnginePersonNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public String nameOf(String userIdOrName) {
    if (userIdOrName == null || userIdOrName.isBlank()) {
      return "";
    }
    String text = userIdOrName.strip();
    User user = identityService.createUserQuery().userId(text).singleResult();
    if (user == null) {
      return text;
    }
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? text : name;
  }
}
