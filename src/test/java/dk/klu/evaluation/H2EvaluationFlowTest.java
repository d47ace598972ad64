package dk.klu.evaluation;

import org.springframework.test.context.TestPropertySource;

/** The annual evaluation on the embedded default database. */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-evaluation;DB_CLOSE_DELAY=-1")
class H2EvaluationFlowTest extends EvaluationFlowTest {}
