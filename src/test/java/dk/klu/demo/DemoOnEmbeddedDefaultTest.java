package dk.klu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.KluApplication;
import dk.klu.security.KluGroups;
import dk.klu.support.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Security review finding 6: demo people (passwords equal to their ids, {@code demo} as
 * administrator) only on the embedded H2 default or when {@code demo} is named; never by default on
 * another database.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoOnEmbeddedDefaultTest {

  static final String STRONG = "Kl0-sekretariat-2026!";

  private static ConfigurableApplicationContext start(String... settings) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--camunda.bpm.job-execution.enabled=false");
    for (String setting : settings) {
      args.add("--" + setting);
    }
    return new SpringApplicationBuilder(KluApplication.class).run(args.toArray(String[]::new));
  }

  @Test
  void noProfileOnEmbeddedH2GivesTheDemoPeople() {
    try (ConfigurableApplicationContext context =
        start("spring.datasource.url=jdbc:h2:mem:demo-default;DB_CLOSE_DELAY=-1")) {
      assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("demo");
      IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();
      // application-demo.yaml applies as if the profile had been named: demo is the administrator
      assertThat(identity.createUserQuery().userId("admin").count()).isZero();
      assertThat(identity.createUserQuery().userId("demo").memberOfGroup(KluGroups.ADMIN).count())
          .isOne();
      assertThat(identity.checkPassword("demo", "demo")).isTrue();
      for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
        assertThat(identity.checkPassword(demo.id(), demo.id())).as(demo.id()).isTrue();
      }
    }
  }

  @Test
  void noProfileOnAnotherDatabaseCreatesNoDemoPeople(CapturedOutput output) {
    try (ConfigurableApplicationContext context =
        start(
            "spring.datasource.url=" + EmbeddedPostgres.newDatabaseUrl(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=",
            "camunda.bpm.admin-user.id=kluadmin",
            "camunda.bpm.admin-user.password=" + STRONG)) {
      assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
      IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();
      for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
        assertThat(identity.createUserQuery().userId(demo.id()).count()).as(demo.id()).isZero();
      }
      assertThat(
              identity.createUserQuery().userId("kluadmin").memberOfGroup(KluGroups.ADMIN).count())
          .isOne();
      assertThat(output).doesNotContain("DEMO PASSWORDS IN USE");
    }
  }

  @Test
  void demoNamedOnPostgresWarnsLoudly(CapturedOutput output) {
    try (ConfigurableApplicationContext context =
        start(
            "spring.profiles.active=postgres,demo",
            "spring.datasource.url=" + EmbeddedPostgres.newDatabaseUrl(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")) {
      IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("sekretaer", "sekretaer")).isTrue();
      assertThat(identity.createUserQuery().userId("demo").memberOfGroup(KluGroups.ADMIN).count())
          .isOne();
      assertThat(output).contains("WARN").contains("DEMO PASSWORDS IN USE");
    }
  }

  @Test
  void onlyAnInProcessH2IsTheEmbeddedDefault() {
    assertThat(DemoOnEmbeddedDefault.isEmbeddedH2("jdbc:h2:file:./data/klu")).isTrue();
    assertThat(DemoOnEmbeddedDefault.isEmbeddedH2("jdbc:h2:mem:x")).isTrue();
    assertThat(DemoOnEmbeddedDefault.isEmbeddedH2("jdbc:h2:tcp://db/klu")).isFalse();
    assertThat(DemoOnEmbeddedDefault.isEmbeddedH2("jdbc:postgresql://db/klu")).isFalse();
    assertThat(DemoOnEmbeddedDefault.isEmbeddedH2("")).isFalse();
  }
}
