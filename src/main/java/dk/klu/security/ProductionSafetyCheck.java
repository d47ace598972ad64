package dk.klu.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile with unsafe settings, before anything touches a
 * database. Each finding names the setting to change.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String PROD = "prod";
  static final int MIN_PASSWORD_LENGTH = 12;
  static final Set<String> COMMON_PASSWORDS =
      Set.of(
          "demo",
          "admin",
          "password",
          "changeme",
          "camunda",
          "secret",
          "123456789012",
          "password1234",
          "adminadmin123");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains(PROD)) {
      return;
    }
    List<String> findings = findings(environment);
    if (!findings.isEmpty()) {
      throw new UnsafeProductionSettingsException(findings);
    }
  }

  static List<String> findings(ConfigurableEnvironment environment) {
    List<String> findings = new ArrayList<>();
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank() || url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
      findings.add(
          "spring.datasource.url (SPRING_DATASOURCE_URL) points to the embedded H2 database;"
              + " production needs PostgreSQL (jdbc:postgresql://...)");
    }
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      findings.add(
          "spring.profiles.active contains 'demo': demo users with known passwords must never"
              + " run in production");
    }
    String adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()) {
      findings.add("camunda.bpm.admin-user.password (KLU_ADMIN_PASSWORD) is not set");
    } else if (password.length() < MIN_PASSWORD_LENGTH
        || password.equalsIgnoreCase(adminId)
        || COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
      findings.add(
          "camunda.bpm.admin-user.password (KLU_ADMIN_PASSWORD) is weak: use at least "
              + MIN_PASSWORD_LENGTH
              + " characters, not the user id and not a common password");
    }
    if (environment.getProperty("klu.testing.clock-control", Boolean.class, false)) {
      findings.add(
          "klu.testing.clock-control is true: the test clock endpoint must never run in"
              + " production");
    }
    if (!environment.getProperty("camunda.bpm.authorization.enabled", Boolean.class, false)) {
      findings.add("camunda.bpm.authorization.enabled is false: engine authorization must be on");
    }
    return findings;
  }

  /** The application refuses to start; the message lists every unsafe setting. */
  public static class UnsafeProductionSettingsException extends IllegalStateException {
    public UnsafeProductionSettingsException(List<String> findings) {
      super(
          "The 'prod' profile refuses to start with unsafe settings:\n  - "
              + String.join("\n  - ", findings));
    }
  }
}
