package dk.klu.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Under {@code prod}, refuses to start while any user in the engine's identity store has their user
 * id as password (the demo people, or someone who set it before the password policy was on).
 * Compares with the engine's own password hashing and each user's salt, so no login is attempted:
 * {@code IdentityService.checkPassword} would count a failed login and delay that user's next one.
 * Runs once the engine, its administrator and the roles exist, before the web server starts.
 */
@Component
@Profile(ProductionSafetyCheck.PROD)
@Order(10)
public record StoredPasswordCheck(ProcessEngine engine) implements SmartInitializingSingleton {

  private static final int PAGE = 500;

  @Override
  public void afterSingletonsInstantiated() {
    List<String> users = usersWithTheirIdAsPassword();
    if (!users.isEmpty()) {
      throw new ProductionSafetyCheck.UnsafeProductionSettingsException(
          List.of(
              "users whose password is their user id: "
                  + String.join(", ", users)
                  + " (give them a new password in Admin, or delete them)"));
    }
  }

  List<String> usersWithTheirIdAsPassword() {
    IdentityService identityService = engine.getIdentityService();
    PasswordManager passwords =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getPasswordManager();
    List<String> found = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<User> page =
          identityService.createUserQuery().orderByUserId().asc().listPage(first, PAGE);
      for (User user : page) {
        if (user instanceof UserEntity entity
            && entity.getPassword() != null
            && passwords.check(
                EncryptionUtil.saltPassword(entity.getId(), entity.getSalt()),
                entity.getPassword())) {
          found.add(entity.getId());
        }
      }
      if (page.size() < PAGE) {
        return found;
      }
    }
  }
}
