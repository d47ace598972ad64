package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.klu.KluApplication;
import dk.klu.support.EmbeddedPostgres;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile refuses unsafe settings with a message naming them, and starts when safe. Each
 * refusal starts from settings that pass and changes one.
 */
class ProductionProfileTest {

  static final String STRONG = "Kl0-sekretariat-2026!";
  static final String DB_PASSWORD = "Db-adgang-til-klu-2026";

  /** Settings a correct production start has on top of application-prod.yaml. */
  static Map<String, String> safe() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", "jdbc:postgresql://localhost/klu");
    settings.put("spring.datasource.username", "klu");
    settings.put("spring.datasource.password", DB_PASSWORD);
    settings.put("camunda.bpm.admin-user.id", "kluadmin");
    settings.put("camunda.bpm.admin-user.password", STRONG);
    settings.put("klu.public-url", "https://klu.kommune.example");
    return settings;
  }

  /** Starts the application as an operator would: settings as command-line arguments. */
  private static Starter app(String profiles, Map<String, String> settings) {
    List<String> args = new ArrayList<>();
    args.add("--spring.profiles.active=" + profiles);
    args.add("--server.port=0");
    args.add("--camunda.bpm.job-execution.enabled=false");
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    return () ->
        new SpringApplicationBuilder(KluApplication.class).run(args.toArray(String[]::new));
  }

  /** A safe production start with the given settings changed. */
  /** With {@code change} to the safe settings, production does not start and says {@code why}. */
  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      String change, String why) {
    return assertThatThrownBy(() -> prodWith(change).run()).hasMessageContaining(why);
  }

  private static Starter prodWith(String... changes) {
    Map<String, String> settings = safe();
    for (String change : changes) {
      String[] keyValue = change.split("=", 2);
      settings.put(keyValue[0], keyValue[1]);
    }
    return app("prod", settings);
  }

  interface Starter {
    ConfigurableApplicationContext run();
  }

  @Test
  void refusesH2AndNamesTheSetting() {
    refused("spring.datasource.url=jdbc:h2:mem:prod", "spring.datasource.url")
        .hasMessageNotContaining("admin-user.password")
        .hasMessageNotContaining("klu.public-url");
  }

  @Test
  void refusesDemoProfile() {
    assertThatThrownBy(() -> app("prod,demo", safe()).run())
        .hasMessageContaining("spring.profiles.active contains 'demo'");
  }

  @Test
  void refusesMissingOrWeakAdminPassword() {
    Map<String, String> noPassword = safe();
    noPassword.remove("camunda.bpm.admin-user.password");
    assertThatThrownBy(() -> app("prod", noPassword).run())
        .hasMessageContaining("camunda.bpm.admin-user.password (KLU_ADMIN_PASSWORD) is not set");
    refused(
        "camunda.bpm.admin-user.password=admin",
        "admin-user.password (KLU_ADMIN_PASSWORD) is weak");
    assertThatThrownBy(
            () ->
                prodWith(
                        "camunda.bpm.admin-user.id=kluadministrator",
                        "camunda.bpm.admin-user.password=kluadministrator")
                    .run())
        .hasMessageContaining("admin-user.password (KLU_ADMIN_PASSWORD) is weak");
  }

  @Test
  void refusesWellKnownAdminIds() {
    Map<String, String> defaultId = safe();
    defaultId.remove("camunda.bpm.admin-user.id"); // application.yaml: KLU_ADMIN_USER or admin
    assertThatThrownBy(() -> app("prod", defaultId).run())
        .hasMessageContaining("camunda.bpm.admin-user.id (KLU_ADMIN_USER) is 'admin'");
    refused(
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.id (KLU_ADMIN_USER) is 'demo'");
  }

  @Test
  void refusesEmptyOrTrivialDatabasePassword() {
    refused(
        "spring.datasource.password=",
        "spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is empty");
    refused(
        "spring.datasource.password=klu",
        "spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is weak");
    refused(
        "spring.datasource.password=postgres",
        "spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is weak");
  }

  @Test
  void refusesAuthorizationOff() {
    refused(
        "camunda.bpm.authorization.enabled=false", "camunda.bpm.authorization.enabled is false");
  }

  @Test
  void refusesPasswordPolicyOff() {
    assertThatThrownBy(
            () ->
                prodWith("camunda.bpm.generic-properties.properties.enable-password-policy=false")
                    .run())
        .hasMessageContaining(
            "camunda.bpm.generic-properties.properties.enable-password-policy is not true");
    assertThatThrownBy(
            () ->
                prodWith("camunda.bpm.generic-properties.properties.enablePasswordPolicy=false")
                    .run())
        .hasMessageContaining("enable-password-policy is not true");
  }

  @Test
  void refusesCookiesWithoutSecureAndHstsOff() {
    assertThatThrownBy(
            () -> prodWith("camunda.bpm.webapp.session-cookie.enable-secure-cookie=false").run())
        .hasMessageContaining("camunda.bpm.webapp.session-cookie.enable-secure-cookie is not true");
    assertThatThrownBy(
            () -> prodWith("camunda.bpm.webapp.header-security.hsts-disabled=true").run())
        .hasMessageContaining("camunda.bpm.webapp.header-security.hsts-disabled is not false");
  }

  @Test
  void refusesPublicUrlWithoutHttps() {
    refused(
        "klu.public-url=http://klu.kommune.example",
        "klu.public-url (KLU_PUBLIC_URL) is 'http://klu.kommune.example'");
    Map<String, String> unset = safe();
    unset.remove("klu.public-url"); // application-prod.yaml: KLU_PUBLIC_URL, no default
    assertThatThrownBy(() -> app("prod", unset).run())
        .hasMessageContaining("klu.public-url (KLU_PUBLIC_URL) is ''");
  }

  @Test
  void refusesNoOrHighQueryLimit() {
    String key = "camunda.bpm.generic-properties.properties.query-max-results-limit";
    refused(key + "=", key + " is '': set 2000 to 10000");
    refused(key + "=2147483647", key + " is '2147483647'");
    refused(key + "=100", key + " is '100'");
  }

  @Test
  void refusesActuatorEndpointsBeyondHealthInfoMetrics() {
    assertThatThrownBy(
            () -> prodWith("management.endpoints.web.exposure.include=health,env,heapdump").run())
        .hasMessageContaining("management.endpoints.web.exposure.include exposes env,heapdump");
    refused(
        "management.endpoints.web.exposure.include=*",
        "management.endpoints.web.exposure.include exposes *");
  }

  @Test
  void refusesTheTestClock() {
    refused("klu.testing.clock-control=true", "klu.testing.clock-control is true");
  }

  @Test
  void startsWithSafeSettingsOnPostgresAndRefusesAStoredPasswordEqualToTheId() throws Exception {
    Map<String, String> settings = safe();
    String url = EmbeddedPostgres.newDatabaseUrl();
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", "postgres");
    try (ConfigurableApplicationContext context = app("prod", settings).run()) {
      assertThat(context.isRunning()).isTrue();
      assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("prod");
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      IdentityServiceImpl identity = (IdentityServiceImpl) engine.getIdentityService();
      assertThat(identity.checkPassword("kluadmin", STRONG)).isTrue();
      assertThat(identity.createUserQuery().userId("sekretaer").count()).isZero();
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();

      // the password policy is on: nobody gets password "1"
      User member = identity.newUser("laege");
      member.setPassword("1");
      assertThatThrownBy(() -> identity.saveUser(member))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("Password does not match policy");

      // what the demo people have; only the engine's internal API can still store it
      member.setPassword("laege");
      identity.saveUser(member, true);
    }
    assertThatThrownBy(() -> app("prod", settings).run())
        .hasMessageContaining("users whose password is their user id: laege");
    // found without a login attempt: no failed login counted, the user is not delayed
    try (var connection = DriverManager.getConnection(url, "postgres", "");
        var query =
            connection.prepareStatement(
                "SELECT ATTEMPTS_, LOCK_EXP_TIME_ FROM ACT_ID_USER WHERE ID_ = 'laege'");
        var rows = query.executeQuery()) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isZero();
      assertThat(rows.getTimestamp(2)).isNull();
    }
  }
}
