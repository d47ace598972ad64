package dk.klu.meeting;

import org.springframework.test.context.TestPropertySource;

/** History cleanup on the embedded default database. */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-history-cleanup;DB_CLOSE_DELAY=-1")
class H2HistoryCleanupTest extends HistoryCleanupTest {}
