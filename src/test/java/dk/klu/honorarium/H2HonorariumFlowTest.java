package dk.klu.honorarium;

import org.springframework.test.context.TestPropertySource;

/** Fees on the embedded default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-fees;DB_CLOSE_DELAY=-1")
class H2HonorariumFlowTest extends HonorariumFlowTest {}
