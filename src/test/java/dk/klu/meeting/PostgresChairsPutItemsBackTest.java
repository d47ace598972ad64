package dk.klu.meeting;

import dk.klu.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The chairs' view and put-back on a real PostgreSQL server. */
class PostgresChairsPutItemsBackTest extends ChairsPutItemsBackTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
