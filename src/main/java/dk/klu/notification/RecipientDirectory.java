package dk.klu.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Turns a message's recipients into mail addresses: a user id by the user's e-mail in the engine's
 * identity service, {@code group:<id>} by every member's, and an address as it is. Who cannot be
 * reached is named, so the secretariat can see it.
 */
@Component
public record RecipientDirectory(IdentityService identityService) {

  /** Addresses found (each once) and recipients without an address. */
  public record Resolved(List<String> addresses, List<String> unreachable) {}

  public Resolved resolve(List<String> recipients) {
    Set<String> addresses = new LinkedHashSet<>();
    List<String> unreachable = new ArrayList<>();
    for (String recipient : recipients) {
      if (recipient == null || recipient.isBlank()) {
        continue;
      }
      String r = recipient.strip();
      if (r.startsWith("group:")) {
        List<User> members = identityService.createUserQuery().memberOfGroup(r.substring(6)).list();
        for (User user : members) {
          add(user.getEmail(), user.getId(), addresses, unreachable);
        }
      } else if (r.contains("@")) {
        addresses.add(r);
      } else {
        User user = identityService.createUserQuery().userId(r).singleResult();
        add(user == null ? null : user.getEmail(), r, addresses, unreachable);
      }
    }
    return new Resolved(List.copyOf(addresses), List.copyOf(unreachable));
  }

  private static void add(
      String email, String who, Set<String> addresses, List<String> unreachable) {
    if (email == null || email.isBlank() || !email.contains("@")) {
      unreachable.add(who);
    } else {
      addresses.add(email.strip());
    }
  }
}
