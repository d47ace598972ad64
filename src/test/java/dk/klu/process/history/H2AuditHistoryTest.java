package dk.klu.process.history;

import org.springframework.test.context.TestPropertySource;

/** The audit history on the embedded default database. */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-audit-history;DB_CLOSE_DELAY=-1")
class H2AuditHistoryTest extends AuditHistoryTest {}
