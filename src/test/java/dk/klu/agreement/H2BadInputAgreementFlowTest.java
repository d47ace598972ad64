package dk.klu.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.klu.forms.FormCatalog;
import dk.klu.support.BadInput;
import dk.klu.support.RestClient.Answer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Reliability, bad input: the agreement flows of {@link AgreementFlowTest}, where before each form
 * is first submitted for real, {@link BadInput} sends that form's generated bad submissions over
 * REST as the same person (the secretariat, the practice consultant).
 *
 * <p>Fault injected: every bad submission the form's definition gives rise to (wrong types, invalid
 * options, malformed dates, oversized text, script, markup, control characters, required values
 * left out, unknown fields, broken bodies, serialized objects). Asserts: 400 with a Danish message
 * naming the field, no klu_ table changed, the task still open with its variables, no process
 * started, no incident; and every form of {@code klu-agreement} had its bad submissions.
 */
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:klu-bad-input-agreements;DB_CLOSE_DELAY=-1")
class H2BadInputAgreementFlowTest extends AgreementFlowTest {

  static final Set<String> COVERED = new TreeSet<>();
  static final Set<String> EXPECTED = new TreeSet<>();

  @Autowired FormCatalog forms;
  @Autowired JdbcTemplate jdbc;
  BadInput bad;

  @BeforeEach
  void badInput() {
    bad = new BadInput(rest, engine, forms, jdbc);
    EXPECTED.addAll(bad.formsOf(List.of("klu-agreement")));
  }

  @AfterAll
  static void everyFormHadItsBadSubmissions() {
    assertThat(EXPECTED).isNotEmpty();
    assertThat(COVERED).as("forms given bad submissions").containsAll(EXPECTED);
  }

  @Override
  Answer start(Map<String, Object> values) throws Exception {
    bad.start("sekretaer", "klu-agreement", values);
    COVERED.addAll(bad.covered());
    return super.start(values);
  }

  @Override
  protected void complete(String user, String taskId, Map<String, Object> values) throws Exception {
    if (!COVERED.contains(bad.formOf(taskId))) {
      bad.task(user, taskId, values);
      COVERED.addAll(bad.covered());
    }
    super.complete(user, taskId, values);
  }
}
