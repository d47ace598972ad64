package dk.klu.meeting;

import org.springframework.test.context.TestPropertySource;

/** The chairs' view and put-back on the embedded default database. */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-chairs-put-back;DB_CLOSE_DELAY=-1")
class H2ChairsPutItemsBackTest extends ChairsPutItemsBackTest {}
