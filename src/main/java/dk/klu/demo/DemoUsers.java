package dk.klu.demo;

import dk.klu.security.KluGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo people, with passwords equal to their user ids as in Camunda's own demo. Only in the
 * {@code demo} profile, which the {@code prod} profile refuses and which is on by itself only on
 * the embedded H2 default ({@link DemoOnEmbeddedDefault}). Their passwords are below the engine's
 * password policy, so they are saved skipping it, as Camunda's own demo data is.
 */
@Component
@Profile("demo")
@Order(5)
public class DemoUsers implements ApplicationRunner {

  /** A demo person and the group they belong to. */
  public record DemoUser(String id, String firstName, String lastName, String groupId) {}

  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("sekretaer", "Sara", "Sekretær", KluGroups.SECRETARIAT),
          new DemoUser("formand", "Frederik", "Formand", KluGroups.CHAIR),
          new DemoUser("plo-formand", "Pernille", "PLO-formand", KluGroups.CHAIR),
          new DemoUser("laege", "Lars", "Læge", KluGroups.MEMBER),
          new DemoUser("laege2", "Lene", "Læge", KluGroups.MEMBER),
          new DemoUser(
              "praksiskonsulent", "Peter", "Praksiskonsulent", KluGroups.PRACTICE_CONSULTANT),
          new DemoUser("procesejer", "Paula", "Procesejer", KluGroups.PROCESS_OWNER));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final String databaseUrl;

  public DemoUsers(
      IdentityService identityService, @Value("${spring.datasource.url:}") String databaseUrl) {
    this.identityService = identityService;
    this.databaseUrl = databaseUrl;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!DemoOnEmbeddedDefault.isEmbeddedH2(databaseUrl)) {
      LOG.warn(
          "DEMO PASSWORDS IN USE: profile 'demo' is on with database {}: the administrator 'demo'"
              + " and the demo people have passwords equal to their user ids. Only for trying the"
              + " application; never with real data (remove 'demo' from spring.profiles.active).",
          databaseUrl.replaceAll("\\?.*", ""));
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@klu.example");
        user.setPassword(demo.id());
        ((IdentityServiceImpl) identityService).saveUser(user, true);
      }
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.groupId()).count()
          == 0) {
        identityService.createMembership(demo.id(), demo.groupId());
      }
    }
  }
}
