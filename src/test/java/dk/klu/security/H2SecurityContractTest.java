package dk.klu.security;

import org.springframework.test.context.TestPropertySource;

/** The security contract on the embedded default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-security;DB_CLOSE_DELAY=-1")
class H2SecurityContractTest extends SecurityContractTest {}
