package dk.klu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.klu.KluApplication;
import dk.klu.support.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile refuses unsafe settings with a message naming them, and starts when safe. */
class ProductionProfileTest {

  static final String STRONG = "Kl0-sekretariat-2026!";

  /** Starts the application as an operator would: settings as command-line arguments. */
  private Starter app(String profiles, String... properties) {
    java.util.List<String> args = new java.util.ArrayList<>();
    args.add("--spring.profiles.active=" + profiles);
    args.add("--server.port=0");
    args.add("--camunda.bpm.job-execution.enabled=false");
    for (String property : properties) {
      args.add("--" + property);
    }
    return () ->
        new SpringApplicationBuilder(KluApplication.class).run(args.toArray(String[]::new));
  }

  interface Starter {
    ConfigurableApplicationContext run();
  }

  @Test
  void refusesH2AndNamesTheSetting() {
    assertThatThrownBy(
            () ->
                app(
                        "prod",
                        "spring.datasource.url=jdbc:h2:mem:prod",
                        "camunda.bpm.admin-user.password=" + STRONG)
                    .run())
        .hasMessageContaining("spring.datasource.url")
        .hasMessageNotContaining("admin-user.password");
  }

  @Test
  void refusesDemoProfile() {
    assertThatThrownBy(
            () ->
                app(
                        "prod,demo",
                        "spring.datasource.url=jdbc:postgresql://localhost/klu",
                        "camunda.bpm.admin-user.password=" + STRONG)
                    .run())
        .hasMessageContaining("spring.profiles.active contains 'demo'");
  }

  @Test
  void refusesMissingOrWeakAdminPassword() {
    assertThatThrownBy(
            () -> app("prod", "spring.datasource.url=jdbc:postgresql://localhost/klu").run())
        .hasMessageContaining("camunda.bpm.admin-user.password (KLU_ADMIN_PASSWORD) is not set");
    assertThatThrownBy(
            () ->
                app(
                        "prod",
                        "spring.datasource.url=jdbc:postgresql://localhost/klu",
                        "camunda.bpm.admin-user.password=admin")
                    .run())
        .hasMessageContaining("is weak");
    assertThatThrownBy(
            () ->
                app(
                        "prod",
                        "spring.datasource.url=jdbc:postgresql://localhost/klu",
                        "camunda.bpm.admin-user.id=kluadministrator",
                        "camunda.bpm.admin-user.password=kluadministrator")
                    .run())
        .hasMessageContaining("is weak");
  }

  @Test
  void refusesAuthorizationOff() {
    assertThatThrownBy(
            () ->
                app(
                        "prod",
                        "spring.datasource.url=jdbc:postgresql://localhost/klu",
                        "camunda.bpm.admin-user.password=" + STRONG,
                        "camunda.bpm.authorization.enabled=false")
                    .run())
        .hasMessageContaining("camunda.bpm.authorization.enabled is false");
  }

  @Test
  void refusesTheTestClock() {
    assertThatThrownBy(
            () ->
                app(
                        "prod",
                        "spring.datasource.url=jdbc:postgresql://localhost/klu",
                        "camunda.bpm.admin-user.password=" + STRONG,
                        "klu.testing.clock-control=true")
                    .run())
        .hasMessageContaining("klu.testing.clock-control is true");
  }

  @Test
  void startsWithSafeSettingsOnPostgres() {
    String url = EmbeddedPostgres.newDatabaseUrl();
    try (ConfigurableApplicationContext context =
        app(
                "prod",
                "spring.datasource.url=" + url,
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "camunda.bpm.admin-user.id=kluadmin",
                "camunda.bpm.admin-user.password=" + STRONG)
            .run()) {
      assertThat(context.isRunning()).isTrue();
      assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("prod");
      org.camunda.bpm.engine.ProcessEngine engine =
          context.getBean(org.camunda.bpm.engine.ProcessEngine.class);
      assertThat(engine.getIdentityService().checkPassword("kluadmin", STRONG)).isTrue();
      assertThat(engine.getIdentityService().createUserQuery().userId("sekretaer").count())
          .isZero();
    }
  }
}
