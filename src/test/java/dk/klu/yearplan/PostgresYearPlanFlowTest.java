package dk.klu.yearplan;

import dk.klu.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The year on a real PostgreSQL server. */
class PostgresYearPlanFlowTest extends YearPlanFlowTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
