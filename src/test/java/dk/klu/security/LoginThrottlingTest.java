package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Security review finding 8: failed logins slow an attacker down but lock nobody out for good. With
 * the engine's defaults an account was locked permanently after 10 wrong passwords, so anyone who
 * knew a user id could lock that person out. The login limits are application.yaml's; the engine's
 * clock is moved past each delay instead of waiting for it.
 */
@SpringBootTest(
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:klu-login;DB_CLOSE_DELAY=-1",
      "spring.profiles.active=demo"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoginThrottlingTest {

  static final String USER = "formand-test";
  static final String PASSWORD = "Formand-2026-klu!";

  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void fifteenWrongPasswordsDelayButDoNotLockTheAccount() {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(USER);
    user.setPassword(PASSWORD);
    identity.saveUser(user);

    long longestDelay = 0;
    for (int attempt = 1; attempt <= 15; attempt++) {
      assertThat(identity.checkPassword(USER, "forkert-" + attempt)).isFalse();
      long delay = lockExpiration().getTime() - ClockUtil.getCurrentTime().getTime();
      assertThat(delay)
          .as("delay after failure %d", attempt)
          .isPositive()
          .isLessThanOrEqualTo(60_000);
      longestDelay = Math.max(longestDelay, delay);
      // during the delay even the right password is refused: that is what slows an attacker
      assertThat(identity.checkPassword(USER, PASSWORD)).isFalse();
      ClockUtil.setCurrentTime(new Date(lockExpiration().getTime() + 1_000));
    }
    assertThat(attempts()).isEqualTo(15);
    assertThat(longestDelay).isEqualTo(60_000);

    assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
    assertThat(attempts()).isZero();
  }

  private UserEntity entity() {
    return (UserEntity) engine.getIdentityService().createUserQuery().userId(USER).singleResult();
  }

  private Date lockExpiration() {
    return entity().getLockExpirationTime();
  }

  private int attempts() {
    return entity().getAttempts();
  }
}
