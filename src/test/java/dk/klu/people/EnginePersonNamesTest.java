package dk.klu.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents name people, not their user ids (issue 14, point 14): "sekretaer" becomes "Sara
 * Sekretær"; a name typed into a form, or an id nobody has, stays as typed.
 */
class EnginePersonNamesTest {

  static ProcessEngine engine;
  static PersonNames names;

  @BeforeAll
  static void engineWithOnePerson() {
    engine =
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:klu-person-names;DB_CLOSE_DELAY=-1")
            .setJobExecutorActivate(false)
            .buildProcessEngine();
    IdentityService identity = engine.getIdentityService();
    User sara = identity.newUser("sekretaer");
    sara.setFirstName("Sara");
    sara.setLastName("Sekretær");
    identity.saveUser(sara);
    identity.saveUser(identity.newUser("udennavn"));
    names = new EnginePersonNames(identity);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aUserIdBecomesTheFullName() {
    assertThat(names.nameOf("sekretaer")).isEqualTo("Sara Sekretær");
    assertThat(names.nameOf(" sekretaer ")).isEqualTo("Sara Sekretær");
  }

  @Test
  void aTypedNameOrAnUnknownIdStaysAsTyped() {
    assertThat(names.nameOf("Sekretariatet")).isEqualTo("Sekretariatet");
    assertThat(names.nameOf("Jens Hansen, PLO-Aalborg")).isEqualTo("Jens Hansen, PLO-Aalborg");
    assertThat(names.nameOf("udennavn")).as("a user without a name").isEqualTo("udennavn");
    assertThat(names.nameOf(null)).isEmpty();
    assertThat(names.nameOf(" ")).isEmpty();
  }
}
