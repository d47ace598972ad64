package dk.klu.meeting;

import org.springframework.test.context.TestPropertySource;

/** The meeting cycle on the embedded default database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:klu-cycle;DB_CLOSE_DELAY=-1")
class H2MeetingCycleTest extends MeetingCycleTest {}
