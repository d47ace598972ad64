package dk.klu.security;

import dk.klu.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same security contract on a real PostgreSQL server. */
class PostgresSecurityContractTest extends SecurityContractTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
