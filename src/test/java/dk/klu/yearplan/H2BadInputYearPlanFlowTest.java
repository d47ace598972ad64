package dk.klu.yearplan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormCatalog;
import dk.klu.support.BadInput;
import dk.klu.support.RestClient.Answer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reliability, bad input: the year of {@link YearPlanFlowTest}, where before each of its forms is
 * first submitted for real, {@link BadInput} sends that form's generated bad submissions over REST
 * as the same person (the secretariat).
 *
 * <p>Fault injected: every bad submission the form's definition gives rise to (wrong types, invalid
 * options, numbers out of range, malformed dates, oversized text, script, markup, control
 * characters, required values left out, unknown fields, broken bodies, serialized objects).
 * Asserts: 400 with a Danish message naming the field, no klu_ table changed, the task still open
 * with its variables, no process started, no incident; and every form of {@code klu-year-plan} had
 * its bad submissions.
 *
 * <p>The meeting forms the year also passes through are left to {@code H2BadInputMeetingCycleTest}.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-bad-input-year-plan;DB_CLOSE_DELAY=-1")
class H2BadInputYearPlanFlowTest extends YearPlanFlowTest {

  static final Set<String> COVERED = new TreeSet<>();
  static final Set<String> EXPECTED = new TreeSet<>();
  static final AtomicInteger REQUESTS = new AtomicInteger();

  @Autowired FormCatalog forms;
  @Autowired JdbcTemplate jdbc;
  BadInput bad;

  @BeforeEach
  void badInput() {
    bad = new BadInput(rest, engine, forms, jdbc);
    EXPECTED.addAll(bad.formsOf(List.of("klu-year-plan")));
  }

  @AfterAll
  static void everyFormHadItsBadSubmissions() {
    assertThat(EXPECTED).isNotEmpty();
    assertThat(COVERED).as("forms given bad submissions").containsAll(EXPECTED);
    System.out.printf(
        "Bad input (klu-year-plan): %d refused submissions to %d forms%n",
        REQUESTS.get(), COVERED.size());
  }

  @Override
  Answer startPlan(Map<String, Object> values) throws Exception {
    int before = bad.requests();
    bad.start("sekretaer", "klu-year-plan", values);
    REQUESTS.addAndGet(bad.requests() - before);
    COVERED.addAll(bad.covered());
    return super.startPlan(values);
  }

  @Override
  void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    String form = formOf(taskId);
    if (EXPECTED.contains(form) && !COVERED.contains(form)) {
      int before = bad.requests();
      bad.task(user, taskId, values);
      REQUESTS.addAndGet(bad.requests() - before);
      COVERED.addAll(bad.covered());
    }
    super.complete(user, taskId, values);
  }

  private String formOf(String taskId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskId(taskId)
        .initializeFormKeys()
        .singleResult()
        .getCamundaFormRef()
        .getKey();
  }
}
