package dk.klu.evaluation;

import dk.klu.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The annual evaluation on a real PostgreSQL server. */
class PostgresEvaluationFlowTest extends EvaluationFlowTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.newDatabase(registry);
  }
}
