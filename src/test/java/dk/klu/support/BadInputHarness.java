package dk.klu.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The bad-input run of a flow test class: a subclass of the flow test registers it
 * ({@code @RegisterExtension static final BadInputHarness BAD = new
 * BadInputHarness("klu-evaluation");}) and, in its overrides of the flow's start and completion,
 * lets {@link BadInput} send each form's generated bad submissions over REST as the same person
 * before the form is first submitted for real. Each form has its bad submissions once in the class
 * (not once a test); after the class every form of the processes must have had them.
 *
 * <p>Before each test it takes a {@link BadInput} on the application of the Spring test context.
 */
public final class BadInputHarness implements BeforeEachCallback, AfterAllCallback {

  private final List<String> processKeys;
  private final Set<String> covered = new TreeSet<>();
  private final Set<String> expected = new TreeSet<>();
  private final AtomicInteger requests = new AtomicInteger();
  private boolean everyForm;
  private BadInput bad;

  /** The forms of these processes must all have their bad submissions. */
  public BadInputHarness(String... processKeys) {
    this.processKeys = List.of(processKeys);
  }

  /**
   * Also the forms of other processes the flow passes through have their bad submissions (not only
   * those of the processes named).
   */
  public BadInputHarness everyForm() {
    this.everyForm = true;
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ApplicationContext application = SpringExtension.getApplicationContext(context);
    RestClient rest =
        new RestClient(
            "http://localhost:" + application.getEnvironment().getProperty("local.server.port"));
    bad =
        new BadInput(
            rest,
            application.getBean(ProcessEngine.class),
            application.getBean(FormCatalog.class),
            application.getBean(JdbcTemplate.class));
    expected.addAll(bad.formsOf(processKeys));
  }

  /** Bad submissions to the start form of {@code processKey}, as {@code user}. */
  public void start(String user, String processKey, Map<String, Object> valid) {
    int before = bad.requests();
    bad.start(user, processKey, valid);
    requests.addAndGet(bad.requests() - before);
    covered.addAll(bad.covered());
  }

  /** Bad submissions to the task's form, as {@code user}, unless that form has had them. */
  public void task(String user, String taskId, Map<String, Object> valid) {
    String form = bad.formOf(taskId);
    if ((everyForm || expected.contains(form)) && !covered.contains(form)) {
      int before = bad.requests();
      bad.task(user, taskId, valid);
      requests.addAndGet(bad.requests() - before);
      covered.addAll(bad.covered());
    }
  }

  /** Every form of the processes had its bad submissions. */
  public void assertEveryFormCovered() {
    assertThat(expected).isNotEmpty();
    assertThat(covered).as("forms given bad submissions").containsAll(expected);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    assertEveryFormCovered();
    System.out.printf(
        "Bad input (%s): %d refused submissions to %d forms%n",
        String.join(", ", processKeys), requests.get(), covered.size());
  }
}
