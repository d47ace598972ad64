package dk.klu.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The base of the tests of the whole application on a random port, with the demo people and the job
 * executor off (the test runs the due jobs; a subclass adds its own properties with
 * {@code @TestPropertySource}): its engine, a {@link RestClient} on its port opened before each
 * test, and the {@link ProcessTestKit} (clock, due jobs; the clock put back after each test). Each
 * test class has its own application context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "spring.profiles.active=demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ApplicationTest {

  @LocalServerPort protected int port;
  @Autowired protected ProcessEngine engine;
  @RegisterExtension protected final ProcessTestKit kit = new ProcessTestKit();
  protected RestClient rest;

  @BeforeEach
  void openRestClient() {
    rest = new RestClient("http://localhost:" + port);
  }
}
