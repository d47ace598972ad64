package dk.klu.yearplan;

import org.springframework.test.context.TestPropertySource;

/** The year on the embedded default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-year;DB_CLOSE_DELAY=-1")
class H2YearPlanFlowTest extends YearPlanFlowTest {}
