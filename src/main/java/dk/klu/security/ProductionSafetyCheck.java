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
 * database. Each finding names the setting to change. What only the database knows (users whose
 * password is their id) is checked once the engine is up, by {@link StoredPasswordCheck}.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

  static final String PROD = "prod";
  static final int MIN_PASSWORD_LENGTH = 12;

  /**
   * Bounds of the rows a logged-in user's query may return: Tasklist asks for its filters in pages
   * of 2000, so less breaks it; more than the ceiling lets one request read most of the database.
   */
  static final int MIN_QUERY_RESULTS_LIMIT = 2000;

  static final int MAX_QUERY_RESULTS_LIMIT = 10_000;

  /** Administrator ids everyone tries first. */
  static final Set<String> WELL_KNOWN_ADMIN_IDS = Set.of("admin", "demo");

  /** What the actuator may expose over HTTP. */
  static final Set<String> ACTUATOR_ENDPOINTS = Set.of("health", "info", "metrics");

  private static final String GENERIC = "camunda.bpm.generic-properties.properties.";
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
    if (WELL_KNOWN_ADMIN_IDS.contains(adminId.strip().toLowerCase(Locale.ROOT))) {
      findings.add(
          "camunda.bpm.admin-user.id (KLU_ADMIN_USER) is '"
              + adminId
              + "': choose an administrator id that is not well known, so nobody can guess whose"
              + " logins to try");
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (password.isBlank()) {
      findings.add("camunda.bpm.admin-user.password (KLU_ADMIN_PASSWORD) is not set");
    } else if (isWeak(password, adminId)) {
      findings.add(
          "camunda.bpm.admin-user.password (KLU_ADMIN_PASSWORD) is weak: use at least "
              + MIN_PASSWORD_LENGTH
              + " characters, not the user id and not a common password");
    }
    String dbUser = environment.getProperty("spring.datasource.username", "");
    String dbPassword = environment.getProperty("spring.datasource.password", "");
    if (dbPassword.isBlank()) {
      findings.add("spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is empty");
    } else if (isWeak(dbPassword, dbUser)) {
      findings.add(
          "spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is weak: use at least "
              + MIN_PASSWORD_LENGTH
              + " characters, not the user name and not a common password");
    }
    if (!Boolean.parseBoolean(generic(environment, "enable-password-policy"))) {
      findings.add(
          GENERIC
              + "enable-password-policy is not true: the engine must refuse weak passwords people"
              + " set");
    }
    String limit = generic(environment, "query-max-results-limit");
    if (!isLimitBetween(limit, MIN_QUERY_RESULTS_LIMIT, MAX_QUERY_RESULTS_LIMIT)) {
      findings.add(
          GENERIC
              + "query-max-results-limit is "
              + (limit == null ? "not set" : "'" + limit + "'")
              + ": set "
              + MIN_QUERY_RESULTS_LIMIT
              + " to "
              + MAX_QUERY_RESULTS_LIMIT
              + " (Tasklist pages by 2000; more lets one request read most of the database)");
    }
    if (!environment.getProperty(
        "camunda.bpm.webapp.session-cookie.enable-secure-cookie", Boolean.class, false)) {
      findings.add(
          "camunda.bpm.webapp.session-cookie.enable-secure-cookie is not true: session cookies must"
              + " be sent over HTTPS only");
    }
    if (environment.getProperty(
        "camunda.bpm.webapp.header-security.hsts-disabled", Boolean.class, true)) {
      findings.add(
          "camunda.bpm.webapp.header-security.hsts-disabled is not false: browsers must be told to"
              + " use HTTPS only (HSTS)");
    }
    String publicUrl = environment.getProperty("klu.public-url", "");
    if (!publicUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
      findings.add(
          "klu.public-url (KLU_PUBLIC_URL) is '"
              + publicUrl
              + "': links in mail and calendars must use https://");
    }
    List<String> exposed =
        Arrays.stream(
                environment.getProperty("management.endpoints.web.exposure.include", "").split(","))
            .map(String::strip)
            .filter(id -> !id.isEmpty() && !ACTUATOR_ENDPOINTS.contains(id))
            .toList();
    if (!exposed.isEmpty()) {
      findings.add(
          "management.endpoints.web.exposure.include exposes "
              + String.join(",", exposed)
              + ": only health, info and metrics may be exposed");
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

  static boolean isWeak(String password, String userId) {
    return password.length() < MIN_PASSWORD_LENGTH
        || password.equalsIgnoreCase(userId)
        || COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  /**
   * An engine setting under camunda.bpm.generic-properties.properties, written either way the
   * starter accepts it (enable-password-policy or enablePasswordPolicy).
   */
  static String generic(ConfigurableEnvironment environment, String dashed) {
    String value = environment.getProperty(GENERIC + dashed);
    if (value == null) {
      StringBuilder camel = new StringBuilder();
      for (String part : dashed.split("-")) {
        camel.append(
            camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
      value = environment.getProperty(GENERIC + camel);
    }
    return value == null ? null : value.strip();
  }

  private static boolean isLimitBetween(String limit, int least, int most) {
    try {
      int value = Integer.parseInt(limit);
      return value >= least && value <= most;
    } catch (NumberFormatException e) {
      return false;
    }
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
