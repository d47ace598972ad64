package dk.klu.meeting;

import org.springframework.test.context.TestPropertySource;

/** Concurrency on the embedded default database. */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:klu-concurrency;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000")
class H2ConcurrencyTest extends ConcurrencyTest {}
