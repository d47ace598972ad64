package dk.klu.meeting;

import dk.klu.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Concurrency on a real PostgreSQL server. */
class PostgresConcurrencyTest extends ConcurrencyTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
