package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.support.RestClient.Answer;
import java.util.Map;
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

  /** A task's form submitted as Tasklist sends it ({@link CycleDriver#body}), answer unchecked. */
  protected Answer submit(String user, String taskId, Map<String, Object> values) {
    return rest.submitForm(user, taskId, CycleDriver.body(values));
  }

  /** A submission the server refuses (400) with these Danish reasons in its answer. */
  protected void refused(
      String user, String taskId, Map<String, Object> values, String... reasons) {
    Answer answer = submit(user, taskId, values);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains(reasons);
  }

  /**
   * Completes a task as Tasklist does: the person sees the task and loads its form, then submits it
   * (204 asserted). The bad-input variants override it to try bad input first.
   */
  protected void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    rest.completeForm(user, taskId, CycleDriver.body(values));
  }
}
