package dk.klu.agreement;

import org.springframework.test.context.TestPropertySource;

/** Agreements on the embedded default database. */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-agreements;DB_CLOSE_DELAY=-1")
class H2AgreementFlowTest extends AgreementFlowTest {}
